package org.komar.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.cases.CaseService;
import org.komar.referral.ReferralFigures;
import org.komar.shared.CaseId;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators and operational figures for a period, broken down as asked. Statisticians and administrators
 * (aggregate figures only, never a name) get national figures; people with case access get figures over the
 * cases in their scope, each leading to the cases behind it ({@link #casesBehind}). Anyone else is refused.
 */
@Service
public class StatisticsService {

    private final FactQueries queries;
    private final PopulationService populations;
    private final PolicyAnswers answers;
    private final DetentionSource detention;
    private final FacilitySource facilities;
    private final CaseService cases;
    private final ReferralFigures referrals;
    private final JdbcClient jdbc;

    StatisticsService(FactQueries queries, PopulationService populations, PolicyAnswers answers,
                      DetentionSource detention, FacilitySource facilities, CaseService cases,
                      ReferralFigures referrals, JdbcClient jdbc) {
        this.referrals = referrals;
        this.queries = queries;
        this.populations = populations;
        this.answers = answers;
        this.detention = detention;
        this.facilities = facilities;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** Whether the actor's figures are national (statisticians, administrators) or over their own cases. */
    public boolean national(Actor actor) {
        return actor.has(Permission.STATISTICS_READ);
    }

    @Transactional(readOnly = true)
    public Figures compute(Actor actor, Period period, List<Breakdown> breakdowns) {
        return compute(scope(actor), period, breakdowns);
    }

    /** National figures without a person asking: for the published figures, recomputed on a schedule. */
    @Transactional(readOnly = true)
    public Figures computeNational(Period period, List<Breakdown> breakdowns) {
        return compute(FactQueries.Scope.NATIONAL, period, breakdowns);
    }

    private Figures compute(FactQueries.Scope scope, Period period, List<Breakdown> breakdowns) {
        return IndicatorEngine.compute(inputs(scope, period, breakdowns));
    }

    /** What the national figures of a period are counted from: the facts, the census, the policy records. */
    @Transactional(readOnly = true)
    IndicatorEngine.Inputs nationalInputs(Period period) {
        return inputs(FactQueries.Scope.NATIONAL, period, List.of());
    }

    private IndicatorEngine.Inputs inputs(FactQueries.Scope scope, Period period, List<Breakdown> breakdowns) {
        Instant start = period.start();
        Instant end = period.end();
        Map<FactKind, FactRows> facts = new EnumMap<>(FactKind.class);
        boolean kept = detention.available();
        List<HeldChild> held = null;
        List<IndicatorEngine.Stay> stays = null;
        if (scope.national() && queries.packsBuilt()) {
            FactQueries.Packed packed = queries.packed(period);
            facts.putAll(packed.facts());
            held = kept ? packed.held() : null;
            stays = kept ? packed.stays() : null;
        } else {
            for (FactKind kind : List.of(FactKind.ARREST, FactKind.SENTENCE, FactKind.DIVERSION, FactKind.DEATH,
                    FactKind.HEARING)) {
                facts.put(kind, queries.facts(kind, start, end, scope));
            }
            facts.put(FactKind.RELEASE, queries.releases(start, end, period.asOf(), scope));
            held = kept ? queries.held(period.asOf(), scope) : null;
            stays = kept ? queries.stays(start, end, scope) : null;
        }
        facts.put(FactKind.REFERRAL, referralRows(referrals.madeBetween(start, end), period.asOf(), scope));
        Population population = scope.national() ? populations.populationFor(period.to().getYear()).orElse(null)
                : null;
        IndicatorEngine.PolicyInputs policy = policy(period);
        return new IndicatorEngine.Inputs(period.from(), period.to(), start, end,
                period.asOf(), breakdowns, population, !scope.national(), facts, held, stays, policy);
    }

    /** Referrals placed on the dimensions by their case's profile, within the scope; flag: accepted by asOf. */
    private FactRows referralRows(List<ReferralFigures.Counted> made, Instant asOf, FactQueries.Scope scope) {
        Map<UUID, Integer> profiles = queries.profiles(made.stream().map(r -> r.caseId().value()).distinct()
                .toList(), scope);
        FactRows rows = new FactRows();
        for (ReferralFigures.Counted referral : made) {
            Integer profile = profiles.get(referral.caseId().value());
            if (profile == null) {
                continue;
            }
            boolean accepted = referral.acceptedAt() != null && !referral.acceptedAt().isAfter(asOf);
            Instant completed = referral.completedAt() != null && !referral.completedAt().isAfter(asOf)
                    ? referral.completedAt() : null;
            rows.add(0L, profile, accepted, referral.referredAt(), completed);
        }
        return rows;
    }

    private IndicatorEngine.PolicyInputs policy(Period period) {
        Map<Integer, PolicyAnswer> inForce = answers.inForce(period.asOfDate());
        return facilities.counts(period.asOf())
                .map(c -> new IndicatorEngine.PolicyInputs(c.inspected(), c.places(), c.withComplaints(), inForce))
                .orElseGet(() -> new IndicatorEngine.PolicyInputs(null, null, null, inForce));
    }

    private FactQueries.Scope scope(Actor actor) {
        if (actor.has(Permission.STATISTICS_READ)) {
            return FactQueries.Scope.NATIONAL;
        }
        if (!actor.has(Permission.CASE_READ)) {
            throw KomarException.forbidden("FORBIDDEN");
        }
        Map<String, Object> params = new HashMap<>();
        String condition = cases.scopeCondition(actor, "x.case_id", params);
        return new FactQueries.Scope(condition, params);
    }

    /**
     * The cases behind a number of the actor's figures: those counted in the numerator of {@code statistic} in
     * {@code cell}, within the actor's scope. Statisticians see numbers only: this is refused to them.
     */
    @Transactional(readOnly = true)
    public List<CaseId> casesBehind(Actor actor, Period period, Statistic statistic, Cell cell) {
        if (!actor.has(Permission.CASE_READ)) {
            throw KomarException.forbidden("FORBIDDEN");
        }
        Map<String, Object> params = new HashMap<>();
        String scope = cases.scopeCondition(actor, "x.case_id", params);
        if (statistic == OperationalFigure.REFERRALS_ACCEPTED || statistic == OperationalFigure.REFERRALS_COMPLETED) {
            List<UUID> behind = referrals.madeBetween(period.start(), period.end()).stream()
                    .filter(r -> r.acceptedAt() != null && !r.acceptedAt().isAfter(period.asOf()))
                    .filter(r -> statistic == OperationalFigure.REFERRALS_ACCEPTED
                            || r.completedAt() != null && !r.completedAt().isAfter(period.asOf()))
                    .map(r -> r.caseId().value()).distinct().toList();
            Map<UUID, Integer> profiles = queries.profiles(behind, new FactQueries.Scope(scope, params));
            return behind.stream().filter(id -> profiles.containsKey(id)
                    && cell.contains(new Profile(profiles.get(id)))).map(CaseId::new).toList();
        }
        Behind behind = Behind.of(statistic)
                .orElseThrow(() -> KomarException.invalid("NO_CASES_BEHIND", statistic.code()));
        params.put("start", FactStore.utc(behind.stock() ? period.asOf() : period.start()));
        params.put("end", FactStore.utc(behind.stock() ? period.asOf() : period.end()));
        params.put("asOf", FactStore.utc(period.asOf()));
        params.put("since", FactStore.utc(period.asOf().atZone(org.komar.shared.Cambodia.ZONE).minusMonths(3)
                .toInstant()));
        Set<CaseId> found = new LinkedHashSet<>();
        jdbc.sql(behind.sql() + " AND " + scope).params(params).query(rs -> {
            if (cell.contains(new Profile(rs.getInt(2)))) {
                found.add(new CaseId(rs.getObject(1, UUID.class)));
            }
        });
        return new ArrayList<>(found);
    }

    /** Which rows of the read model are behind the numerator of each figure, with {@code case_id, profile}. */
    private record Behind(String sql, boolean stock) {

        private static final String FACT = "SELECT x.case_id, x.profile FROM stat_fact x WHERE x.kind = '%s'"
                + " AND x.occurred_at >= :start AND x.occurred_at < :end";
        private static final String HELD = "SELECT x.case_id, x.profile FROM stat_spell x"
                + " WHERE x.since <= :asOf AND x.until > :asOf";

        static Optional<Behind> of(Statistic statistic) {
            if (statistic instanceof Indicator indicator) {
                return Optional.ofNullable(switch (indicator) {
                    case CHILDREN_ARRESTED -> fact(FactKind.ARREST, "");
                    case CHILDREN_IN_DETENTION -> held("");
                    case CHILDREN_IN_PRE_SENTENCE_DETENTION, DURATION_OF_PRE_SENTENCE_DETENTION ->
                            held(" AND x.status = 'PRE_SENTENCE'");
                    case DURATION_OF_SENTENCED_DETENTION -> held(" AND x.status = 'SENTENCED'");
                    case SEPARATION_FROM_ADULTS -> held(" AND x.separated = FALSE");
                    case CONTACT_WITH_PARENTS_AND_FAMILY -> held(" AND EXISTS (SELECT 1 FROM stat_fact f"
                            + " WHERE f.case_id = x.case_id AND f.kind = 'FAMILY_CONTACT' AND f.occurred_at > :since"
                            + " AND f.occurred_at <= :asOf)");
                    case CHILD_DEATHS_IN_DETENTION -> fact(FactKind.DEATH, "");
                    case CUSTODIAL_SENTENCING -> fact(FactKind.SENTENCE, " AND x.flag = TRUE");
                    case PRE_SENTENCE_DIVERSION -> fact(FactKind.DIVERSION, "");
                    case AFTERCARE -> fact(FactKind.RELEASE, " AND x.aux_at IS NOT NULL AND x.aux_at <= :asOf");
                    default -> null;
                });
            }
            return Optional.ofNullable(switch ((OperationalFigure) statistic) {
                case TIME_TO_LAWYER -> fact(FactKind.ARREST, "");
                case HEARINGS_IN_CAMERA -> fact(FactKind.HEARING, " AND x.flag = TRUE");
                case REOFFENDING_AFTER_RELEASE -> fact(FactKind.RELEASE,
                        " AND x.reoffended_at IS NOT NULL AND x.reoffended_at <= :asOf");
                case REFERRALS_ACCEPTED, REFERRALS_COMPLETED -> null;
            });
        }

        private static Behind fact(FactKind kind, String condition) {
            return new Behind(FACT.formatted(kind.name()) + condition, false);
        }

        private static Behind held(String condition) {
            return new Behind(HELD + condition, true);
        }
    }

    /** Every statistic by code (indicator or operational figure). */
    public static Optional<Statistic> statistic(String code) {
        for (Indicator indicator : Indicator.values()) {
            if (indicator.code().equals(code)) {
                return Optional.of(indicator);
            }
        }
        for (OperationalFigure figure : OperationalFigure.values()) {
            if (figure.code().equals(code)) {
                return Optional.of(figure);
            }
        }
        return Optional.empty();
    }
}
