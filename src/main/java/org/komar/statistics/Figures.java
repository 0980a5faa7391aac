package org.komar.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every figure for a period ({@code from}–{@code to}, inclusive days in Cambodia's time) and a census moment
 * ({@code asOf}), with the population table the rates used (none if no table was imported). {@code scoped}: computed
 * over the cases in the caller's scope only, not nationally (rates per population are then left out).
 */
public record Figures(LocalDate from, LocalDate to, Instant asOf, PopulationTable population, boolean scoped,
                      List<Breakdown> breakdowns, List<StatisticResult> indicators,
                      List<StatisticResult> operational) {

    public Optional<StatisticResult> indicator(Indicator indicator) {
        return indicators.stream().filter(r -> r.statistic() == indicator).findFirst();
    }

    public Optional<StatisticResult> find(String code) {
        return java.util.stream.Stream.concat(indicators.stream(), operational.stream())
                .filter(r -> r.statistic().code().equals(code)).findFirst();
    }
}
