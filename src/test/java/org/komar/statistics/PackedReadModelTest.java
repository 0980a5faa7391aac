package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildService;
import org.komar.shared.CaseId;
import org.komar.support.IntegrationTest;
import org.komar.timeline.LegalEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * National figures are counted from the packs; they must be exactly what counting the rows one by one gives, for
 * any period and census moment, after events recorded, voided, children corrected and re-offences in later cases;
 * and a rebuild from the timelines must give back the packs the events kept up to date. The cases are random but
 * seeded, in 2003 and 2004 (years no other test uses).
 */
class PackedReadModelTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    StatisticsService statistics;

    @Autowired
    FactQueries queries;

    @Autowired
    FactProjector projector;

    @Autowired
    JdbcClient jdbc;

    private static final List<Breakdown> ALL = Breakdown.all();

    @Test
    void national_figures_from_the_packs_are_those_counted_row_by_row_and_a_rebuild_gives_the_same_packs() {
        Scenario first = new Scenario(fixtures, cases, children, 2003, "09");
        Scenario second = first.in(2004);
        Random random = new Random(2003);
        List<Child> kids = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Child child = first.child(random.nextBoolean() ? "M" : "F", 13 + random.nextInt(5));
            kids.add(child);
            CaseView kase = first.conflictCase(child, random.nextBoolean() ? "THEFT" : "DRUG_POSSESSION",
                    random.nextBoolean() ? "MISDEMEANOUR" : "FELONY");
            events(first, kase.id(), random, "2004-01-20");
            if (random.nextInt(3) == 0) {
                // Brought back in conflict with the law: a case of the next year, sometimes within the year.
                CaseView again = cases.open(second.police, new OpenCase(child.id().toString(), "CONFLICT_WITH_LAW",
                        "ROBBERY", "FELONY", true, 6, 24, LocalDate.of(2004, 1 + random.nextInt(12), 1), "090101",
                        null, List.of()));
                cases.grantAgency(again.id(), second.prison.agencyId(), org.komar.cases.PartyFunction.DETENTION);
                events(second, again.id(), random, "2004-12-20");
            }
        }
        Child corrected = kids.get(3);
        Child read = children.read(first.police, corrected.id());
        children.correct(first.police, corrected.id(), read.version(), new ChildDetails(read.nameLatin(),
                read.nameKhmer(), "M".equals(read.sex() == null ? null : read.sex().name()) ? "F" : "M",
                read.birthClaim().date(), "DAY", "BIRTH_CERTIFICATE", read.residence(), true, "Hearing", "KHMER",
                "KH", List.of("km"), List.of()));

        List<Period> periods = List.of(Period.year(2003), Period.year(2004),
                new Period(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31), Period.year(2004).asOf()),
                new Period(LocalDate.of(2003, 1, 1), LocalDate.of(2004, 12, 31), Period.year(2004).asOf()),
                new Period(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31), at("2003-07-15T12:00:00")),
                new Period(LocalDate.of(2003, 4, 1), LocalDate.of(2003, 9, 30), at("2004-06-30T23:59:59")));
        for (Period period : periods) {
            assertSameFromRows(period);
        }
        Figures year = statistics.computeNational(Period.year(2003), ALL);
        // 2003 counted at the end of 2004: the re-offences of 2004 count.
        Figures later = statistics.computeNational(new Period(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31),
                Period.year(2004).asOf()), ALL);
        for (Statistic counted : List.of(Indicator.CHILDREN_ARRESTED, OperationalFigure.TIME_TO_LAWYER,
                Indicator.CHILDREN_IN_DETENTION, Indicator.AFTERCARE, Indicator.CUSTODIAL_SENTENCING,
                Indicator.CONTACT_WITH_PARENTS_AND_FAMILY, OperationalFigure.HEARINGS_IN_CAMERA)) {
            assertThat(year.find(counted.code()).orElseThrow().total().numerator()).as(counted.code()).isPositive();
        }
        assertThat(later.find(OperationalFigure.REOFFENDING_AFTER_RELEASE.code()).orElseThrow().total().numerator())
                .isPositive();
        assertThat(statistics.computeNational(Period.year(2004), ALL).find(Indicator.CHILDREN_IN_DETENTION.code())
                .orElseThrow().total().numerator()).as("none of these children held at the end of 2004").isZero();

        Map<String, List<ByteBuffer>> kept = PackChecks.snapshot(jdbc);
        projector.rebuild(done -> { });

        assertThat(PackChecks.snapshot(jdbc)).as("packs derived again from every timeline").isEqualTo(kept);
        for (Period period : periods) {
            assertSameFromRows(period);
        }
    }

    /**
     * Random events of a case in the scenario's year; some voided. A child still held is released on {@code
     * releasedBy} at the latest, so that no child of these years is counted held in the census of another test.
     */
    private static void events(Scenario s, CaseId id, Random random, String releasedBy) {
        Events events = new Events(s, id);
        int month = 1 + random.nextInt(6);
        String day = String.format("%02d-%02d", month, 1 + random.nextInt(28));
        events.add(s.police, "ARRESTED", day + "T08:00", "flagrant", random.nextBoolean());
        if (random.nextBoolean()) {
            events.add(s.police, "NOTIFIED", day + "T" + (10 + random.nextInt(10)) + ":30", "party", "LAWYER",
                    "reached", true);
        }
        String facility = "PRI-" + s.province;
        boolean held = random.nextInt(3) > 0;
        if (held) {
            events.add(s.judge, "PRETRIAL_DETENTION_ORDERED", next(month, 1) + "T09:00", "facility", facility);
            events.add(s.prison, "PLACED", next(month, 1) + "T14:00", "facility", facility, "separatedFromAdults",
                    random.nextBoolean());
            for (int i = random.nextInt(3); i > 0; i--) {
                events.add(s.prison, "FAMILY_CONTACT", next(month, 1 + i) + "T10:00", "kind", "VISIT");
            }
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            events.add(s.judge, "HEARING_HELD", next(month, 1 + i) + "T08:00", "inCamera", random.nextBoolean());
        }
        if (random.nextBoolean()) {
            events.add(s.prosecutor, "DIVERSION_ORDERED", next(month, 4) + "T08:00", "by", "PROSECUTOR");
        } else {
            events.add(s.judge, "SENTENCED", next(month, 4) + "T08:00", "custodial", random.nextBoolean(), "months",
                    6);
        }
        if (held && random.nextBoolean()) {
            events.add(s.prison, "RELEASED", next(month, 5) + "T08:00", "reason", "END_OF_SENTENCE");
            held = false;
            if (random.nextBoolean()) {
                events.add(s.social, "AFTERCARE_STARTED", next(month, 5 + random.nextInt(2)) + "T09:00", "service",
                        "Family support");
            }
        }
        if (held && random.nextBoolean()) {
            events.add(s.prison, "FAMILY_CONTACT", "12-10T10:00", "kind", "CALL");
        }
        if (random.nextInt(4) == 0) {
            events.voidOne(random);
        }
        if (held) {
            events.add(s.prison, "RELEASED", OffsetDateTime.parse(releasedBy + "T08:00:00+07:00"), "reason",
                    "END_OF_SENTENCE");
        }
    }

    /** The events recorded on a case, with who recorded them (who may void them). */
    private record Events(Scenario scenario, CaseId id, List<Object[]> recorded) {

        Events(Scenario scenario, CaseId id) {
            this(scenario, id, new ArrayList<>());
        }

        void add(org.komar.access.Actor actor, String type, String when, Object... attributes) {
            recorded.add(new Object[] {actor, scenario.record(actor, id, type, when, attributes)});
        }

        void add(org.komar.access.Actor actor, String type, OffsetDateTime when, Object... attributes) {
            scenario.fixtures().record(actor, id, type, when, attributes);
        }

        void voidOne(Random random) {
            Object[] mistaken = recorded.get(1 + random.nextInt(recorded.size() - 1));
            scenario.voidEvent((org.komar.access.Actor) mistaken[0], id, (LegalEvent) mistaken[1]);
        }
    }

    private static String next(int month, int after) {
        return String.format("%02d-15", month + after);
    }

    private static java.time.Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    private void assertSameFromRows(Period period) {
        PackChecks.assertSameFromRows(statistics, queries, period);
    }
}
