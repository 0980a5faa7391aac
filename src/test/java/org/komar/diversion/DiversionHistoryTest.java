package org.komar.diversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.UserId;
import org.komar.calendar.WorkingDays;
import org.komar.shared.CaseId;
import org.komar.timeline.Attributes;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;
import org.komar.timeline.Voiding;

/** A case's diversion derived from its timeline: statuses, the order requests are answered in, the law's dates. */
class DiversionHistoryTest {

    /** Independence Day, a Monday. */
    private static final WorkingDays CALENDAR = new WorkingDays(List.of(LocalDate.of(2026, 11, 9)));

    private final CaseId caseId = CaseId.random();
    private final List<LegalEvent> events = new ArrayList<>();

    @Test
    void an_order_awaits_its_plan_for_one_month_then_is_under_way_once_the_plan_is_approved() {
        add(EventType.DIVERSION_CONSIDERED, "2026-10-01T09:00", "by", "PROSECUTOR", "decision", "DIVERTED");
        add(EventType.DIVERSION_ORDERED, "2026-10-01T10:00", "measures",
                List.of(Map.of("type", "SCHOOL_ATTENDANCE", "months", 6)));

        DiversionHistory.Order ordered = history().current().orElseThrow();
        assertThat(ordered.by()).as("the stage comes from the consideration that diverted").isEqualTo("PROSECUTOR");
        assertThat(ordered.status()).isEqualTo(DiversionStatus.AWAITING_PLAN);
        assertThat(ordered.planDue()).as("a month ends on a Sunday: the next working day").contains(at("2026-11-03T00:00"));

        add(EventType.DIVERSION_PLAN_DECIDED, "2026-10-20T10:00", "approved", true, "planVersion", 2);
        DiversionHistory.Order underWay = history().current().orElseThrow();
        assertThat(underWay.status()).isEqualTo(DiversionStatus.UNDER_WAY);
        assertThat(underWay.planVersion()).isEqualTo(2);
        assertThat(underWay.planDue()).isEmpty();
        assertThat(underWay.nextDue()).isEmpty();
    }

    @Test
    void a_plan_sent_back_is_due_again_one_month_after_that_decision() {
        add(EventType.DIVERSION_ORDERED, "2026-10-01T10:00", "by", "INVESTIGATING_JUDGE");
        add(EventType.DIVERSION_PLAN_DECIDED, "2026-10-25T10:00", "approved", false);

        assertThat(history().current().orElseThrow().planDue()).contains(at("2026-11-26T00:00"));
    }

    @Test
    void a_modification_request_is_due_after_five_working_days_not_counting_the_weekend_and_the_holiday() {
        add(EventType.DIVERSION_ORDERED, "2026-10-01T10:00", "by", "PROSECUTOR");
        add(EventType.DIVERSION_PLAN_DECIDED, "2026-10-10T10:00");
        add(EventType.DIVERSION_MODIFICATION_REQUESTED, "2026-11-05T10:00", "planVersion", 2);

        DiversionHistory history = history();
        DiversionHistory.Modification request = history.current().orElseThrow().pendingModification().orElseThrow();
        assertThat(request.dueAt()).isEqualTo(at("2026-11-14T00:00"));
        assertThat(history.overdueModifications(at("2026-11-13T23:59"))).isEmpty();
        assertThat(history.overdueModifications(at("2026-11-14T00:00"))).containsExactly(request);
    }

    @Test
    void decisions_answer_modification_requests_in_the_order_they_were_made() {
        add(EventType.DIVERSION_ORDERED, "2026-10-01T10:00", "by", "PROSECUTOR");
        add(EventType.DIVERSION_MODIFICATION_REQUESTED, "2026-10-05T10:00");
        add(EventType.DIVERSION_MODIFICATION_REQUESTED, "2026-10-06T10:00");
        add(EventType.DIVERSION_MODIFICATION_DECIDED, "2026-10-07T10:00", "approved", false);

        List<DiversionHistory.Modification> requests = history().current().orElseThrow().modifications();
        assertThat(requests.get(0).approved()).isFalse();
        assertThat(requests.get(1).pending()).isTrue();
    }

