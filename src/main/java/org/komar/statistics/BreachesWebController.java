package org.komar.statistics;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.geo.Gazetteer;
import org.komar.safeguards.SafeguardMessages;
import org.komar.worklist.BreachRecords;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Safeguard breaches by rule, province and court over a period: the operational figure that says where the law's
 * protections fail and which ones. Statisticians see the country, people with case access their own cases; the
 * CSV gives the full crossing of rule, province and court.
 */
@Controller
class BreachesWebController {

    private final BreachRecords breaches;
    private final AgencyDirectory agencies;
    private final Gazetteer gazetteer;
    private final SafeguardMessages rules;
    private final MessageSource messages;
    private final Clock clock;

    BreachesWebController(BreachRecords breaches, AgencyDirectory agencies, Gazetteer gazetteer,
                          SafeguardMessages rules, MessageSource messages, Clock clock) {
        this.breaches = breaches;
        this.agencies = agencies;
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.messages = messages;
        this.clock = clock;
    }

    /** A row as shown: the label of its key, its counts, the label of its most frequent rule. */
    record Row(String code, String label, long breaches, long cases, String topRule) {
    }

    @GetMapping("/statistics/breaches")
    String page(Actor actor, StatisticsWebController.Query query, Locale locale, Model model) {
        Period period = query.period(clock);
        BreachFigures figures = figures(actor, period);
        model.addAttribute("period", period);
        model.addAttribute("params", query.params(period));
        model.addAttribute("national", actor.has(Permission.STATISTICS_READ));
        model.addAttribute("figures", figures);
        model.addAttribute("byRule", rows(figures.byRule(), code -> rules.title(code, locale), locale));
        model.addAttribute("byProvince", rows(figures.byProvince(), code -> province(code, locale), locale));
        model.addAttribute("byCourt", rows(figures.byCourt(), code -> court(code, locale), locale));
        StatisticsWebController.periodChoices(model, period, clock);
        return "statistics/breaches";
    }

    @GetMapping("/statistics/breaches.csv")
    void csv(Actor actor, StatisticsWebController.Query query, Locale locale, HttpServletResponse response)
            throws IOException {
        Period period = query.period(clock);
        BreachFigures figures = figures(actor, period);
        List<List<Object>> lines = new ArrayList<>();
        for (BreachFigures.Cross cell : figures.crossed()) {
            lines.add(List.of(cell.rule(), rules.title(cell.rule(), locale), cell.province(),
                    province(cell.province(), locale), cell.court() == null ? "" : court(cell.court(), locale),
                    cell.breaches()));
        }
        List<String> header = List.of("rule", text("statistics.breaches.rule", locale), "province",
                text("statistics.breaches.province", locale), text("statistics.breaches.court", locale),
                text("statistics.breaches.count", locale));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"komar-breaches-"
                + period.from() + "-" + period.to() + ".csv\"");
        Tabular.csv(new Tabular.Sheet("breaches", header, lines), response.getOutputStream());
    }

    private BreachFigures figures(Actor actor, Period period) {
        return BreachFigures.of(breaches.counted(actor, period.start(), period.end()));
    }

    private List<Row> rows(List<BreachFigures.Line> lines, java.util.function.Function<String, String> label,
                           Locale locale) {
        return lines.stream().map(line -> new Row(line.key(), label.apply(line.key()), line.breaches(), line.cases(),
                line.topRule() == null ? "" : line.topRule() + " · " + rules.title(line.topRule(), locale))).toList();
    }

    private String province(String code, Locale locale) {
        if (code == null || Dimension.UNKNOWN_PROVINCE.equals(code)) {
            return text("statistics.breaches.unknown", locale);
        }
        return gazetteer.provinceName(code, locale);
    }

    private String court(String id, Locale locale) {
        if (id == null) {
            return text("statistics.breaches.noCourt", locale);
        }
        return agencies.find(AgencyId.of(id)).map(agency -> agency.name(locale)).orElse(id);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
