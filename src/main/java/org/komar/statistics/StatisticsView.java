package org.komar.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.komar.geo.Gazetteer;
import org.komar.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * How figures read on the pages, available to templates as {@code @stat}: names of figures, dimensions and values
 * (provinces from the gazetteer) in the page's language, values with their unit, and chart data.
 */
@Component("stat")
public class StatisticsView {

    private final MessageSource messages;
    private final Gazetteer gazetteer;
    private final Formats formats;
    private final JsonMapper json;

    StatisticsView(MessageSource messages, Gazetteer gazetteer, Formats formats, JsonMapper json) {
        this.messages = messages;
        this.gazetteer = gazetteer;
        this.formats = formats;
        this.json = json;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** {@code aspect}: name, definition, numerator or denominator. */
    public String label(Statistic statistic, String aspect) {
        return message(statistic.labelPrefix() + aspect + "." + statistic.code());
    }

    public String dimension(Dimension dimension) {
        return message("statistics.dimension." + dimension.name());
    }

    public String value(Dimension dimension, String code) {
        if (dimension == Dimension.PROVINCE && !Dimension.UNKNOWN_PROVINCE.equals(code)) {
            return gazetteer.provinceName(code, LocaleContextHolder.getLocale());
        }
        return message("statistics.value." + dimension.key() + "." + code);
    }

    public String cell(Cell cell) {
        if (cell.total()) {
            return message("statistics.total");
        }
        return cell.values().entrySet().stream().map(e -> value(e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    public String breakdown(Breakdown breakdown) {
        return breakdown.dimensions().stream().map(this::dimension).collect(Collectors.joining(" × "));
    }

    /** The value with its unit, or a dash when it cannot be computed. */
    public String show(Statistic statistic, Figure figure) {
        if (figure == null || figure.value() == null) {
            return "—";
        }
        String number = formats.number(figure.value());
        return switch (statistic.measure()) {
            case PERCENT -> message("statistics.unit.percent", number);
            case MEDIAN_DAYS -> message("statistics.unit.days", number);
            case MEDIAN_HOURS -> message("statistics.unit.hours", number);
            default -> number;
        };
    }

    /** A bare value (a quartile) with the unit of the figure's measure. */
    public String show(Statistic statistic, Double value) {
        return show(statistic, new Figure(Cell.TOTAL, value, null, null, null));
    }

    /** A count or an average held, as people read numbers. */
    public String count(Double value) {
        return value == null ? "" : formats.number(FiguresResource.number(value));
    }

    /** The label of band {@code index} of a duration: "under 30 days", "30 to 90 days", "365 days or more". */
    public String band(Statistic statistic, int index) {
        List<Integer> limits = Distribution.bandLimits(statistic.measure());
        String unit = statistic.measure() == Measure.MEDIAN_HOURS ? "hours" : "days";
        if (index == 0) {
            return message("statistics.band.under." + unit, formats.number(limits.get(0)));
        }
        if (index >= limits.size()) {
            return message("statistics.band.over." + unit, formats.number(limits.get(limits.size() - 1)));
        }
        return message("statistics.band.between." + unit, formats.number(limits.get(index - 1)),
                formats.number(limits.get(index)));
    }

    /** A problem of a population import, with its line. */
    public String problem(PopulationProblem problem) {
        String text = message("statistics.population.problem." + problem.code(), problem.args().stream()
                .map(arg -> arg instanceof Number ? formats.digits(arg) : arg).toArray());
        return problem.line() == 0 ? text : message("statistics.population.line", formats.digits(problem.line()), text);
    }

    /** A problem of a DHIS2 mapping file, with its line. */
    public String dhis2Problem(Dhis2Mapping.Problem problem) {
        String text = message("error." + problem.code(), problem.args().stream()
                .map(arg -> arg instanceof Number ? formats.digits(arg) : arg).toArray());
        return problem.line() == 0 ? text : message("statistics.population.line", formats.digits(problem.line()), text);
    }

    /** What the value is made of, in words: "1,658 of 7,170,000". */
    public String parts(Statistic statistic, Figure figure) {
        if (figure == null || figure.numerator() == null) {
            return "";
        }
        if (figure.denominator() == null) {
            return message("statistics.parts.count", formats.number(figure.numerator()));
        }
        return message("statistics.parts.of", formats.number(figure.numerator()),
                formats.number(FiguresResource.number(figure.denominator())));
    }

    /** The unit line under a value: "per 100,000 children", "% of …", "median, days". */
    public String unit(Statistic statistic) {
        return message("statistics.measure." + statistic.measure().name());
    }

    /** Chart data for one table (see {@code static/js/statistics.js}): labels, values, what is shown. */
    public String chart(Statistic statistic, FigureTable table, boolean counts) {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (Figure figure : table.figures()) {
            Number value = counts || figure.value() == null ? figure.numerator() : figure.value();
            boolean empty = figure.numerator() == null || figure.numerator() == 0;
            if (!(empty && residual(figure.cell()))) {
                labels.add(cell(figure.cell()));
                values.add(value == null ? 0 : value);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("values", values);
        data.put("label", counts ? message("statistics.chart.children") : unit(statistic));
        data.put("horizontal", labels.size() > 6);
        return json.writeValueAsString(data);
    }

    /** Chart data for a group of a public indicator: published values only (a suppressed one is left out). */
    public String publicChart(PublicView.Shown shown, PublicView.Group group) {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (PublicView.Line line : group.lines()) {
            Number value = shown.percent() ? (Number) line.value() : (Number) line.numerator();
            if (!line.suppressed() && value != null && !(line.numerator() == 0 && residual(
                    Cell.of(line.dimension(), line.code())))) {
                labels.add(value(line.dimension(), line.code()));
                values.add(value);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("values", values);
        data.put("label", shown.percent() ? message("statistics.measure.PERCENT") : message("statistics.chart.children"));
        data.put("horizontal", labels.size() > 6);
        return json.writeValueAsString(data);
    }

    /** A cell of what is unknown or does not apply, left out of charts when nobody falls in it. */
    static boolean residual(Cell cell) {
        return cell.values().values().stream().anyMatch(code -> code.equals("UNKNOWN") || code.equals("NONE")
                || code.equals("AGE_18_PLUS") || code.equals(Dimension.UNKNOWN_PROVINCE));
    }

    public Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
