package org.komar.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.komar.shared.Cambodia;
import org.springframework.context.MessageSource;

/**
 * The figures as {@code GET /api/v1/indicators} answers them (the contract of ARCHITECTURE.md, with additions):
 * each indicator with its {@code number} in the manual, {@code code}, {@code value}, {@code numerator},
 * {@code denominator} and {@code breakdown} of cells {@code {by: {dimension: value}, value, numerator,
 * denominator}}; operational figures apart, without a number.
 */
record FiguresResource(LocalDate from, LocalDate to, OffsetDateTime asOf,
                       @JsonInclude(JsonInclude.Include.ALWAYS) String population,
                       PopulationResource populationTable, boolean scoped, List<String> by,
                       List<StatisticResource> indicators, List<StatisticResource> operational) {

    record PopulationResource(String id, String name, int referenceYear, String source, long total) {
    }

    record StatisticResource(Integer number, String code, String name, String definition, String timing,
                             String measure, boolean available, String note, Double value, Long numerator,
                             Number denominator, DistributionResource distribution, AnswerResource answer,
                             List<CellResource> breakdown) {
    }

    record CellResource(Map<String, String> by, Double value, Long numerator, Number denominator,
                        DistributionResource distribution) {
    }

    record DistributionResource(String unit, Double p25, Double median, Double p75, List<Long> bands,
                                List<Integer> bandLimits, Long without) {
    }

    record AnswerResource(String answer, String evidence, LocalDate effectiveFrom) {
    }

    static FiguresResource of(Figures figures, MessageSource messages, Locale locale) {
        PopulationTable table = figures.population();
        return new FiguresResource(figures.from(), figures.to(),
                figures.asOf().atZone(Cambodia.ZONE).toOffsetDateTime(),
                table == null ? null : table.name() + " (" + table.referenceYear() + ")",
                table == null ? null : new PopulationResource(table.id().toString(), table.name(),
                        table.referenceYear(), table.source(), table.total()),
                figures.scoped(), figures.breakdowns().stream().map(Breakdown::key).toList(),
                figures.indicators().stream().map(r -> statistic(r, messages, locale)).toList(),
                figures.operational().stream().map(r -> statistic(r, messages, locale)).toList());
    }

    private static StatisticResource statistic(StatisticResult result, MessageSource messages, Locale locale) {
        Statistic statistic = result.statistic();
        Figure total = result.total();
        List<CellResource> breakdown = new ArrayList<>();
        for (FigureTable table : result.tables()) {
            for (Figure figure : table.figures()) {
                breakdown.add(new CellResource(figure.cell().byKeys(), figure.value(), figure.numerator(),
                        number(figure.denominator()), distribution(statistic.measure(), figure.distribution())));
            }
        }
        PolicyAnswer answer = result.answer();
        return new StatisticResource(statistic.number(), statistic.code(),
                messages.getMessage(statistic.labelPrefix() + "name." + statistic.code(), null, locale),
                messages.getMessage(statistic.labelPrefix() + "definition." + statistic.code(), null, locale),
                statistic.timing().name(), statistic.measure().name(), result.available(),
                result.note() == null ? null : messages.getMessage(result.note(), null, locale),
                total.value(), total.numerator(), number(total.denominator()),
                distribution(statistic.measure(), total.distribution()),
                answer == null ? null : new AnswerResource(answer.answer(), answer.evidence(), answer.effectiveFrom()),
                breakdown.isEmpty() ? null : breakdown);
    }

    private static DistributionResource distribution(Measure measure, Distribution distribution) {
        if (distribution == null) {
            return null;
        }
        return new DistributionResource(measure == Measure.MEDIAN_HOURS ? "HOURS" : "DAYS", distribution.p25(),
                distribution.median(), distribution.p75(), distribution.bands(), Distribution.bandLimits(measure),
                distribution.without() == 0 ? null : distribution.without());
    }

    /** Counts as integers, averages with their decimal. */
    static Number number(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) value.longValue() : value;
    }
}
