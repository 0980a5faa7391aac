package org.komar.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the loaded facts of a period into every figure and every table: pure, no I/O, so each indicator is tested
 * on small sets with known answers. What counts for each indicator is written beside its computation here; the
 * definitions people read say the same in Khmer and English.
 */
final class IndicatorEngine {

    /** A stretch of deprivation of liberty inside the period (for the average number held). */
    record Stay(int profile, long seconds) {
    }

    /** The facility and policy records behind indicators 12 to 15 (counts null when not kept). */
    record PolicyInputs(Long placesInspected, Long places, Long placesWithComplaints, Map<Integer, PolicyAnswer> answers) {

        static PolicyInputs none() {
            return new PolicyInputs(null, null, null, Map.of());
        }
    }

    record Inputs(LocalDate from, LocalDate to, Instant start, Instant end, Instant asOf, List<Breakdown> breakdowns,
                  Population population, boolean scoped, Map<FactKind, FactRows> facts, List<HeldChild> held,
                  List<Stay> stays, PolicyInputs policy) {

        FactRows facts(FactKind kind) {
            return facts.getOrDefault(kind, new FactRows());
        }
    }

    private IndicatorEngine() {
    }

    static Figures compute(Inputs in) {
        CellSpace space = new CellSpace(in.breakdowns());
        long asOf = in.asOf().getEpochSecond();
        Long[] population = population(space, in);
        List<StatisticResult> indicators = new ArrayList<>();

        // 1: children arrested in the period, per 100,000 children.
        FactRows arrests = in.facts(FactKind.ARREST);
        Tally arrested = Tally.children(space, arrests, row -> false, row -> true);
        indicators.add(rate(Indicator.CHILDREN_ARRESTED, space, arrested.numerator, population));

        boolean detention = in.held() != null;
        FactRows held = heldRows(in.held());
        // 2: children deprived of liberty at the census moment, per 100,000 children (a child counts once).
        Tally inDetention = Tally.children(space, held, row -> false, row -> true);
        indicators.add(unavailableUnless(detention,
                rate(Indicator.CHILDREN_IN_DETENTION, space, inDetention.numerator, population)));
        // 3: of them, not finally sentenced.
        Tally preSentence = Tally.children(space, held, row -> false, held::flagTrue);
        indicators.add(unavailableUnless(detention,
                rate(Indicator.CHILDREN_IN_PRE_SENTENCE_DETENTION, space, preSentence.numerator, population)));
        // 4 and 5: time held so far, before sentence (since the deprivation of liberty began) and after it.
        indicators.add(unavailableUnless(detention, durations(Indicator.DURATION_OF_PRE_SENTENCE_DETENTION, space,
                in.held(), HeldChild::preSentence, HeldChild::detainedSince, in.asOf())));
        indicators.add(unavailableUnless(detention, durations(Indicator.DURATION_OF_SENTENCED_DETENTION, space,
                in.held(), HeldChild::sentenced, HeldChild::sentencedSince, in.asOf())));
        // 6: deaths in detention in the period, per 1,000 children held on an average day of the period.
        Tally deaths = Tally.children(space, in.facts(FactKind.DEATH), row -> false, row -> true);
        double[] averageHeld = averageHeld(space, in);
        indicators.add(unavailableUnless(in.stays() != null,
                perThousand(Indicator.CHILD_DEATHS_IN_DETENTION, space, deaths.numerator, averageHeld)));
        // 7: of the children held, those recorded as not wholly separated from adults.
        Tally separation = Tally.children(space, held, row -> true, row -> separatedFalse(in.held(), row));
        indicators.add(unavailableUnless(detention, percent(Indicator.SEPARATION_FROM_ADULTS, space, separation)));
        // 8: of the children held, those with a visit, call or home leave with family in the last three months.
        Tally family = Tally.children(space, held, row -> true, row -> in.held().get(row).familyContact());
        indicators.add(unavailableUnless(detention,
                percent(Indicator.CONTACT_WITH_PARENTS_AND_FAMILY, space, family)));
        // 9: of the children sentenced in the period, those given a custodial sentence (not suspended).
        FactRows sentences = in.facts(FactKind.SENTENCE);
        indicators.add(percent(Indicator.CUSTODIAL_SENTENCING, space,
                Tally.children(space, sentences, row -> true, sentences::flagTrue)));
        // 10: of the children diverted or sentenced in the period, those who entered a pre-sentence diversion.
        FactRows diversions = in.facts(FactKind.DIVERSION);
        FactRows divertedOrSentenced = diversions.concat(sentences);
        int diverted = diversions.size();
        indicators.add(percent(Indicator.PRE_SENTENCE_DIVERSION, space,
                Tally.children(space, divertedOrSentenced, row -> true, row -> row < diverted)));
        // 11: of the children released in the period, those whose aftercare began after the release (by asOf).
        FactRows releases = in.facts(FactKind.RELEASE);
        indicators.add(percent(Indicator.AFTERCARE, space, Tally.children(space, releases, row -> true,
                row -> releases.aux(row) != FactRows.NONE && releases.aux(row) <= asOf)));
        // 12 to 15: policy.
        indicators.addAll(policy(in.policy()));

        List<StatisticResult> operational = new ArrayList<>();
        operational.add(timeToLawyer(space, arrests, asOf));
        FactRows hearings = in.facts(FactKind.HEARING);
        operational.add(percent(OperationalFigure.HEARINGS_IN_CAMERA, space,
                Tally.rows(space, hearings, hearings::flagKnown, hearings::flagTrue)));
        // Re-offending: the loader sets the flag of a release when the child has a new case within a year after it
        // (stat_fact.reoffended_at) that began by the census moment.
        operational.add(percent(OperationalFigure.REOFFENDING_AFTER_RELEASE, space,
                Tally.children(space, releases, row -> true, releases::flagTrue)));
        // Referrals made in the period (counted as referrals, not children): accepted by the census moment, and of
        // those accepted, closed with the service completed by then.
        FactRows referrals = in.facts(FactKind.REFERRAL);
        operational.add(percent(OperationalFigure.REFERRALS_ACCEPTED, space,
                Tally.rows(space, referrals, row -> true, referrals::flagTrue)));
        operational.add(percent(OperationalFigure.REFERRALS_COMPLETED, space,
                Tally.rows(space, referrals, referrals::flagTrue, row -> referrals.flagTrue(row)
                        && referrals.aux(row) != FactRows.NONE)));

        return new Figures(in.from(), in.to(), in.asOf(), in.population() == null ? null : in.population().table(),
                in.scoped(), in.breakdowns(), indicators, operational);
    }

