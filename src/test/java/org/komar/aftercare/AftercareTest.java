package org.komar.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.PartyFunction;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** Aftercare plans at release, contacts and services on the timeline, re-offending links and figures. */
class AftercareTest extends IntegrationTest {

    @Autowired
    AftercareService aftercare;

    @Autowired
    CaseService cases;

    private Actor police;
    private Actor social;
    private Child child;
    private CaseView first;
    private OffsetDateTime released;

    @BeforeEach
    void aChildReleasedInFebruary() {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0).atZone(Cambodia.ZONE).toInstant());
        police = fixtures.actor(Role.POLICE, "12");
        social = fixtures.actor(Role.SOCIAL_AGENT, "12");
        child = fixtures.child(police, "Sok Pisey", "សុខ ពិសី", "M", LocalDate.of(2010, 4, 4));
        first = fixtures.conflictCase(police, child, "THEFT", "MISDEMEANOUR", LocalDate.of(2025, 12, 1));
        released = LocalDateTime.of(2026, 2, 10, 15, 0).atZone(Cambodia.ZONE).toOffsetDateTime();
        fixtures.record(social, first.id(), "RELEASED", released, "reason", "END_OF_SENTENCE");
    }

    @Test
    void a_plan_at_release_starts_aftercare_on_the_timeline_and_its_contacts_and_services_follow() {
        AftercarePlan plan = aftercare.create(social, new AftercareService.NewPlan(first.id().toString(), null,
                "2026-02-12", "Back to school", "Return to grade 8; weekly family visits",
                List.of("EDUCATION", "FAMILY_SUPPORT", "EDUCATION")));
        assertThat(plan.releasedAt()).isEqualTo(released.toInstant());
        assertThat(plan.services()).containsExactly("EDUCATION", "FAMILY_SUPPORT");
        assertThat(plan.agency()).isEqualTo(social.agencyId());

        aftercare.recordContact(social, plan.id(), new AftercareService.NewContact("CONTACT", null, "2026-03-01",
                "Home visit: attends school"));
        AftercarePlan after = aftercare.recordContact(social, plan.id(), new AftercareService.NewContact("SERVICE",
                "VOCATIONAL", "2026-04-01", null));
        assertThat(after.contacts()).extracting(AftercarePlan.Contact::kind)
                .containsExactly(ContactKind.CONTACT, ContactKind.SERVICE);

        var timeline = cases.timeline(social, first.id());
        LegalEvent started = timeline.ofType(EventType.AFTERCARE_STARTED).get(0);
        assertThat(started.id().value()).isEqualTo(plan.startedEventId());
        assertThat(started.attributes().text("service")).contains("Back to school");
        assertThat(timeline.ofType(EventType.AFTERCARE_CONTACT)).hasSize(1);
        assertThat(timeline.ofType(EventType.SERVICE_PROVIDED).get(0).attributes().text("kind")).contains("VOCATIONAL");
    }

    @Test
    void a_plan_needs_a_release_a_start_after_it_and_a_service_and_bad_input_changes_nothing() {
        CaseView never = fixtures.conflictCase(police, fixtures.child(police), "THEFT", "MISDEMEANOUR",
                LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> aftercare.create(social, new AftercareService.NewPlan(never.id().toString(), null,
                "2026-11-01", "P", "G", List.of("EDUCATION"))))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.fieldProblems())
                        .anyMatch(p -> p.code().equals("AFTERCARE_RELEASE_UNKNOWN")));
        assertThatThrownBy(() -> aftercare.create(social, new AftercareService.NewPlan(first.id().toString(), null,
                "2026-02-09", "P", "G", List.of())))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.code())
                        .contains("AFTERCARE_STARTS_BEFORE_RELEASE", "AFTERCARE_SERVICE_REQUIRED"));
        assertThat(aftercare.list(social, first.id())).isEmpty();
        assertThat(cases.timeline(social, first.id()).contains(EventType.AFTERCARE_STARTED)).isFalse();

        AftercarePlan plan = aftercare.create(social, new AftercareService.NewPlan(first.id().toString(), null,
                "2026-02-10", "P", "G", List.of("EDUCATION")));
        assertThatThrownBy(() -> aftercare.recordContact(social, plan.id(), new AftercareService.NewContact(
                "SERVICE", null, "2026-02-09", null)))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.code()).contains("REQUIRED", "AFTERCARE_CONTACT_BEFORE_START"));
    }

    @Test
    void only_those_who_make_plans_and_see_the_case_make_them() {
        AftercareService.NewPlan request = new AftercareService.NewPlan(first.id().toString(), null, "2026-02-12",
                "P", "G", List.of("EDUCATION"));
        assertThatThrownBy(() -> aftercare.create(police, request))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> aftercare.create(fixtures.actor(Role.SOCIAL_AGENT, "17"), request))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.status()).isEqualTo(404));
        AftercarePlan plan = aftercare.create(social, request);
        assertThatThrownBy(() -> aftercare.read(fixtures.actor(Role.NGO_CASE_WORKER, "12"), plan.id()))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.code())
                        .isEqualTo("AFTERCARE_PLAN_NOT_FOUND"));
    }

    @Test
    void a_new_case_after_release_is_linked_on_both_cases_for_those_who_see_both_and_counted_as_reoffending()
            throws Exception {
        aftercare.create(social, new AftercareService.NewPlan(first.id().toString(), null, "2026-02-12",
                "Back to school", "G", List.of("EDUCATION")));
        CaseView second = fixtures.conflictCase(police, child, "DRUG_USE", "MISDEMEANOUR", LocalDate.of(2026, 8, 10));

        List<AftercareService.Link> fromFirst = aftercare.links(social, first.id());
        assertThat(fromFirst).singleElement().satisfies(link -> {
            assertThat(link.otherCase()).isEqualTo(second.id());
            assertThat(link.later()).isTrue();
            assertThat(link.withinMonths()).isEqualTo(6);
            assertThat(link.began()).isEqualTo(LocalDate.of(2026, 8, 10));
        });
        assertThat(aftercare.links(social, second.id())).singleElement().satisfies(link -> {
            assertThat(link.otherCase()).isEqualTo(first.id());
            assertThat(link.later()).isFalse();
        });
        Actor ngo = fixtures.actor(Role.NGO_CASE_WORKER, "12");
        cases.grantAgency(first.id(), ngo.agencyId(), PartyFunction.SERVICE_PROVIDER);
        assertThat(aftercare.links(ngo, first.id())).as("the second case is out of the NGO's scope").isEmpty();

        MockHttpSession session = signIn(social);
        String panel = mvc.perform(get("/cases/" + first.id() + "/panels/aftercare").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("Back to school", "within 6 months", second.caseNumber());

        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        String body = mvc.perform(get("/api/v1/aftercare/recidivism?asOf=2026-11-18T09:00:00+07:00")
                        .header("Authorization", bearer(statistician)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(child.nameLatin(), first.id().toString(), first.caseNumber());
        var lines = readJson(body).get("lines");
        var own = java.util.stream.StreamSupport.stream(lines.spliterator(), false)
                .filter(l -> social.agencyId().toString().equals(l.path("agency").asText())
                        && "Back to school".equals(l.path("programme").asText())).findFirst().orElseThrow();
        assertThat(own.get("within6Months").get("numerator").asLong()).isEqualTo(1);
        assertThat(own.get("within6Months").get("denominator").asLong()).isEqualTo(1);
        assertThat(own.get("within12Months").get("denominator").asLong()).isZero();
        mvc.perform(get("/api/v1/aftercare/recidivism").header("Authorization", bearer(social)))
                .andExpect(status().isForbidden());

        String page = mvc.perform(get("/aftercare/recidivism?asOf=2026-11-18").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Back to school", "1 of 1", "(100%)");
        assertThat(aftercare.recidivism(social, clock.instant())).allMatch(l -> l.agency() == null
                || l.agency().equals(social.agencyId()));
    }

    @Test
    void the_plan_pages_render_for_the_social_agent() throws Exception {
        AftercarePlan plan = aftercare.create(social, new AftercareService.NewPlan(first.id().toString(), null,
                "2026-02-12", "Back to school", "Goals", List.of("EDUCATION")));
        MockHttpSession session = signIn(social);
        for (String path : List.of("/aftercare", "/aftercare/" + plan.id(), "/cases/" + first.id() + "/aftercare/new")) {
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/aftercare-plans?caseId=" + first.id()).header("Authorization", bearer(social)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].programme").value("Back to school"))
                .andExpect(jsonPath("$.items[0].releasedAt").value("2026-02-10T15:00:00+07:00"));
    }
}
