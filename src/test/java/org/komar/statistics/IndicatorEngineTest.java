package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every indicator and operational figure on a small set of children with known answers, broken down by every
 * dimension and by pairs. Children are letters; each has a profile (a boy of 16–17 in Phnom Penh arrested for a
 * drug misdemeanour, unless said otherwise).
 */
class IndicatorEngineTest {

    private static final Instant START = at("2026-01-01T00:00");
    private static final Instant END = at("2027-01-01T00:00");
    private static final Instant AS_OF = END;

    private final Map<FactKind, FactRows> facts = new EnumMap<>(FactKind.class);
    private Population population;

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+07:00").toInstant();
    }

    /** A profile: the base child with some dimensions changed ({@code "sex", "F", "province", "17"}). */
    private static int profile(String... changes) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        values.put(Dimension.SEX, "M");
        values.put(Dimension.AGE_BAND, "AGE_16_17");
        values.put(Dimension.PROVINCE, "12");
        values.put(Dimension.OFFENCE_CLASS, "MISDEMEANOUR");
        values.put(Dimension.DRUG, "YES");
        values.put(Dimension.DISABILITY, "NO");
        values.put(Dimension.ETHNICITY, "KHMER");
        values.put(Dimension.NATIONALITY, "CAMBODIAN");
        values.put(Dimension.ROLE, "CONFLICT_WITH_LAW");
        for (int i = 0; i < changes.length; i += 2) {
            values.put(Dimension.byKey(changes[i]).orElseThrow(), changes[i + 1]);
        }
        return Profile.of(values).code();
    }

    private static final long A = 1, B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8, I = 9, J = 10, K = 11, L = 12;
    private static final int BOY = profile();
    private static final int GIRL_SIEM_REAP = profile("sex", "F", "ageBand", "AGE_14_15", "province", "17",
            "disability", "YES", "ethnicity", "INDIGENOUS", "nationality", "STATELESS", "drug", "NO");
    private static final int BOY_FELONY = profile("offenceClass", "FELONY", "drug", "NO");
    private static final int GIRL = profile("sex", "F");

    private void fact(FactKind kind, long child, int profile, Boolean flag, String at, String aux) {
        facts.computeIfAbsent(kind, k -> new FactRows()).add(child, profile, flag, at(at),
                aux == null ? null : at(aux));
    }

    @BeforeEach
    void scenario() {
        // Arrests: A twice, B once, C in two cases of different profiles.
        fact(FactKind.ARREST, A, BOY, true, "2026-02-01T08:00", "2026-02-01T20:00");
        fact(FactKind.ARREST, A, BOY, true, "2026-05-01T08:00", null);
        fact(FactKind.ARREST, B, GIRL_SIEM_REAP, false, "2026-03-01T08:00", "2026-03-02T14:00");
        fact(FactKind.ARREST, C, BOY, true, "2026-04-01T08:00", "2026-04-03T20:00");
        fact(FactKind.ARREST, C, BOY_FELONY, true, "2026-06-01T08:00", null);
        // Sentences: B custodial; F not; G twice, once custodial; I not.
        fact(FactKind.SENTENCE, B, GIRL_SIEM_REAP, true, "2026-08-01T08:00", null);
        fact(FactKind.SENTENCE, F, BOY, false, "2026-08-01T08:00", null);
        fact(FactKind.SENTENCE, G, BOY, false, "2026-08-01T08:00", null);
        fact(FactKind.SENTENCE, G, BOY, true, "2026-10-01T08:00", null);
        fact(FactKind.SENTENCE, I, BOY, false, "2026-11-01T08:00", null);
        // Diversions: H, and I before I was sentenced.
        fact(FactKind.DIVERSION, H, GIRL, null, "2026-03-01T08:00", null);
        fact(FactKind.DIVERSION, I, BOY, null, "2026-04-01T08:00", null);
        // A death in detention.
        fact(FactKind.DEATH, E, BOY, null, "2026-07-01T08:00", null);
        // Releases: J with aftercare, K without (and back in a new case: re-offending), L with aftercare too late.
        fact(FactKind.RELEASE, J, BOY, false, "2026-05-01T08:00", "2026-05-10T08:00");
        fact(FactKind.RELEASE, K, GIRL, true, "2026-06-01T08:00", null);
        fact(FactKind.RELEASE, L, BOY, false, "2026-12-20T08:00", "2027-01-05T08:00");
        // Hearings: one in camera, one public, one not recorded.
        fact(FactKind.HEARING, A, BOY, true, "2026-07-01T08:00", null);
        fact(FactKind.HEARING, B, GIRL_SIEM_REAP, false, "2026-07-02T08:00", null);
        fact(FactKind.HEARING, C, BOY, null, "2026-07-03T08:00", null);

        population = new Population(new PopulationTable(UUID.randomUUID(), "Test", 2026, null, 90_000,
                Instant.EPOCH, false));
        for (String province : Dimension.PROVINCE.codes()) {
            if (!province.equals(Dimension.UNKNOWN_PROVINCE)) {
                for (String sex : Dimension.SEX.codes()) {
                    for (int age = 0; age < Population.AGES; age++) {
                        population.add(province, sex, age, 100);
                    }
                }
            }
        }
    }

    private Figures compute(List<HeldChild> held, List<IndicatorEngine.Stay> stays) {
        return IndicatorEngine.compute(new IndicatorEngine.Inputs(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                START, END, AS_OF, Breakdown.all(), population, false, facts, held, stays,
                new IndicatorEngine.PolicyInputs(3L, 4L, null, Map.of(14, new PolicyAnswer(14, "YES",
                        "Juvenile units in every province", LocalDate.of(2017, 1, 1))))));
    }

    private static List<HeldChild> held() {
        return List.of(
                new HeldChild(A, BOY, true, false, at("2026-10-01T00:00"), null, false, true),
                new HeldChild(B, GIRL_SIEM_REAP, false, true, at("2026-06-01T00:00"), at("2026-09-01T00:00"), true,
                        false),
                // D is held in two cases at once: counted once, with the longest time held.
                new HeldChild(D, GIRL, true, false, at("2026-12-01T00:00"), null, null, false),
                new HeldChild(D, GIRL, true, false, at("2026-11-01T00:00"), null, null, false));
    }

    private static Figure cell(StatisticResult result, Cell cell) {
        if (cell.total()) {
            return result.total();
        }
        return result.tables().stream().flatMap(t -> t.figures().stream()).filter(f -> f.cell().equals(cell))
                .findFirst().orElseThrow();
    }

    private static Figure cell(StatisticResult result, String dimension, String value) {
        return cell(result, Cell.of(Dimension.byKey(dimension).orElseThrow(), value));
    }

    @Test
    void indicator_1_counts_each_child_arrested_once_per_100000_children() {
        StatisticResult arrested = compute(held(), List.of()).indicator(Indicator.CHILDREN_ARRESTED).orElseThrow();

        assertThat(arrested.total()).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(3L, 90_000.0, 3.3);
        assertThat(cell(arrested, "sex", "M")).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(2L, 45_000.0, 4.4);
        assertThat(cell(arrested, "sex", "F").numerator()).isEqualTo(1);
        assertThat(cell(arrested, "province", "12")).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(2L, 3_600.0, 55.6);
        assertThat(cell(arrested, "province", "17").numerator()).isEqualTo(1);
        assertThat(cell(arrested, "province", "01").numerator()).isZero();
        assertThat(cell(arrested, "ageBand", "AGE_14_15")).extracting(Figure::numerator, Figure::denominator)
                .containsExactly(1L, 10_000.0);
        assertThat(cell(arrested, "ageBand", "AGE_16_17").numerator()).isEqualTo(2);
        assertThat(cell(arrested, "ageBand", "AGE_18_PLUS")).extracting(Figure::denominator, Figure::value)
                .containsExactly(null, null);
        // C was arrested in a drug misdemeanour case and a felony case: once in each, once in the total.
        assertThat(cell(arrested, "offenceClass", "MISDEMEANOUR").numerator()).isEqualTo(3);
        assertThat(cell(arrested, "offenceClass", "FELONY").numerator()).isEqualTo(1);
        assertThat(cell(arrested, "drug", "YES").numerator()).isEqualTo(2);
        assertThat(cell(arrested, "drug", "NO").numerator()).isEqualTo(2);
        assertThat(cell(arrested, "disability", "YES").numerator()).isEqualTo(1);
        assertThat(cell(arrested, "disability", "NO").numerator()).isEqualTo(2);
        assertThat(cell(arrested, "ethnicity", "INDIGENOUS").numerator()).isEqualTo(1);
        assertThat(cell(arrested, "ethnicity", "KHMER").numerator()).isEqualTo(2);
        assertThat(cell(arrested, "nationality", "STATELESS").numerator()).isEqualTo(1);
        assertThat(cell(arrested, "nationality", "CAMBODIAN").numerator()).isEqualTo(2);
        assertThat(cell(arrested, "role", "CONFLICT_WITH_LAW").numerator()).isEqualTo(3);
        assertThat(cell(arrested, "role", "VICTIM").numerator()).isZero();
        // Pairs: the rate of a cell uses the population of what it fixes among province, sex and age.
        assertThat(cell(arrested, Cell.of(Dimension.SEX, "M", Dimension.PROVINCE, "12")))
                .extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(2L, 1_800.0, 111.1);
        assertThat(cell(arrested, Cell.of(Dimension.SEX, "F", Dimension.PROVINCE, "12")).numerator()).isZero();
        assertThat(cell(arrested, Cell.of(Dimension.DRUG, "YES", Dimension.OFFENCE_CLASS, "FELONY")).numerator())
                .isZero();
        assertThat(cell(arrested, Cell.of(Dimension.DRUG, "NO", Dimension.OFFENCE_CLASS, "FELONY")).numerator())
                .isEqualTo(1);
        assertThat(cell(arrested, Cell.of(Dimension.ETHNICITY, "INDIGENOUS", Dimension.NATIONALITY, "STATELESS"))
                .numerator()).isEqualTo(1);
    }

    @Test
    void every_table_of_a_dimension_adds_up_to_the_total_when_no_child_falls_in_two_cells() {
        StatisticResult detained = compute(held(), List.of()).indicator(Indicator.CHILDREN_IN_DETENTION)
                .orElseThrow();
        for (FigureTable table : detained.tables()) {
            if (!table.breakdown().crossed()) {
                assertThat(table.figures().stream().mapToLong(Figure::numerator).sum()).as(table.breakdown().key())
                        .isEqualTo(detained.total().numerator());
            }
        }
        assertThat(detained.tables()).hasSize(Breakdown.all().size());
    }

    @Test
    void indicators_2_and_3_count_children_held_on_the_census_date_once() {
        Figures figures = compute(held(), List.of());
        StatisticResult detained = figures.indicator(Indicator.CHILDREN_IN_DETENTION).orElseThrow();
        StatisticResult preSentence = figures.indicator(Indicator.CHILDREN_IN_PRE_SENTENCE_DETENTION).orElseThrow();

        assertThat(detained.total()).extracting(Figure::numerator, Figure::value).containsExactly(3L, 3.3);
        assertThat(cell(detained, "sex", "F").numerator()).isEqualTo(2);
        assertThat(cell(detained, "province", "17").numerator()).isEqualTo(1);
        assertThat(preSentence.total().numerator()).isEqualTo(2);
        assertThat(cell(preSentence, "sex", "F").numerator()).isEqualTo(1);
        assertThat(cell(preSentence, "ethnicity", "INDIGENOUS").numerator()).isZero();
    }

    @Test
    void indicators_4_and_5_are_distributions_of_days_held_so_far() {
        Figures figures = compute(held(), List.of());
        Figure before = figures.indicator(Indicator.DURATION_OF_PRE_SENTENCE_DETENTION).orElseThrow().total();
        Figure after = figures.indicator(Indicator.DURATION_OF_SENTENCED_DETENTION).orElseThrow().total();

        // A: 92 days since 1 October; D: 61 days since 1 November (the longer of D's two cases).
        assertThat(before.numerator()).isEqualTo(2);
        assertThat(before.value()).isEqualTo(76.5);
        assertThat(before.distribution()).extracting(Distribution::p25, Distribution::median, Distribution::p75)
                .containsExactly(68.8, 76.5, 84.3);
        assertThat(before.distribution().bands()).containsExactly(0L, 1L, 1L, 0L, 0L);
        assertThat(after.value()).isEqualTo(122.0);
        assertThat(after.numerator()).isEqualTo(1);
        assertThat(cell(figures.indicator(Indicator.DURATION_OF_PRE_SENTENCE_DETENTION).orElseThrow(), "sex", "F")
                .value()).isEqualTo(61.0);
        assertThat(cell(figures.indicator(Indicator.DURATION_OF_SENTENCED_DETENTION).orElseThrow(), "sex", "M")
                .distribution()).isNull();
    }

    @Test
    void indicator_6_counts_deaths_per_1000_children_held_on_an_average_day() {
        long year = END.getEpochSecond() - START.getEpochSecond();
        StatisticResult deaths = compute(held(), List.of(new IndicatorEngine.Stay(BOY, year),
                new IndicatorEngine.Stay(GIRL, year))).indicator(Indicator.CHILD_DEATHS_IN_DETENTION).orElseThrow();

        assertThat(deaths.total()).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(1L, 2.0, 500.0);
        assertThat(cell(deaths, "sex", "M")).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(1L, 1.0, 1000.0);
        assertThat(cell(deaths, "sex", "F")).extracting(Figure::numerator, Figure::value).containsExactly(0L, 0.0);
    }

    @Test
    void indicators_7_and_8_are_shares_of_the_children_held() {
        Figures figures = compute(held(), List.of());
        StatisticResult separation = figures.indicator(Indicator.SEPARATION_FROM_ADULTS).orElseThrow();
        StatisticResult family = figures.indicator(Indicator.CONTACT_WITH_PARENTS_AND_FAMILY).orElseThrow();

        assertThat(separation.total()).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(1L, 3.0, 33.3);
        assertThat(cell(separation, "sex", "F")).extracting(Figure::numerator, Figure::denominator)
                .containsExactly(0L, 2.0);
        assertThat(family.total()).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(1L, 3.0, 33.3);
        assertThat(cell(family, "province", "17")).extracting(Figure::numerator, Figure::value)
                .containsExactly(0L, 0.0);
    }

    @Test
    void indicators_9_10_and_11_are_shares_of_children_not_of_events() {
        Figures figures = compute(held(), List.of());
        StatisticResult custodial = figures.indicator(Indicator.CUSTODIAL_SENTENCING).orElseThrow();
        StatisticResult diversion = figures.indicator(Indicator.PRE_SENTENCE_DIVERSION).orElseThrow();
        StatisticResult aftercare = figures.indicator(Indicator.AFTERCARE).orElseThrow();

        // B custodial, F not, G (sentenced twice, once to custody) counted once, I not.
        assertThat(custodial.total()).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(2L, 4.0, 50.0);
        assertThat(cell(custodial, "sex", "F")).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(1L, 1.0, 100.0);
        // Diverted or sentenced: H, I (both), B, F, G; diverted: H and I.
        assertThat(diversion.total()).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(2L, 5.0, 40.0);
        assertThat(cell(diversion, "sex", "F")).extracting(Figure::numerator, Figure::denominator)
                .containsExactly(1L, 2.0);
        // J's aftercare began after the release; K had none; L's began after the census date.
        assertThat(aftercare.total()).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(1L, 3.0, 33.3);
    }

    @Test
    void policy_indicators_show_the_records_and_the_answer_in_force() {
        Figures figures = compute(held(), List.of());

        assertThat(figures.indicator(Indicator.REGULAR_INDEPENDENT_INSPECTIONS).orElseThrow().total())
                .extracting(Figure::numerator, Figure::denominator, Figure::value).containsExactly(3L, 4.0, 75.0);
        assertThat(figures.indicator(Indicator.SPECIALISED_JUVENILE_JUSTICE_SYSTEM).orElseThrow().answer().answer())
                .isEqualTo("YES");
        StatisticResult prevention = figures.indicator(Indicator.PREVENTION).orElseThrow();
        assertThat(prevention.available()).isFalse();
        assertThat(prevention.note()).isEqualTo("statistics.note.noAnswer");
        assertThat(figures.indicator(Indicator.COMPLAINTS_MECHANISM).orElseThrow().available()).isFalse();
    }

    @Test
    void without_detention_records_the_stock_indicators_say_so_and_the_flows_still_count() {
        Figures figures = compute(null, null);

        assertThat(figures.indicator(Indicator.CHILDREN_IN_DETENTION).orElseThrow())
                .extracting(StatisticResult::available, StatisticResult::note)
                .containsExactly(false, "statistics.note.noDetentionRecords");
        assertThat(figures.indicator(Indicator.CHILD_DEATHS_IN_DETENTION).orElseThrow().available()).isFalse();
        assertThat(figures.indicator(Indicator.CHILDREN_ARRESTED).orElseThrow().total().numerator()).isEqualTo(3);
    }

    @Test
    void operational_figures_time_to_lawyer_hearings_in_camera_and_reoffending() {
        Figures figures = compute(held(), List.of());
        Figure lawyer = figures.find("TIME_TO_LAWYER").orElseThrow().total();
        Figure camera = figures.find("HEARINGS_IN_CAMERA").orElseThrow().total();
        Figure reoffending = figures.find("REOFFENDING_AFTER_RELEASE").orElseThrow().total();

        // Per arrest: 12 h, 30 h and 60 h; two arrests without any lawyer contact.
        assertThat(lawyer).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(3L, 5.0, 30.0);
        assertThat(lawyer.distribution().bands()).containsExactly(1L, 1L, 1L, 0L);
        assertThat(lawyer.distribution().without()).isEqualTo(2);
        assertThat(camera).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(1L, 2.0, 50.0);
        assertThat(reoffending).extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(1L, 3.0, 33.3);
    }

    @Test
    void figures_over_a_scope_leave_rates_out() {
        Figures figures = IndicatorEngine.compute(new IndicatorEngine.Inputs(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), START, END, AS_OF, List.of(Breakdown.of(Dimension.SEX)), population,
                true, facts, held(), List.of(), IndicatorEngine.PolicyInputs.none()));

        assertThat(figures.scoped()).isTrue();
        assertThat(figures.indicator(Indicator.CHILDREN_ARRESTED).orElseThrow().total())
                .extracting(Figure::numerator, Figure::denominator, Figure::value).containsExactly(3L, null, null);
        assertThat(figures.indicator(Indicator.CUSTODIAL_SENTENCING).orElseThrow().total().value()).isEqualTo(50.0);
    }
}
