package org.komar.safeguards;

import static org.komar.cases.OffenceClass.FELONY;
import static org.komar.cases.OffenceClass.MISDEMEANOUR;
import static org.komar.cases.OffenceClass.PETTY;
import static org.komar.safeguards.Story.aChildAged;
import static org.komar.safeguards.Verdicts.breachedAt;
import static org.komar.safeguards.Verdicts.met;
import static org.komar.safeguards.Verdicts.notApplicable;
import static org.komar.safeguards.Verdicts.pendingUntil;
import static org.komar.safeguards.Verdicts.pendingWithoutTime;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.komar.timeline.EventType;

/** Diversion (DIV-1..5), trial (LAW-2, TRI-1..3) and the appeal file (APP-1). */
class DiversionAndTrialRulesTest {

    // DIV-1: each authority considers diversion before taking the case further.

    @Test
    void the_prosecutor_considers_diversion_before_charging_a_fifteen_year_old_for_a_misdemeanour() {
        Story story = aChildAged(15, MISDEMEANOUR, "2026-03-01").then(EventType.REFERRED_TO_PROSECUTOR,
                "2026-03-02T10:00");
        pendingWithoutTime(story.judge("DIV-1", "2026-03-03T10:00"));
        story.then(EventType.DIVERSION_CONSIDERED, "2026-03-04T10:00", "by", "PROSECUTOR", "decision", "NOT_DIVERTED")
                .then(EventType.CHARGED, "2026-03-05T10:00");
        SafeguardResult charged = story.judge("DIV-1", "2026-03-06T10:00");
        pendingWithoutTime(charged);
        org.assertj.core.api.Assertions.assertThat(charged.messageKey())
                .isEqualTo("safeguard.DIV-1.pending.INVESTIGATING_JUDGE");
        story.then(EventType.DIVERSION_CONSIDERED, "2026-04-01T10:00", "by", "INVESTIGATING_JUDGE",
                "decision", "NOT_DIVERTED").then(EventType.CLOSING_ORDER, "2026-04-02T10:00", "outcome", "SENT_TO_TRIAL")
                .then(EventType.DIVERSION_CONSIDERED, "2026-05-01T10:00", "by", "TRIAL_COURT", "decision", "NOT_DIVERTED")
                .then(EventType.VERDICT, "2026-05-02T10:00", "outcome", "CONVICTED");
        met(story.judge("DIV-1", "2026-05-03T10:00"));
    }

    @Test
    void charging_without_considering_diversion_breaches_div1_and_felonies_are_outside_it() {
        Story story = aChildAged(16, PETTY, "2026-03-01").then(EventType.REFERRED_TO_PROSECUTOR, "2026-03-02T10:00")
                .then(EventType.CHARGED, "2026-03-05T10:00");
        breachedAt(story.judge("DIV-1", "2026-03-06T10:00"), "2026-03-05T10:00");
        notApplicable(aChildAged(16, FELONY, "2026-03-01").then(EventType.REFERRED_TO_PROSECUTOR, "2026-03-02T10:00")
                .then(EventType.CHARGED, "2026-03-05T10:00").judge("DIV-1", "2026-03-06T10:00"));
        notApplicable(aChildAged(18, MISDEMEANOUR, "2026-03-01").then(EventType.REFERRED_TO_PROSECUTOR,
                "2026-03-02T10:00").then(EventType.CHARGED, "2026-03-05T10:00").judge("DIV-1", "2026-03-06T10:00"));
    }

    // DIV-2: plan within one month of the order, a procedural limit.

    @Test
    void the_diversion_plan_is_decided_within_a_month_rolled_past_khmer_new_year() {
        Story story = aChildAged(15, MISDEMEANOUR, "2026-03-01")
                .then(EventType.DIVERSION_ORDERED, "2026-03-14T10:00", "by", "PROSECUTOR");
        pendingUntil(story.judge("DIV-2", "2026-04-17T23:59"), "2026-04-18T00:00");
        pendingUntil(story.judge("DIV-2", "2026-04-18T00:00"), "2026-04-18T00:00");
        breachedAt(story.judge("DIV-2", "2026-04-18T00:01"), "2026-04-18T00:00");
        story.then(EventType.DIVERSION_PLAN_DECIDED, "2026-04-17T11:00", "approved", true);
        met(story.judge("DIV-2", "2026-04-18T00:01"));
    }

    @Test
    void a_rejected_plan_gives_another_month_for_the_new_one() {
        Story story = aChildAged(15, MISDEMEANOUR, "2026-03-01")
                .then(EventType.DIVERSION_ORDERED, "2026-03-14T10:00", "by", "PROSECUTOR")
                .then(EventType.DIVERSION_PLAN_DECIDED, "2026-04-10T10:00", "approved", false);
        pendingUntil(story.judge("DIV-2", "2026-05-01T10:00"), "2026-05-12T00:00");
    }

    // DIV-3: five working days, else deemed approved.

    @Test
    void a_modification_request_is_decided_within_five_working_days_skipping_the_new_year_holidays() {
        Story story = aChildAged(15, MISDEMEANOUR, "2026-03-01")
                .then(EventType.DIVERSION_ORDERED, "2026-03-14T10:00", "by", "PROSECUTOR")
                .then(EventType.DIVERSION_MODIFICATION_REQUESTED, "2026-04-10T10:00");
        pendingUntil(story.judge("DIV-3", "2026-04-22T23:59"), "2026-04-23T00:00");
        pendingUntil(story.judge("DIV-3", "2026-04-23T00:00"), "2026-04-23T00:00");
        breachedAt(story.judge("DIV-3", "2026-04-23T00:01"), "2026-04-23T00:00");
        story.then(EventType.DIVERSION_MODIFICATION_DECIDED, "2026-04-22T16:00", "approved", true);
        met(story.judge("DIV-3", "2026-04-23T00:01"));
    }

