package org.komar.diversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.access.UserId;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.support.IntegrationTest;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * JJL Art. 70 by moving the clock: a modification the authority leaves undecided is deemed approved at the end of
 * the fifth working day after the request (weekends and the public holidays of the calendar not counted), and not a
 * moment before; a decided request is never decided again; running the job twice records nothing more.
 */
class DeemedApprovalTest extends IntegrationTest {

    @Autowired
    DeemedApproval job;

    @Autowired
    CaseService cases;

    private Actor prosecutor;
    private Actor social;
    private CaseView kase;

    /**
     * A diversion under way whose social agent asks for a change on Thursday 5 November 2026: Friday counts, the
     * weekend and Monday 9 November (Independence Day, in the holiday calendar) do not, so the fifth working day is
     * Friday 13 November and the request is deemed approved at its end, Saturday 00:00 in Phnom Penh.
     */
    @BeforeEach
    void aModificationRequestedOnThursdayBeforeTheIndependenceDayWeekend() {
        clock.set(at("2026-11-05T10:05").toInstant());
        Actor police = fixtures.actor(Role.POLICE, "12");
        prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        social = fixtures.actor(Role.SOCIAL_AGENT, "12");
        Child child = fixtures.child(police, "Keo Rithy", "កែវ រិទ្ធី", "M", LocalDate.of(2010, 2, 1));
        kase = fixtures.conflictCase(police, child, "PETTY_THEFT", "MISDEMEANOUR", LocalDate.of(2026, 9, 20));
        fixtures.record(prosecutor, kase.id(), "DIVERSION_CONSIDERED", at("2026-09-28T09:00"), "by", "PROSECUTOR",
                "decision", "DIVERTED", "reasons", List.of("CONDITIONS_MET"));
        fixtures.record(prosecutor, kase.id(), "DIVERSION_ORDERED", at("2026-09-28T09:30"), "by", "PROSECUTOR",
                "measures", List.of(Map.of("type", "SCHOOL_ATTENDANCE", "months", 6)));
        fixtures.record(prosecutor, kase.id(), "DIVERSION_PLAN_DECIDED", at("2026-10-15T09:00"), "approved", true);
        fixtures.record(social, kase.id(), "DIVERSION_MODIFICATION_REQUESTED", at("2026-11-05T10:00"));
    }

    @Test
    void an_undecided_modification_is_not_approved_before_the_end_of_the_fifth_working_day() {
        clock.set(at("2026-11-12T23:59").plusSeconds(59).toInstant());
        job.approveOverdue();
        assertThat(decisions()).as("Thursday 12th: five days without the holiday, four with it").isEmpty();

        clock.set(at("2026-11-13T23:59").plusSeconds(59).toInstant());
        job.approveOverdue();
        assertThat(decisions()).as("one second before the deadline").isEmpty();
    }

    @Test
    void an_undecided_modification_is_deemed_approved_at_the_deadline_once_however_often_the_job_runs() {
        clock.set(at("2026-11-14T00:00").toInstant());
        job.approveOverdue();
        job.approveOverdue();
        clock.set(at("2026-11-20T08:00").toInstant());
        job.approveOverdue();

        assertThat(decisions()).singleElement().satisfies(decided -> {
            assertThat(decided.occurredAt()).isEqualTo(at("2026-11-14T00:00"));
            assertThat(decided.attributes().isTrue("approved")).isTrue();
            assertThat(decided.attributes().isTrue("automatic")).isTrue();
            assertThat(decided.recordedBy()).isEqualTo(UserId.SYSTEM);
        });
    }

    @Test
    void a_modification_the_authority_decided_in_time_is_not_approved_automatically() {
        clock.set(at("2026-11-10T11:00").toInstant());
        fixtures.record(prosecutor, kase.id(), "DIVERSION_MODIFICATION_DECIDED", at("2026-11-10T10:00"),
                "approved", false);

        clock.set(at("2026-11-30T08:00").toInstant());
        job.approveOverdue();

        assertThat(decisions()).singleElement().satisfies(decided -> {
            assertThat(decided.attributes().isFalse("approved")).isTrue();
            assertThat(decided.attributes().has("automatic")).isFalse();
        });
    }

    private List<LegalEvent> decisions() {
        return cases.timeline(prosecutor, kase.id()).ofType(EventType.DIVERSION_MODIFICATION_DECIDED);
    }

    private static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + ":00+07:00");
    }
}