    @Test
    void a_report_of_non_compliance_calls_for_a_hearing_within_15_days_and_its_outcome_ends_or_continues_it() {
        add(EventType.DIVERSION_ORDERED, "2026-10-01T10:00", "by", "TRIAL_COURT");
        add(EventType.DIVERSION_PLAN_DECIDED, "2026-10-10T10:00");
        add(EventType.DIVERSION_NONCOMPLIANCE_REPORTED, "2026-11-02T10:00");

        DiversionHistory.Order reported = history().current().orElseThrow();
        assertThat(reported.status()).isEqualTo(DiversionStatus.NONCOMPLIANCE_REPORTED);
        assertThat(reported.awaitedHearing().orElseThrow().hearingDueAt()).isEqualTo(at("2026-11-18T00:00"));

        add(EventType.DIVERSION_HEARING_HELD, "2026-11-12T10:00", "outcome", "PLAN_CONTINUED");
        assertThat(history().current().orElseThrow().status()).isEqualTo(DiversionStatus.UNDER_WAY);

        add(EventType.DIVERSION_NONCOMPLIANCE_REPORTED, "2026-12-01T10:00");
        add(EventType.DIVERSION_HEARING_HELD, "2026-12-08T10:00", "outcome", "PROCEEDINGS_RESUMED");
        DiversionHistory.Order failed = history().current().orElseThrow();
        assertThat(failed.status()).isEqualTo(DiversionStatus.FAILED);
        assertThat(failed.endedAt()).isEqualTo(at("2026-12-08T10:00"));
    }

    @Test
    void a_new_order_replaces_the_previous_one_and_a_completed_one_has_nothing_due() {
        add(EventType.DIVERSION_ORDERED, "2026-10-01T10:00", "by", "PROSECUTOR");
        add(EventType.DIVERSION_MODIFICATION_REQUESTED, "2026-10-05T10:00");
        add(EventType.DIVERSION_ORDERED, "2026-10-06T10:00", "by", "PROSECUTOR");
        add(EventType.DIVERSION_PLAN_DECIDED, "2026-10-10T10:00");
        add(EventType.DIVERSION_COMPLETED, "2027-03-10T10:00");

        DiversionHistory history = history();
        assertThat(history.orders()).extracting(DiversionHistory.Order::status)
                .containsExactly(DiversionStatus.REPLACED, DiversionStatus.COMPLETED);
        assertThat(history.overdueModifications(at("2027-06-01T00:00")))
                .as("a request on a replaced order is never deemed approved").isEmpty();
        assertThat(history.current().orElseThrow().nextDue()).isEmpty();
    }

    @Test
    void police_warnings_count_as_the_police_stage_and_voided_events_count_for_nothing() {
        add(EventType.POLICE_WARNING, "2026-10-01T10:00", "form", "WRITTEN");
        addVoided(EventType.DIVERSION_ORDERED, "2026-10-02T10:00");

        DiversionHistory history = history();
        assertThat(history.considerations()).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("POLICE");
            assertThat(c.decision()).isEqualTo("WARNED");
            assertThat(c.warningForm()).isEqualTo("WRITTEN");
        });
        assertThat(history.orders()).isEmpty();
    }

    private DiversionHistory history() {
        return DiversionHistory.of(new Timeline(caseId, events.size(), events), CALENDAR);
    }

    private void add(EventType type, String at, Object... attributes) {
        add(type, at, false, attributes);
    }

    private void addVoided(EventType type, String at, Object... attributes) {
        add(type, at, true, attributes);
    }

    private void add(EventType type, String at, boolean voided, Object... attributes) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put((String) attributes[i], attributes[i + 1]);
        }
        OffsetDateTime when = OffsetDateTime.parse(at + ":00+07:00");
        UserId recorder = new UserId(UUID.randomUUID());
        events.add(new LegalEvent(new EventId(UUID.randomUUID()), caseId, events.size() + 1, type, when,
                when.toInstant(), recorder, Attributes.from(map),
                voided ? new Voiding("entered in error", Instant.now(), recorder) : null));
    }

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+07:00").toInstant();
    }
}
