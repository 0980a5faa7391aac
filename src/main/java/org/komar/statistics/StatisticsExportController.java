package org.komar.statistics;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.shared.KomarException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every table of the figures (or of one figure, {@code code}) as CSV or XLSX, for whoever may see the figures. */
@Controller
class StatisticsExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatisticsService statistics;
    private final FigureExport export;
    private final Clock clock;

    StatisticsExportController(StatisticsService statistics, FigureExport export, Clock clock) {
        this.statistics = statistics;
        this.export = export;
        this.clock = clock;
    }

    private Figures figures(Actor actor, String from, String to, String asOf, String by, String code) {
        if (!actor.has(Permission.STATISTICS_READ) && !actor.has(Permission.CASE_READ)) {
            throw KomarException.forbidden("FORBIDDEN");
        }
        if (code != null && StatisticsService.statistic(code).isEmpty()) {
            throw KomarException.notFound("UNKNOWN_STATISTIC");
        }
        return statistics.compute(actor, Period.parse(from, to, asOf, clock), Breakdown.parse(by == null ? "all" : by));
    }

    @GetMapping("/statistics/export.csv")
    void csv(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
             @RequestParam(required = false) String asOf, @RequestParam(required = false) String by,
             @RequestParam(required = false) String code, HttpServletResponse response) throws java.io.IOException {
        Figures figures = figures(actor, from, to, asOf, by, code);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(figures, code, "csv"));
        Tabular.csv(export.all(figures, code), response.getOutputStream());
    }

    @GetMapping("/statistics/export.xlsx")
    void xlsx(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
              @RequestParam(required = false) String asOf, @RequestParam(required = false) String by,
              @RequestParam(required = false) String code, HttpServletResponse response) throws java.io.IOException {
        Figures figures = figures(actor, from, to, asOf, by, code);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(figures, code, "xlsx"));
        Tabular.xlsx(export.sheets(figures, code), response.getOutputStream());
    }

    static String attachment(Figures figures, String code, String extension) {
        return "attachment; filename=\"komar-" + (code == null ? "indicators" : code.toLowerCase()) + "-"
                + figures.from() + "-" + figures.to() + "." + extension + "\"";
    }
}
