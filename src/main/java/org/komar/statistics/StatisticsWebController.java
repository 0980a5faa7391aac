package org.komar.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.cases.CaseService;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.KomarException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The statistics pages: the dashboard of the fifteen indicators and the operational figures, one figure with all
 * its tables, the province map, and the cases behind a number (for people with case access, within their scope).
 * Statisticians and administrators see national figures and numbers only.
 */
@Controller
class StatisticsWebController {

    private final StatisticsService statistics;
    private final ProvinceMap map;
    private final StatisticsView view;
    private final CaseService cases;
    private final Clock clock;

    StatisticsWebController(StatisticsService statistics, ProvinceMap map, StatisticsView view, CaseService cases,
                            Clock clock) {
        this.statistics = statistics;
        this.map = map;
        this.view = view;
        this.cases = cases;
        this.clock = clock;
    }

    /** The period asked for: a calendar year, or from/to/asOf; by default this year so far. */
    public record Query(String year, String from, String to, String asOf) {

        Period period(Clock clock) {
            if (year != null && year.matches("\\d{4}") && blank(from) && blank(to)) {
                int y = Integer.parseInt(year);
                String end = y == LocalDate.now(clock.withZone(Cambodia.ZONE)).getYear() ? null : y + "-12-31";
                return Period.parse(y + "-01-01", end, asOf, clock);
            }
            return Period.parse(from, to, asOf, clock);
        }

        Map<String, String> params(Period period) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("from", period.from().toString());
            params.put("to", period.to().toString());
            params.put("asOf", period.asOf().atZone(Cambodia.ZONE).toOffsetDateTime().toString());
            return params;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    private static void requireFigures(Actor actor) {
        if (!actor.has(Permission.STATISTICS_READ) && !actor.has(Permission.CASE_READ)) {
            throw KomarException.forbidden("FORBIDDEN");
        }
    }

    @GetMapping("/statistics")
    String dashboard(Actor actor, Query query, @RequestParam(required = false) String by, Model model) {
        requireFigures(actor);
        Period period = query.period(clock);
        Dimension chartBy = Dimension.byKey(by == null ? "sex" : by).orElse(Dimension.SEX);
        List<Breakdown> breakdowns = new ArrayList<>(List.of(Breakdown.of(chartBy)));
        if (chartBy != Dimension.PROVINCE) {
            breakdowns.add(Breakdown.of(Dimension.PROVINCE));
        }
        Figures figures = statistics.compute(actor, period, breakdowns);
        common(model, actor, period, query, figures);
        model.addAttribute("chartBy", chartBy);
        model.addAttribute("dhis2Period", String.valueOf(period.to().getYear()));
        model.addAttribute("chartBreakdown", Breakdown.of(chartBy));
        StatisticResult mapped = figures.indicator(Indicator.CHILDREN_IN_DETENTION).filter(StatisticResult::available)
                .orElse(figures.indicator(Indicator.CHILDREN_ARRESTED).orElseThrow());
        model.addAttribute("mapped", mapped);
        model.addAttribute("map", provinceMap(mapped, figures, query.params(period)));
        return "statistics/dashboard";
    }

    @GetMapping("/statistics/figures/{code}")
    String figure(Actor actor, @PathVariable String code, Query query, @RequestParam(required = false) String rows,
                  @RequestParam(required = false) String columns, Model model) {
        requireFigures(actor);
        Statistic statistic = StatisticsService.statistic(code)
                .orElseThrow(() -> KomarException.notFound("UNKNOWN_STATISTIC"));
        Period period = query.period(clock);
        Dimension rowDimension = Dimension.byKey(rows == null ? "province" : rows).orElse(Dimension.PROVINCE);
        Dimension columnDimension = Dimension.byKey(columns == null ? "sex" : columns).orElse(Dimension.SEX);
        if (columnDimension == rowDimension) {
            columnDimension = rowDimension == Dimension.SEX ? Dimension.AGE_BAND : Dimension.SEX;
        }
        List<Breakdown> breakdowns = new ArrayList<>(Breakdown.singles());
        Breakdown crossed = Breakdown.of(rowDimension, columnDimension);
        breakdowns.add(crossed);
        Figures figures = statistics.compute(actor, period, breakdowns);
        StatisticResult result = figures.find(statistic.code()).orElseThrow();
        common(model, actor, period, query, figures);
        model.addAttribute("result", result);
        model.addAttribute("rows", rowDimension);
        model.addAttribute("columns", columnDimension);
        model.addAttribute("crossed", crossedTable(result, crossed, rowDimension, columnDimension));
        if (statistic.disaggregated()) {
            model.addAttribute("map", provinceMap(result, figures, query.params(period)));
        }
        return "statistics/figure";
    }

