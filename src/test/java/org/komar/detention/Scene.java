package org.komar.detention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.komar.access.Actor;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.cases.PartyFunction;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildService;
import org.komar.facility.Facility;
import org.komar.facility.FacilityDetails;
import org.komar.facility.FacilityRegister;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.support.Fixtures;
import org.komar.timeline.LegalEvent;

/**
 * People, facilities and cases of one detention test, in a province, with facilities of their own (unique codes)
 * so that what a roll shows is exactly what the test recorded.
 */
final class Scene {

    final Fixtures fixtures;
    final CaseService cases;
    final ChildService children;
    final FacilityRegister register;
    final String province;
    final Actor admin;
    final Actor police;
    final Actor judge;
    final Actor prison;
    final Actor social;
    final Instant now;

    Scene(Fixtures fixtures, CaseService cases, ChildService children, FacilityRegister register, String province,
          Instant now) {
        this.fixtures = fixtures;
        this.cases = cases;
        this.children = children;
        this.register = register;
        this.province = province;
        this.now = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.admin = fixtures.actor(Role.ADMINISTRATOR, province);
        this.police = fixtures.actor(Role.POLICE, province);
        this.judge = fixtures.actor(Role.INVESTIGATING_JUDGE, province);
        this.prison = fixtures.actor(Role.DETENTION_OFFICER, fixtures.agency(AgencyType.PRISON, province));
        this.social = fixtures.actor(Role.SOCIAL_AGENT, province);
    }

    Facility facility(String type, int boysPretrial) {
        return register.create(admin, new FacilityDetails(Fixtures.unique("T"), "Test facility", "ទីកន្លែងសាកល្បង",
                type, province, 100, true, true, List.of(new FacilityDetails.SectionPlaces("PRETRIAL", "BOYS",
                boysPretrial))));
    }

    Child child(String sex, int age) {
        return children.register(police, new ChildDetails("Held " + Fixtures.unique("c"), "កុមារ ឃុំ", sex,
                LocalDate.ofInstant(now, Cambodia.ZONE).minusYears(age).minusDays(30), "DAY", "BIRTH_CERTIFICATE",
                province + "010101", false, null, "KHMER", "KH", List.of("km"), List.of()));
    }

    CaseView conflictCase(Child child) {
        CaseView view = cases.open(police, new OpenCase(child.id().toString(), "CONFLICT_WITH_LAW", "THEFT",
                "MISDEMEANOUR", true, 6, 24, LocalDate.ofInstant(now, Cambodia.ZONE).minusDays(60), province + "01",
                null, List.of()));
        cases.grantAgency(view.id(), prison.agencyId(), PartyFunction.DETENTION);
        return view;
    }

    LegalEvent record(Actor actor, CaseId id, String type, Instant at, Object... attributes) {
        return fixtures.record(actor, id, type, OffsetDateTime.ofInstant(at, Cambodia.ZONE), attributes);
    }

    Instant daysAgo(double days) {
        return now.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }
}