    private static Long[] population(CellSpace space, Inputs in) {
        Long[] population = new Long[space.size()];
        if (in.population() == null || in.scoped()) {
            return population;
        }
        for (int cell = 0; cell < space.size(); cell++) {
            population[cell] = in.population().of(space.cell(cell));
        }
        return population;
    }

    private static FactRows heldRows(List<HeldChild> held) {
        FactRows rows = new FactRows();
        if (held != null) {
            for (HeldChild child : held) {
                rows.add(child.childKey(), child.profile(), child.preSentence(), null, null);
            }
        }
        return rows;
    }

    private static boolean separatedFalse(List<HeldChild> held, int row) {
        return Boolean.FALSE.equals(held.get(row).separated());
    }

    /** The number held on an average day: the seconds held in each cell (summed exactly, in any order) over the period's. */
    private static double[] averageHeld(CellSpace space, Inputs in) {
        double[] average = new double[space.size()];
        if (in.stays() == null) {
            return average;
        }
        long[] seconds = new long[space.size()];
        for (Stay stay : in.stays()) {
            for (int cell : space.cellsOf(stay.profile())) {
                seconds[cell] += stay.seconds();
            }
        }
        double period = Math.max(1, Duration.between(in.start(), in.end()).getSeconds());
        for (int cell = 0; cell < seconds.length; cell++) {
            average[cell] = seconds[cell] / period;
        }
        return average;
    }

    private static StatisticResult rate(Statistic statistic, CellSpace space, long[] numerator, Long[] population) {
        return result(statistic, space, cell -> {
            Long people = population[cell];
            Double value = people == null || people == 0 ? null : round(numerator[cell] * 100_000.0 / people);
            return new Figure(space.cell(cell), value, numerator[cell], people == null ? null : people.doubleValue(),
                    null);
        });
    }

    private static StatisticResult percent(Statistic statistic, CellSpace space, Tally tally) {
        return result(statistic, space, cell -> {
            long den = tally.denominator[cell];
            Double value = den == 0 ? null : round(tally.numerator[cell] * 100.0 / den);
            return new Figure(space.cell(cell), value, tally.numerator[cell], (double) den, null);
        });
    }

    private static StatisticResult perThousand(Statistic statistic, CellSpace space, long[] numerator,
                                               double[] averageHeld) {
        return result(statistic, space, cell -> {
            double held = averageHeld[cell];
            Double value = held <= 0 ? null : round(numerator[cell] * 1000.0 / held);
            return new Figure(space.cell(cell), value, numerator[cell], round(held), null);
        });
    }

