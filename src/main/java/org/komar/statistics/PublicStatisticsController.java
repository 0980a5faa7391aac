package org.komar.statistics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.komar.shared.KomarException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published figures, for anyone and without signing in: a page in Khmer and English, the same tables as CSV and
 * the stored snapshot as JSON. They read the latest snapshot only (computed on the administrators' schedule), take
 * no query beyond choosing one of the published years, and never reach the read model or a case.
 */
@Controller
class PublicStatisticsController {

    static final String PAGE = "/public/statistics";
    static final String CSV = "/public/statistics/figures.csv";
    static final String JSON = "/public/statistics/figures.json";

    private final PublicFigures figures;
    private final StatisticsView view;
    private final ProvinceMap map;
    private final JsonMapper json;

    PublicStatisticsController(PublicFigures figures, StatisticsView view, ProvinceMap map, JsonMapper json) {
        this.figures = figures;
        this.view = view;
        this.map = map;
        this.json = json;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) Integer year, Model model) {
        Optional<PublicSnapshot> latest = figures.latest();
        model.addAttribute("snapshot", latest.orElse(null));
        if (latest.isEmpty() || latest.get().years().isEmpty()) {
            return "statistics/public";
        }
        PublicSnapshot.Year shown = PublicFigures.yearOf(latest.get(), year);
        List<PublicView.Shown> indicators = PublicView.indicators(shown);
        model.addAttribute("year", shown);
        model.addAttribute("years", latest.get().years().stream().map(PublicSnapshot.Year::year).toList());
        model.addAttribute("indicators", indicators);
        model.addAttribute("ageBand", Dimension.AGE_BAND);
        model.addAttribute("crossed", List.of(
                PublicView.crossed(shown, PublicFamily.ARRESTED, Dimension.AGE_BAND, Dimension.SEX),
                PublicView.crossed(shown, PublicFamily.ARRESTED, Dimension.PROVINCE, Dimension.SEX))
                .stream().flatMap(Optional::stream).toList());
        Map<Indicator, PublicSnapshot.Policy> policy = new LinkedHashMap<>();
        shown.policy().forEach(p -> policy.put(Indicator.byNumber(p.number()).orElseThrow(), p));
        model.addAttribute("policy", policy.entrySet());
        model.addAttribute("asOf", java.time.OffsetDateTime.parse(shown.asOf()));
        model.addAttribute("computedAt", java.time.OffsetDateTime.parse(latest.get().computedAt()));
        model.addAttribute("map", provinceMap(indicators.get(0)));
        return "statistics/public";
    }

    /** Indicator 1 by province: rates where published, no shade where suppressed. */
    private ProvinceMap.Drawn provinceMap(PublicView.Shown arrested) {
        Map<String, ProvinceMap.Shade> shades = new LinkedHashMap<>();
        arrested.group(Dimension.PROVINCE).ifPresent(group -> group.lines().forEach(line -> {
            String name = view.value(Dimension.PROVINCE, line.code());
            String shown = line.suppressed() ? view.message("statistics.public.suppressed")
                    : line.rate() != null ? view.message("statistics.public.rateOf", view.count(line.rate()),
                    view.count(line.numerator().doubleValue()))
                    : view.count(line.numerator().doubleValue());
            shades.put(line.code(), new ProvinceMap.Shade(line.suppressed() ? null
                    : line.rate() != null ? line.rate() : line.numerator().doubleValue(), name + ": " + shown, null));
        }));
        return map.draw(shades, view.label(Indicator.CHILDREN_ARRESTED, "name"));
    }

    @GetMapping(JSON)
    void json(HttpServletResponse response) throws IOException {
        PublicSnapshot snapshot = figures.latest()
                .orElseThrow(() -> KomarException.notFound("PUBLIC_FIGURES_NOT_YET"));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"komar-public-figures.json\"");
        json.writeValue(response.getOutputStream(), snapshot);
    }

    @GetMapping(CSV)
    void csv(HttpServletResponse response) throws IOException {
        PublicSnapshot snapshot = figures.latest()
                .orElseThrow(() -> KomarException.notFound("PUBLIC_FIGURES_NOT_YET"));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"komar-public-figures.csv\"");
        Tabular.csv(sheet(snapshot), response.getOutputStream());
    }

    /** One row per published cell, every axis in a column of its own, in the reader's language beside the codes. */
    Tabular.Sheet sheet(PublicSnapshot snapshot) {
        List<PublicAxis> axes = new ArrayList<>(PublicFamily.Grounds.ALL);
        axes.addAll(List.of(Outcome.values()));
        List<String> header = new ArrayList<>(List.of(view.message("statistics.period.year"),
                view.message("statistics.export.code"), view.message("statistics.public.family"),
                view.message("statistics.export.breakdown")));
        axes.forEach(axis -> header.add(axis.key()));
        header.addAll(List.of(view.message("statistics.export.cell"), view.message("statistics.public.count"),
                view.message("statistics.public.suppressedColumn"), view.message("statistics.public.rate"),
                view.message("statistics.export.population"), view.message("statistics.public.computedAt"),
                view.message("statistics.public.threshold")));
        List<List<Object>> rows = new ArrayList<>();
        for (PublicSnapshot.Year year : snapshot.years()) {
            for (PublicSnapshot.Table table : year.tables()) {
                for (PublicSnapshot.Cell cell : table.cells()) {
                    List<Object> row = new ArrayList<>();
                    row.add(year.year());
                    row.add(table.family());
                    row.add(view.message("statistics.public.family." + table.family()));
                    row.add(String.join("*", table.by()));
                    axes.forEach(axis -> row.add(cell.at().get(axis.key())));
                    row.add(cellLabel(cell));
                    row.add(cell.count());
                    row.add(cell.suppressed() ? view.message("statistics.public.suppressedMark") : "");
                    row.add(cell.rate());
                    row.add(year.population() == null ? null
                            : year.population().name() + " (" + year.population().referenceYear() + ")");
                    row.add(snapshot.computedAt());
                    row.add(snapshot.threshold());
                    rows.add(row);
                }
            }
        }
        return new Tabular.Sheet(view.message("statistics.public.title"), header, rows);
    }

    private String cellLabel(PublicSnapshot.Cell cell) {
        if (cell.at().isEmpty()) {
            return view.message("statistics.total");
        }
        List<String> parts = new ArrayList<>();
        cell.at().forEach((key, value) -> {
            Optional<Dimension> dimension = Dimension.byKey(key);
            parts.add(dimension.isPresent() ? view.value(dimension.get(), value)
                    : view.message("statistics.public.outcome." + key + "." + value));
        });
        return String.join(" · ", parts);
    }
}