    // DIV-4: hearing within 15 days of a non-compliance report.

    @Test
    void the_parties_are_summoned_within_fifteen_days_of_a_non_compliance_report() {
        Story story = aChildAged(15, MISDEMEANOUR, "2026-03-01")
                .then(EventType.DIVERSION_ORDERED, "2026-03-01T10:00", "by", "PROSECUTOR")
                .then(EventType.DIVERSION_NONCOMPLIANCE_REPORTED, "2026-03-02T10:00");
        pendingUntil(story.judge("DIV-4", "2026-03-17T23:59"), "2026-03-18T00:00");
        breachedAt(story.judge("DIV-4", "2026-03-18T00:01"), "2026-03-18T00:00");
        story.then(EventType.DIVERSION_HEARING_HELD, "2026-03-16T10:00", "outcome", "PLAN_CONTINUED");
        met(story.judge("DIV-4", "2026-03-18T00:01"));
    }

    // DIV-5: measure limits by age and length.

    @Test
    void community_service_is_for_children_of_sixteen_and_at_most_a_hundred_hours() {
        breachedAt(ordered(15, Map.of("type", "COMMUNITY_SERVICE", "hours", 40)).judge("DIV-5", "2026-03-03T10:00"),
                "2026-03-02T10:00");
        breachedAt(ordered(16, Map.of("type", "COMMUNITY_SERVICE", "hours", 120)).judge("DIV-5", "2026-03-03T10:00"),
                "2026-03-02T10:00");
        met(ordered(16, Map.of("type", "COMMUNITY_SERVICE", "hours", 100)).judge("DIV-5", "2026-03-03T10:00"));
        breachedAt(ordered(15, Map.of("type", "SCHOOL_ATTENDANCE", "months", 8)).judge("DIV-5", "2026-03-03T10:00"),
                "2026-03-02T10:00");
        met(ordered(15, Map.of("type", "FAMILY_TIME", "months", 6)).judge("DIV-5", "2026-03-03T10:00"));
    }

    private static Story ordered(int age, Map<String, Object> measure) {
        return aChildAged(age, MISDEMEANOUR, "2026-03-01").then(EventType.DIVERSION_ORDERED, "2026-03-02T10:00",
                "by", "PROSECUTOR", "measures", List.of(measure));
    }

    // LAW-2, TRI-1, TRI-2, TRI-3

    @Test
    void the_trial_of_a_child_is_closed_with_a_lawyer_and_a_social_report_and_never_an_immediate_appearance() {
        Story story = aChildAged(16, FELONY, "2026-03-01")
                .then(EventType.SOCIAL_INQUIRY_SUBMITTED, "2026-05-01T10:00", "sufficient", true)
                .then(EventType.HEARING_HELD, "2026-06-01T09:00", "inCamera", true, "judgmentInPublic", false,
                        "lawyerPresent", true, "immediateAppearance", false);
        met(story.judge("LAW-2", "2026-06-02T09:00"));
        met(story.judge("TRI-1", "2026-06-02T09:00"));
        met(story.judge("TRI-2", "2026-06-02T09:00"));
        met(story.judge("TRI-3", "2026-06-02T09:00"));
    }

    @Test
    void a_public_hearing_without_a_lawyer_or_social_report_breaches_each_safeguard() {
        Story story = aChildAged(16, FELONY, "2026-03-01")
                .then(EventType.HEARING_HELD, "2026-06-01T09:00", "inCamera", false, "lawyerPresent", false,
                        "immediateAppearance", true);
        breachedAt(story.judge("LAW-2", "2026-06-02T09:00"), "2026-06-01T09:00");
        breachedAt(story.judge("TRI-1", "2026-06-02T09:00"), "2026-06-01T09:00");
        breachedAt(story.judge("TRI-2", "2026-06-02T09:00"), "2026-06-01T09:00");
        breachedAt(story.judge("TRI-3", "2026-06-02T09:00"), "2026-06-01T09:00");
        breachedAt(aChildAged(16, FELONY, "2026-03-01").then(EventType.HEARING_HELD, "2026-06-01T09:00",
                "inCamera", true, "judgmentInPublic", true).judge("TRI-1", "2026-06-02T09:00"), "2026-06-01T09:00");
        pendingWithoutTime(aChildAged(16, FELONY, "2026-03-01").then(EventType.HEARING_HELD, "2026-06-01T09:00")
                .judge("TRI-1", "2026-06-02T09:00"));
    }

    // APP-1: the file goes to the Court of Appeal within 10 days (procedural, rolled).

    @Test
    void the_appeal_file_is_sent_within_ten_days_rolled_past_the_weekend() {
        Story story = aChildAged(16, FELONY, "2026-01-01").then(EventType.APPEAL_FILED, "2026-04-01T10:00");
        pendingUntil(story.judge("APP-1", "2026-04-13T23:59"), "2026-04-14T00:00");
        pendingUntil(story.judge("APP-1", "2026-04-14T00:00"), "2026-04-14T00:00");
        breachedAt(story.judge("APP-1", "2026-04-14T00:01"), "2026-04-14T00:00");
        story.then(EventType.APPEAL_FILE_TRANSMITTED, "2026-04-13T17:00");
        met(story.judge("APP-1", "2026-04-14T00:01"));
    }
}
