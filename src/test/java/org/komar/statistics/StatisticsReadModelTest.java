package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildService;
import org.komar.support.IntegrationTest;
import org.komar.timeline.LegalEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read model follows the timelines in the transaction that changes them: events recorded count, voided events
 * count nowhere, a correction of the child moves the child's cases to the right cells; and the figures read back
 * from it match what was recorded. Each test works in a year of its own.
 */
class StatisticsReadModelTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    StatisticsService statistics;

    @Autowired
    PopulationService populations;

    private static final List<Breakdown> BY = List.of(Breakdown.of(Dimension.SEX), Breakdown.of(Dimension.AGE_BAND),
            Breakdown.of(Dimension.ETHNICITY), Breakdown.of(Dimension.NATIONALITY), Breakdown.of(Dimension.DRUG),
            Breakdown.of(Dimension.PROVINCE), Breakdown.of(Dimension.SEX, Dimension.PROVINCE));

    private static Figure cell(Figures figures, Statistic statistic, Cell cell) {
        StatisticResult result = figures.find(statistic.code()).orElseThrow();
        if (cell.total()) {
            return result.total();
        }
        return result.tables().stream().flatMap(t -> t.figures().stream()).filter(f -> f.cell().equals(cell))
                .findFirst().orElseThrow();
    }

    @Test
    void flows_follow_the_events_recorded_and_voided() {
        Scenario s = new Scenario(fixtures, cases, children, 2011, "17");
        Child boy = s.child("M", 16);
        Child girl = s.child("F", 14, "JARAI", "STATELESS", true);
        CaseView boyCase = s.conflictCase(boy, "DRUG_POSSESSION", "MISDEMEANOUR");
        CaseView girlCase = s.conflictCase(girl, "THEFT", "MISDEMEANOUR");

        s.record(s.police, boyCase.id(), "ARRESTED", "03-01T08:00", "flagrant", true);
        s.record(s.police, boyCase.id(), "ARRESTED", "05-01T08:00", "flagrant", true);
        s.record(s.police, girlCase.id(), "ARRESTED", "03-02T08:00", "flagrant", true);
        s.record(s.prosecutor, girlCase.id(), "DIVERSION_ORDERED", "03-10T08:00", "by", "PROSECUTOR");
        s.record(s.judge, boyCase.id(), "SENTENCED", "06-01T08:00", "custodial", true, "months", 12);
        LegalEvent mistaken = s.record(s.judge, girlCase.id(), "SENTENCED", "06-02T08:00", "custodial", true,
                "months", 6);
        cases.voidEvent(s.judge, girlCase.id(), mistaken.id(), null, "Recorded on the wrong case");

        Figures figures = statistics.computeNational(s.period(), BY);

        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.TOTAL).numerator()).isEqualTo(2);
        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.of(Dimension.SEX, "F")).numerator()).isEqualTo(1);
        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.of(Dimension.AGE_BAND, "AGE_14_15")).numerator())
                .isEqualTo(1);
        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.of(Dimension.ETHNICITY, "INDIGENOUS"))
                .numerator()).isEqualTo(1);
        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.of(Dimension.NATIONALITY, "STATELESS"))
                .numerator()).isEqualTo(1);
        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.of(Dimension.DRUG, "YES")).numerator())
                .isEqualTo(1);
        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.of(Dimension.SEX, "M", Dimension.PROVINCE, "17"))
                .numerator()).isEqualTo(1);
        // The voided sentence counts nowhere: one child sentenced, to custody.
        assertThat(cell(figures, Indicator.CUSTODIAL_SENTENCING, Cell.TOTAL))
                .extracting(Figure::numerator, Figure::denominator, Figure::value).containsExactly(1L, 1.0, 100.0);
        assertThat(cell(figures, Indicator.PRE_SENTENCE_DIVERSION, Cell.TOTAL))
                .extracting(Figure::numerator, Figure::denominator, Figure::value).containsExactly(1L, 2.0, 50.0);
        assertThat(cell(figures, Indicator.PRE_SENTENCE_DIVERSION, Cell.of(Dimension.SEX, "F")).value())
                .isEqualTo(100.0);
    }

    @Test
    void correcting_a_child_moves_the_childs_cases_to_the_right_cells() {
        Scenario s = new Scenario(fixtures, cases, children, 2012, "02");
        Child child = s.child("M", 15);
        CaseView kase = s.conflictCase(child, "ROBBERY", "FELONY");
        s.record(s.police, kase.id(), "ARRESTED", "04-01T08:00", "flagrant", true);
        assertThat(cell(statistics.computeNational(s.period(), BY), Indicator.CHILDREN_ARRESTED,
                Cell.of(Dimension.SEX, "M")).numerator()).isEqualTo(1);

        Child read = children.read(s.police, child.id());
        children.correct(s.police, child.id(), read.version(), new ChildDetails(read.nameLatin(), read.nameKhmer(),
                "F", read.birthClaim().date(), "DAY", "BIRTH_CERTIFICATE", read.residence(), false, null, "KHMER",
                "KH", List.of("km"), List.of()));

        Figures after = statistics.computeNational(s.period(), BY);
        assertThat(cell(after, Indicator.CHILDREN_ARRESTED, Cell.of(Dimension.SEX, "M")).numerator()).isZero();
        assertThat(cell(after, Indicator.CHILDREN_ARRESTED, Cell.of(Dimension.SEX, "F")).numerator()).isEqualTo(1);
    }

    @Test
    void releases_aftercare_reoffending_hearings_and_lawyers_are_counted_from_the_timelines() {
        Scenario s = new Scenario(fixtures, cases, children, 2013, "03");
        Child child = s.child("M", 16);
        CaseView first = s.conflictCase(child, "THEFT", "MISDEMEANOUR");
        s.record(s.police, first.id(), "ARRESTED", "02-01T08:00", "flagrant", true);
        s.record(s.police, first.id(), "NOTIFIED", "02-01T20:00", "party", "LAWYER", "reached", true);
        s.record(s.judge, first.id(), "HEARING_HELD", "03-01T08:00", "inCamera", true);
        s.record(s.judge, first.id(), "HEARING_HELD", "03-15T08:00", "inCamera", false);
        s.record(s.prison, first.id(), "PLACED", "03-16T08:00", "facility", "PRI-03");
        s.record(s.prison, first.id(), "RELEASED", "04-01T08:00", "reason", "END_OF_SENTENCE");
        s.record(s.social, first.id(), "AFTERCARE_STARTED", "04-05T08:00", "service", "Family support");
        CaseView again = cases.open(s.police, new org.komar.cases.OpenCase(child.id().toString(), "CONFLICT_WITH_LAW",
                "THEFT", "MISDEMEANOUR", true, 6, 24, java.time.LocalDate.of(2013, 8, 1), "030101", null,
                List.of()));
        s.record(s.police, again.id(), "ARRESTED", "08-02T08:00", "flagrant", true);

        Figures figures = statistics.computeNational(s.period(), BY);

        assertThat(cell(figures, Indicator.AFTERCARE, Cell.TOTAL))
                .extracting(Figure::numerator, Figure::denominator).containsExactly(1L, 1.0);
        assertThat(cell(figures, OperationalFigure.REOFFENDING_AFTER_RELEASE, Cell.TOTAL))
                .extracting(Figure::numerator, Figure::denominator).containsExactly(1L, 1.0);
        assertThat(cell(figures, OperationalFigure.HEARINGS_IN_CAMERA, Cell.TOTAL))
                .extracting(Figure::numerator, Figure::denominator, Figure::value).containsExactly(1L, 2.0, 50.0);
        Figure lawyer = cell(figures, OperationalFigure.TIME_TO_LAWYER, Cell.TOTAL);
        assertThat(lawyer.numerator()).isEqualTo(1);
        assertThat(lawyer.denominator()).isEqualTo(2.0);
        assertThat(lawyer.value()).isEqualTo(12.0);
        // The same child arrested in two cases is one child arrested.
        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.TOTAL).numerator()).isEqualTo(1);
    }

    @Test
    void a_population_table_is_imported_whole_or_not_at_all_and_gives_the_rates() {
        int before = populations.tables().size();
        String broken = Scenario.populationCsv(100).replace("12,F,7,100", "12,X,7,100")
                .replace("17,M,3,100\n", "");
        org.komar.access.Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        PopulationService.ImportReport rejected = populations.importCsv(admin, "Broken", 2014, null,
                new StringReader(broken));
        assertThat(rejected.imported()).isFalse();
        assertThat(rejected.problems()).extracting(PopulationProblem::code).containsExactly("SEX");
        assertThat(populations.tables()).hasSize(before);

        PopulationService.ImportReport missing = populations.importCsv(admin, "Missing", 2014, null,
                new StringReader(Scenario.populationCsv(100).replace("17,M,3,100\n", "")));
        assertThat(missing.problems()).extracting(PopulationProblem::code, PopulationProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MISSING", List.of("17", "M", 3)));

        PopulationService.ImportReport imported = populations.importCsv(admin, "Census projection 2014", 2014,
                "NIS", new StringReader(Scenario.populationCsv(100)));
        assertThat(imported.imported()).isTrue();
        assertThat(imported.table().total()).isEqualTo(90_000);

        Scenario s = new Scenario(fixtures, cases, children, 2014, "12");
        CaseView kase = s.conflictCase(s.child("F", 15), "THEFT", "MISDEMEANOUR");
        s.record(s.police, kase.id(), "ARRESTED", "05-01T08:00", "flagrant", true);
        Figures figures = statistics.computeNational(s.period(), BY);

        assertThat(figures.population().name()).isEqualTo("Census projection 2014");
        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.TOTAL))
                .extracting(Figure::numerator, Figure::denominator, Figure::value).containsExactly(1L, 90_000.0, 1.1);
        assertThat(cell(figures, Indicator.CHILDREN_ARRESTED, Cell.of(Dimension.SEX, "F", Dimension.PROVINCE, "12")))
                .extracting(Figure::numerator, Figure::denominator, Figure::value)
                .containsExactly(1L, 1_800.0, 55.6);
    }


    @Test
    void a_child_placed_in_a_facility_now_counts_in_the_stock_indicators_at_the_census() {
        Scenario s = new Scenario(fixtures, cases, children, 2018, "06");
        CaseView kase = s.conflictCase(s.child("M", 16), "THEFT", "MISDEMEANOUR");
        s.record(s.judge, kase.id(), "PRETRIAL_DETENTION_ORDERED", "10-01T09:00", "facility", "PRI-06");
        s.record(s.prison, kase.id(), "PLACED", "10-01T14:00", "facility", "PRI-06", "separatedFromAdults", false);
        s.record(s.prison, kase.id(), "FAMILY_CONTACT", "11-15T10:00", "kind", "VISIT");
        CaseView released = s.conflictCase(s.child("M", 17), "THEFT", "MISDEMEANOUR");
        s.record(s.prison, released.id(), "PLACED", "04-01T14:00", "facility", "PRI-06");
        s.record(s.prison, released.id(), "RELEASED", "06-01T14:00", "reason", "BAIL");

        Figures figures = statistics.computeNational(s.period(), BY);

        StatisticResult held = figures.find(Indicator.CHILDREN_IN_DETENTION.code()).orElseThrow();
        assertThat(held.available()).isTrue();
        assertThat(held.total().numerator()).as("held at the end of the year; the released child is not").isEqualTo(1);
        assertThat(cell(figures, Indicator.CHILDREN_IN_DETENTION, Cell.of(Dimension.PROVINCE, "06")).numerator())
                .isEqualTo(1);
        assertThat(cell(figures, Indicator.CHILDREN_IN_PRE_SENTENCE_DETENTION, Cell.TOTAL).numerator()).isEqualTo(1);
        assertThat(cell(figures, Indicator.SEPARATION_FROM_ADULTS, Cell.TOTAL))
                .extracting(Figure::numerator, Figure::denominator).containsExactly(1L, 1.0);
        assertThat(cell(figures, Indicator.CONTACT_WITH_PARENTS_AND_FAMILY, Cell.TOTAL))
                .extracting(Figure::numerator, Figure::denominator).containsExactly(1L, 1.0);
        StatisticResult inspected = figures.find(Indicator.REGULAR_INDEPENDENT_INSPECTIONS.code()).orElseThrow();
        assertThat(inspected.available()).as("counted from the facility register").isTrue();
        assertThat(inspected.total().denominator()).isGreaterThan(20.0);
    }
}
