package org.komar.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildService;
import org.komar.shared.CaseId;
import org.komar.support.Fixtures;
import org.komar.timeline.LegalEvent;

/**
 * Children and cases for the statistics integration tests, in a year of their own so that the figures of one test
 * are not disturbed by the data of any other test sharing the database. Events are recorded by a user of a role
 * allowed to record them, in the province of the case.
 */
final class Scenario {

    private final Fixtures fixtures;
    private final CaseService cases;
    private final ChildService children;
    final int year;
    final String province;
    final Actor police;
    final Actor prosecutor;
    final Actor judge;
    final Actor prison;
    final Actor social;

    Scenario(Fixtures fixtures, CaseService cases, ChildService children, int year, String province) {
        this.fixtures = fixtures;
        this.cases = cases;
        this.children = children;
        this.year = year;
        this.province = province;
        this.police = fixtures.actor(Role.POLICE, province);
        this.prosecutor = fixtures.actor(Role.PROSECUTOR, province);
        this.judge = fixtures.actor(Role.JUDGE, province);
        this.prison = fixtures.actor(Role.DETENTION_OFFICER, province);
        this.social = fixtures.actor(Role.SOCIAL_AGENT, province);
    }

    private Scenario(Scenario other, int year) {
        this.fixtures = other.fixtures;
        this.cases = other.cases;
        this.children = other.children;
        this.year = year;
        this.province = other.province;
        this.police = other.police;
        this.prosecutor = other.prosecutor;
        this.judge = other.judge;
        this.prison = other.prison;
        this.social = other.social;
    }

    Fixtures fixtures() {
        return fixtures;
    }

    /** The same people recording events of another year. */
    Scenario in(int otherYear) {
        return new Scenario(this, otherYear);
    }

    Period period() {
        return Period.year(year);
    }

    /** A child aged {@code age} on 1 March of the scenario's year. */
    Child child(String sex, int age, String ethnicity, String nationality, boolean disability) {
        return children.register(police, new ChildDetails("Stat Child", "កុមារ ស្ថិតិ", sex,
                LocalDate.of(year, 3, 1).minusYears(age), "DAY", "BIRTH_CERTIFICATE", province + "010101",
                disability, disability ? "Hearing" : null, ethnicity, nationality, List.of("km"), List.of()));
    }

    Child child(String sex, int age) {
        return child(sex, age, "KHMER", "KH", false);
    }

    CaseView conflictCase(Child child, String offence, String offenceClass) {
        CaseView opened = cases.open(police, new OpenCase(child.id().toString(), "CONFLICT_WITH_LAW", offence,
                offenceClass, true, 6, 24, LocalDate.of(year, 3, 1), province + "0101", null, List.of()));
        cases.grantAgency(opened.id(), prison.agencyId(), org.komar.cases.PartyFunction.DETENTION);
        return opened;
    }

    static OffsetDateTime at(int year, String monthDayTime) {
        return OffsetDateTime.parse(year + "-" + monthDayTime + ":00+07:00");
    }

    LegalEvent record(Actor actor, CaseId id, String type, String monthDayTime, Object... attributes) {
        return fixtures.record(actor, id, type, at(year, monthDayTime), attributes);
    }

    void voidEvent(Actor actor, CaseId id, LegalEvent event) {
        cases.voidEvent(actor, id, event.id(), null, "Recorded by mistake");
    }

    /** Population CSV: {@code perCell} children for every province, sex and age. */
    static String populationCsv(int perCell) {
        StringBuilder csv = new StringBuilder("province,sex,age,children\n");
        for (int p = 1; p <= 25; p++) {
            for (String sex : List.of("M", "F")) {
                for (int age = 0; age < 18; age++) {
                    csv.append(String.format("%02d,%s,%d,%d%n", p, sex, age, perCell));
                }
            }
        }
        return csv.toString();
    }
}
