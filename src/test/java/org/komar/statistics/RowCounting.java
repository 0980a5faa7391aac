package org.komar.statistics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * National inputs as the row queries give them (what figures over someone's cases are counted from, and what
 * national figures were counted from before the packs): to check that the packs give exactly the same.
 */
final class RowCounting {

    private RowCounting() {
    }

    /** {@code national}, its facts, children held and stretches replaced by those read row by row. */
    static IndicatorEngine.Inputs fromRows(FactQueries queries, Period period, IndicatorEngine.Inputs national,
                                           List<Breakdown> breakdowns) {
        FactQueries.Scope scope = FactQueries.Scope.NATIONAL;
        Map<FactKind, FactRows> facts = new EnumMap<>(national.facts());
        for (FactKind kind : List.of(FactKind.ARREST, FactKind.SENTENCE, FactKind.DIVERSION, FactKind.DEATH,
                FactKind.HEARING)) {
            facts.put(kind, queries.facts(kind, period.start(), period.end(), scope));
        }
        facts.put(FactKind.RELEASE, queries.releases(period.start(), period.end(), period.asOf(), scope));
        return new IndicatorEngine.Inputs(national.from(), national.to(), national.start(), national.end(),
                national.asOf(), breakdowns, national.population(), national.scoped(), facts,
                national.held() == null ? null : queries.held(period.asOf(), scope),
                national.stays() == null ? null : queries.stays(period.start(), period.end(), scope),
                national.policy());
    }

    /** The national inputs with these breakdowns, as {@code StatisticsService.computeNational} counts. */
    static IndicatorEngine.Inputs withBreakdowns(IndicatorEngine.Inputs in, List<Breakdown> breakdowns) {
        return new IndicatorEngine.Inputs(in.from(), in.to(), in.start(), in.end(), in.asOf(), breakdowns,
                in.population(), in.scoped(), in.facts(), in.held(), in.stays(), in.policy());
    }
}