    @GetMapping("/statistics/map")
    String mapPage(Actor actor, Query query, @RequestParam(required = false) String code, Model model) {
        requireFigures(actor);
        Statistic statistic = StatisticsService.statistic(code == null ? Indicator.CHILDREN_IN_DETENTION.code() : code)
                .filter(Statistic::disaggregated)
                .orElseThrow(() -> KomarException.notFound("UNKNOWN_STATISTIC"));
        Period period = query.period(clock);
        Figures figures = statistics.compute(actor, period, List.of(Breakdown.of(Dimension.PROVINCE)));
        common(model, actor, period, query, figures);
        StatisticResult result = figures.find(statistic.code()).orElseThrow();
        model.addAttribute("result", result);
        model.addAttribute("provinceTable", result.table(Breakdown.of(Dimension.PROVINCE)).orElse(null));
        model.addAttribute("map", provinceMap(result, figures, query.params(period)));
        model.addAttribute("mappable", java.util.stream.Stream.concat(Arrays.stream(Indicator.values()),
                Arrays.stream(OperationalFigure.values())).filter(Statistic::disaggregated).toList());
        return "statistics/map";
    }

    @GetMapping("/statistics/cases")
    String casesBehind(Actor actor, Query query, @RequestParam String code, @RequestParam(required = false) String cell,
                       @RequestParam(required = false) Integer page, Model model) {
        actor.require(Permission.CASE_READ);
        Statistic statistic = StatisticsService.statistic(code)
                .orElseThrow(() -> KomarException.notFound("UNKNOWN_STATISTIC"));
        Cell target = Cell.parse(cell).orElseThrow(() -> KomarException.invalid("UNKNOWN_DIMENSION",
                String.valueOf(cell), ""));
        Period period = query.period(clock);
        List<CaseId> ids = statistics.casesBehind(actor, period, statistic, target);
        model.addAttribute("statistic", statistic);
        model.addAttribute("cell", target);
        model.addAttribute("period", period);
        model.addAttribute("list", cases.listOf(actor, ids, page == null ? 0 : page, 50));
        model.addAttribute("params", query.params(period));
        return "statistics/cases";
    }

    private void common(Model model, Actor actor, Period period, Query query, Figures figures) {
        model.addAttribute("figures", figures);
        model.addAttribute("period", period);
        model.addAttribute("params", query.params(period));
        model.addAttribute("national", statistics.national(actor));
        model.addAttribute("drillDown", actor.has(Permission.CASE_READ));
        model.addAttribute("dimensions", Dimension.values());
        periodChoices(model, period, clock);
    }

    /** What the period form offers (the last {@link Period#MAX_YEARS} years) and which year it shows chosen. */
    static void periodChoices(Model model, Period period, Clock clock) {
        int thisYear = LocalDate.now(clock.withZone(Cambodia.ZONE)).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y > thisYear - Period.MAX_YEARS; y--) {
            years.add(y);
        }
        model.addAttribute("years", years);
        model.addAttribute("year", period.from().getYear() == period.to().getYear()
                && period.from().getDayOfYear() == 1 ? period.from().getYear() : null);
    }

    /** The province map of a figure, each province leading to that figure's page (or its cases, with access). */
    private ProvinceMap.Drawn provinceMap(StatisticResult result, Figures figures, Map<String, String> params) {
        Optional<FigureTable> table = result.table(Breakdown.of(Dimension.PROVINCE));
        Map<String, ProvinceMap.Shade> shades = new LinkedHashMap<>();
        boolean counts = figures.scoped() && result.statistic().measure() == Measure.RATE_PER_100000;
        table.ifPresent(t -> t.figures().forEach(figure -> {
            String province = figure.cell().value(Dimension.PROVINCE);
            Double value = counts ? (figure.numerator() == null ? null : figure.numerator().doubleValue())
                    : figure.value();
            String tooltip = view.value(Dimension.PROVINCE, province) + ": " + view.show(result.statistic(), figure)
                    + (figure.numerator() == null ? "" : " (" + view.parts(result.statistic(), figure) + ")");
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/statistics/figures/" + result.statistic().code());
            params.forEach(link::queryParam);
            shades.put(province, new ProvinceMap.Shade(result.available() ? value : null, tooltip,
                    link.queryParam("rows", "province").build().encode().toUriString()));
        }));
        return map.draw(shades, view.label(result.statistic(), "name"));
    }

    /** A crossed table as rows of cells: rows by the first dimension, columns by the second. */
    public record Crossed(Dimension rows, Dimension columns, List<String> columnCodes, List<Row> lines) {

        public record Row(String code, List<Figure> figures) {
        }
    }

    private static Crossed crossedTable(StatisticResult result, Breakdown breakdown, Dimension rows,
                                        Dimension columns) {
        Optional<FigureTable> table = result.table(breakdown);
        List<Crossed.Row> lines = new ArrayList<>();
        if (table.isPresent()) {
            for (String row : rows.codes()) {
                List<Figure> figures = new ArrayList<>();
                for (String column : columns.codes()) {
                    Cell cell = Cell.of(rows, row, columns, column);
                    table.get().figures().stream().filter(f -> f.cell().equals(cell)).findFirst()
                            .ifPresent(figures::add);
                }
                lines.add(new Crossed.Row(row, figures));
            }
        }
        return new Crossed(rows, columns, columns.codes(), lines);
    }
}