    private static StatisticResult durations(Statistic statistic, CellSpace space, List<HeldChild> held,
                                             java.util.function.Predicate<HeldChild> counted,
                                             java.util.function.Function<HeldChild, Instant> since, Instant asOf) {
        Durations durations = new Durations(86_400.0);
        if (held != null) {
            // One duration per child: the longest, should a child be held in two cases at once.
            Map<Long, HeldChild> longest = new HashMap<>();
            for (HeldChild child : held) {
                if (counted.test(child) && since.apply(child) != null) {
                    longest.merge(child.childKey(), child, (a, b) -> since.apply(a).isBefore(since.apply(b)) ? a : b);
                }
            }
            for (HeldChild child : longest.values()) {
                durations.add(Duration.between(since.apply(child), asOf).getSeconds(), child.profile());
            }
        }
        Distribution[] distributions = durations.distributions(space, Distribution.bandLimits(Measure.MEDIAN_DAYS),
                null);
        return result(statistic, space, cell -> figureOf(space.cell(cell), distributions[cell], null));
    }

    /** Hours from each arrest in the period to the first contact with a lawyer (arrests, not children). */
    private static StatisticResult timeToLawyer(CellSpace space, FactRows arrests, long asOf) {
        Durations hours = new Durations(3600.0);
        ProfileCounts withoutContact = new ProfileCounts();
        for (int row = 0; row < arrests.size(); row++) {
            long contact = arrests.aux(row);
            if (contact == FactRows.NONE || contact > asOf) {
                withoutContact.add(arrests.profile(row));
            } else {
                hours.add(contact - arrests.at(row), arrests.profile(row));
            }
        }
        long[] without = new long[space.size()];
        withoutContact.addTo(space, without);
        Distribution[] distributions = hours.distributions(space, Distribution.bandLimits(Measure.MEDIAN_HOURS),
                without);
        return result(OperationalFigure.TIME_TO_LAWYER, space, cell -> {
            Distribution d = distributions[cell];
            long reached = d == null ? 0 : d.bands().stream().mapToLong(Long::longValue).sum();
            return new Figure(space.cell(cell), d == null ? null : d.median(), reached,
                    (double) (reached + without[cell]), d);
        });
    }

    private static Figure figureOf(Cell cell, Distribution distribution, Double denominator) {
        long measured = distribution == null ? 0 : distribution.bands().stream().mapToLong(Long::longValue).sum();
        return new Figure(cell, distribution == null ? null : distribution.median(), measured, denominator,
                distribution);
    }

    private static List<StatisticResult> policy(PolicyInputs policy) {
        List<StatisticResult> results = new ArrayList<>();
        results.add(policyPercent(Indicator.REGULAR_INDEPENDENT_INSPECTIONS, policy.placesInspected(), policy.places(),
                policy.answers().get(12)));
        results.add(policyPercent(Indicator.COMPLAINTS_MECHANISM, policy.placesWithComplaints(), policy.places(),
                policy.answers().get(13)));
        for (Indicator indicator : List.of(Indicator.SPECIALISED_JUVENILE_JUSTICE_SYSTEM, Indicator.PREVENTION)) {
            PolicyAnswer answer = policy.answers().get(indicator.number());
            results.add(new StatisticResult(indicator, new Figure(Cell.TOTAL, null, null, null, null), List.of(),
                    answer, answer != null, answer == null ? "statistics.note.noAnswer" : null));
        }
        return results;
    }

    private static StatisticResult policyPercent(Indicator indicator, Long numerator, Long denominator,
                                                 PolicyAnswer answer) {
        boolean counted = numerator != null && denominator != null;
        Double value = counted && denominator > 0 ? round(numerator * 100.0 / denominator) : null;
        Figure total = new Figure(Cell.TOTAL, value, counted ? numerator : null,
                counted ? denominator.doubleValue() : null, null);
        return new StatisticResult(indicator, total, List.of(), answer, counted || answer != null,
                counted ? null : "statistics.note.noFacilityRecords");
    }

    private static StatisticResult unavailableUnless(boolean available, StatisticResult result) {
        return available ? result : new StatisticResult(result.statistic(), result.total(), result.tables(), null,
                false, "statistics.note.noDetentionRecords");
    }

    @FunctionalInterface
    private interface CellFigure {
        Figure of(int cell);
    }

    private static StatisticResult result(Statistic statistic, CellSpace space, CellFigure figure) {
        List<FigureTable> tables = new ArrayList<>();
        for (int b = 0; b < space.breakdowns().size(); b++) {
            List<Figure> figures = new ArrayList<>();
            int offset = space.offset(b);
            for (int i = 0; i < space.cellCount(b); i++) {
                figures.add(figure.of(offset + i));
            }
            tables.add(new FigureTable(space.breakdowns().get(b), figures));
        }
        return new StatisticResult(statistic, figure.of(0), tables, null, true, null);
    }

    static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
