package org.komar.courts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hearings: scheduling, the calendar and its scope, holding in camera on the timeline, postponing, admitting monitors. */
class CourtsTest extends IntegrationTest {

    @Autowired
    CourtService courts;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    private Actor police;
    private Actor clerk;
    private Child child;
    private CaseView kase;

    @BeforeEach
    void aCaseInPhnomPenhBeforeItsCourt() {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0).atZone(Cambodia.ZONE).toInstant());
        police = fixtures.actor(Role.POLICE, "12");
        clerk = fixtures.actor(Role.COURT_CLERK, "12");
        child = fixtures.child(police, "Keo Rithy", "កែវ រិទ្ធី", "M", LocalDate.of(2010, 5, 1));
        kase = fixtures.conflictCase(police, child, "THEFT", "MISDEMEANOUR", LocalDate.of(2026, 9, 1));
    }

    @Test
    void a_hearing_held_in_camera_is_a_hearing_held_event_on_the_timeline_linked_to_the_scheduled_hearing() {
        Hearing hearing = schedule(clerk, "2026-11-20T08:30", "TRIAL");
        assertThat(hearing.status()).isEqualTo(HearingStatus.SCHEDULED);
        assertThat(hearing.court()).isEqualTo(clerk.agencyId());
        assertThat(hearing.offenceClass()).isEqualTo("MISDEMEANOUR");

        clock.set(LocalDateTime.of(2026, 11, 20, 10, 0).atZone(Cambodia.ZONE).toInstant());
        Hearing held = courts.hold(clerk, hearing.id(), new CourtService.HeldHearing(true, false, true, true, false,
                true, null, null, null));

        assertThat(held.status()).isEqualTo(HearingStatus.HELD);
        LegalEvent event = cases.timeline(clerk, kase.id()).ofType(EventType.HEARING_HELD).get(0);
        assertThat(held.heldEventId()).isEqualTo(event.id().value());
        assertThat(event.occurredAt().toInstant()).isEqualTo(hearing.scheduledAt());
        assertThat(event.attributes().text("hearing")).contains(hearing.id().toString());
        assertThat(event.attributes().isTrue("inCamera")).isTrue();
        assertThat(event.attributes().isFalse("judgmentInPublic")).isTrue();
        assertThat(event.attributes().isTrue("screenOrVideoUsed")).isTrue();
        assertThat(event.attributes().has("immediateAppearance")).isFalse();
        assertThat(audited("HEARING_HELD", hearing)).isEqualTo(1);
    }

    @Test
    void a_hearing_is_held_from_its_time_on_not_before() {
        Hearing hearing = schedule(clerk, "2026-11-20T08:30", "TRIAL");
        clock.set(LocalDateTime.of(2026, 11, 20, 8, 24).atZone(Cambodia.ZONE).toInstant());
        assertThatThrownBy(() -> courts.hold(clerk, hearing.id(), flags()))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.code()).isEqualTo("HEARING_NOT_BEGUN"));
        assertThat(cases.timeline(clerk, kase.id()).contains(EventType.HEARING_HELD)).isFalse();

        clock.set(LocalDateTime.of(2026, 11, 20, 8, 30).atZone(Cambodia.ZONE).toInstant());
        assertThat(courts.hold(clerk, hearing.id(), flags()).status()).isEqualTo(HearingStatus.HELD);
        assertThatThrownBy(() -> courts.hold(clerk, hearing.id(), flags()))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.code()).isEqualTo("HEARING_NOT_SCHEDULED"));
    }

    @Test
    void only_the_hearings_own_court_changes_it_and_only_court_people_schedule() {
        Hearing hearing = schedule(clerk, "2026-11-18T08:00", "TRIAL");
        Actor otherCourtsJudge = fixtures.actor(Role.JUDGE, "12");
        assertThatThrownBy(() -> courts.hold(otherCourtsJudge, hearing.id(), flags()))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.code()).isEqualTo("HEARING_OF_ANOTHER_COURT"));
        assertThatThrownBy(() -> courts.schedule(police, new CourtService.NewHearing(kase.id().toString(),
                "2026-11-25T08:00", "TRIAL", null)))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.status()).isEqualTo(403));
        Actor farJudge = fixtures.actor(Role.JUDGE, "17");
        assertThatThrownBy(() -> courts.schedule(farJudge, new CourtService.NewHearing(kase.id().toString(),
                "2026-11-25T08:00", "TRIAL", null)))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> courts.read(farJudge, hearing.id()))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.code()).isEqualTo("HEARING_NOT_FOUND"));
    }

    @Test
    void a_postponed_hearing_keeps_its_reason_and_is_replaced_by_the_next_with_its_monitors() {
        Actor monitor = fixtures.actor(Role.TRIAL_MONITOR, "12");
        Hearing hearing = schedule(clerk, "2026-11-18T08:00", "TRIAL");
        courts.admitMonitor(clerk, hearing.id(), monitor.username());

        assertThatThrownBy(() -> courts.postpone(clerk, hearing.id(), new CourtService.Postponement("LAWYER_ABSENT",
                null, "2026-11-17T08:00", null)))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.fieldProblems())
                        .anyMatch(p -> p.code().equals("HEARING_POSTPONED_TO_EARLIER")));
        assertThatThrownBy(() -> courts.postpone(clerk, hearing.id(), new CourtService.Postponement("OTHER", " ",
                null, null)))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.fieldProblems())
                        .anyMatch(p -> p.field().equals("note")));

        Hearing postponed = courts.postpone(clerk, hearing.id(), new CourtService.Postponement(
                "CHILD_NOT_BROUGHT", "The prison sent no transport", "2026-12-02T08:00", null));
        assertThat(postponed.status()).isEqualTo(HearingStatus.POSTPONED);
        assertThat(postponed.postponementReason()).isEqualTo(PostponementReason.CHILD_NOT_BROUGHT);
        Hearing next = courts.read(clerk, postponed.replacedBy());
        assertThat(next.replaces()).isEqualTo(hearing.id());
        assertThat(next.status()).isEqualTo(HearingStatus.SCHEDULED);
        assertThat(next.scheduledAt()).isEqualTo(LocalDateTime.of(2026, 12, 2, 8, 0).atZone(Cambodia.ZONE).toInstant());
        assertThat(next.monitors()).containsExactly(monitor.userId());
        assertThatThrownBy(() -> courts.hold(clerk, hearing.id(), flags()))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.code()).isEqualTo("HEARING_NOT_SCHEDULED"));
    }

    @Test
    void the_calendar_shows_a_week_of_hearings_only_to_people_who_see_their_cases() throws Exception {
        Hearing monday = schedule(clerk, "2026-11-16T00:00", "TRIAL");
        Hearing sunday = schedule(clerk, "2026-11-22T23:30", "JUDGMENT");
        Hearing nextMonday = schedule(clerk, "2026-11-23T00:00", "APPEAL");
        LocalDate from = LocalDate.of(2026, 11, 16);

        assertThat(courts.agenda(fixtures.actor(Role.JUDGE, "12"), from, from.plusDays(6), null, null))
                .extracting(Hearing::id).contains(monday.id(), sunday.id()).doesNotContain(nextMonday.id());
        assertThat(courts.agenda(fixtures.actor(Role.JUDGE, "17"), from, from.plusDays(6), null, null))
                .extracting(Hearing::id).doesNotContain(monday.id(), sunday.id());
        assertThat(courts.agenda(fixtures.actor(Role.POLICE, "12"), from, from.plusDays(6), null, null))
                .as("police of another unit").isEmpty();
        Actor lawyer = fixtures.actor(Role.LAWYER, "01");
        cases.addParty(police, kase.id(), new OpenCase.NewParty(null, lawyer.username(), "LEGAL_AID"));
        assertThat(courts.agenda(lawyer, from, from.plusDays(6), null, null)).extracting(Hearing::id)
                .containsExactly(monday.id(), sunday.id());
        assertThatThrownBy(() -> courts.agenda(fixtures.actor(Role.TRIAL_MONITOR, "12"), from, from, null, null))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.status()).isEqualTo(403));

        Actor far = fixtures.actor(Role.COURT_CLERK, "17");
        String body = mvc.perform(get("/api/v1/hearings?from=2026-11-16&to=2026-11-22")
                        .header("Authorization", bearer(far)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(kase.id().toString(), kase.caseNumber());
        mvc.perform(get("/api/v1/hearings?from=2026-11-16&to=2026-11-22&caseId=" + kase.id())
                        .header("Authorization", bearer(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].id").value(monday.id().toString()))
                .andExpect(jsonPath("$.items[1].kind").value("JUDGMENT"))
                .andExpect(jsonPath("$.items[1].scheduledAt").value("2026-11-22T23:30:00+07:00"));
        mvc.perform(get("/api/v1/hearings?from=2026-11-16&to=2026-11-15").header("Authorization", bearer(clerk)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_api_schedules_holds_and_postpones_and_refuses_bad_input_without_changing_anything() throws Exception {
        String auth = bearer(clerk);
        mvc.perform(post("/api/v1/hearings").header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\": \"" + kase.id() + "\", \"scheduledAt\": \"soon\", \"kind\": \"PARTY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        assertThat(courts.ofCase(clerk, kase.id())).isEmpty();

        String id = readJson(mvc.perform(post("/api/v1/hearings").header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"caseId\": \"" + kase.id()
                                + "\", \"scheduledAt\": \"2026-11-18T08:00:00+07:00\", \"kind\": \"TRIAL\","
                                + " \"chamber\": \"Juvenile chamber\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(kase.caseNumber()))
                .andExpect(jsonPath("$.chamber").value("Juvenile chamber"))
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andReturn().getResponse().getContentAsString()).get("id").asText();
        mvc.perform(post("/api/v1/hearings/" + id + "/held").header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"inCamera\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.heldEventId").isNotEmpty());
        mvc.perform(post("/api/v1/hearings/" + id + "/postpone").header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"LAWYER_ABSENT\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("HEARING_NOT_SCHEDULED"));
        mvc.perform(get("/api/v1/hearings/not-an-id").header("Authorization", auth))
                .andExpect(status().isNotFound());
    }

    @Test
    void only_trial_monitors_are_admitted() {
        Hearing hearing = schedule(clerk, "2026-11-18T08:00", "TRIAL");
        Actor lawyer = fixtures.actor(Role.LAWYER, "12");
        assertThatThrownBy(() -> courts.admitMonitor(clerk, hearing.id(), lawyer.username()))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.fieldProblems())
                        .anyMatch(p -> p.code().equals("HEARING_MONITOR_UNKNOWN")));
        Actor monitor = fixtures.actor(Role.TRIAL_MONITOR, fixtures.agency(AgencyType.TRIAL_MONITORING, "12"));
        courts.admitMonitor(clerk, hearing.id(), monitor.username());
        assertThat(courts.admitMonitor(clerk, hearing.id(), monitor.username()).monitors())
                .containsExactly(monitor.userId());
    }

    private Hearing schedule(Actor court, String at, String kind) {
        return courts.schedule(court, new CourtService.NewHearing(kase.id().toString(), at, kind, "Chamber 1"));
    }

    private static CourtService.HeldHearing flags() {
        return new CourtService.HeldHearing(true, false, true, true, true, false, false, null, null);
    }

    private long audited(String action, Hearing hearing) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND subject_id = :id")
                .param("action", action).param("id", hearing.id().toString()).query(Long.class).single();
    }

    static List<Instant> times(List<Hearing> hearings) {
        return hearings.stream().map(Hearing::scheduledAt).toList();
    }

    static Duration hours(int n) {
        return Duration.ofHours(n);
    }
}
