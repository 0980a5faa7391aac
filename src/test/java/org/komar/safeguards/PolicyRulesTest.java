package org.komar.safeguards;

import static org.komar.cases.OffenceClass.FELONY;
import static org.komar.cases.OffenceClass.MISDEMEANOUR;
import static org.komar.safeguards.Story.aChildDetainedBeforeTrial;
import static org.komar.safeguards.Story.aFifteenYearOldArrestedFor;
import static org.komar.safeguards.Verdicts.breachedAt;
import static org.komar.safeguards.Verdicts.met;
import static org.komar.safeguards.Verdicts.notApplicable;
import static org.komar.safeguards.Verdicts.pendingUntil;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.timeline.EventType;

/** The policy targets beyond the law, each with its own code and switch. */
class PolicyRulesTest {

    @Test
    void a_lawyer_is_in_contact_within_twenty_four_hours_of_the_arrest() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        pendingUntil(story.judge("POL-LAWYER-24H", "2026-03-03T07:59"), "2026-03-03T08:00");
        pendingUntil(story.judge("POL-LAWYER-24H", "2026-03-03T08:00"), "2026-03-03T08:00");
        breachedAt(story.judge("POL-LAWYER-24H", "2026-03-03T08:01"), "2026-03-03T08:00");
        story.then(EventType.LAWYER_ASSIGNED, "2026-03-03T07:00", "lawyer", "LAC");
        met(story.judge("POL-LAWYER-24H", "2026-03-03T08:01"));
    }

    @Test
    void the_guardian_and_a_social_agent_are_notified_within_two_hours() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .then(EventType.NOTIFIED, "2026-03-02T08:30", "party", "GUARDIAN", "reached", true);
        pendingUntil(story.judge("POL-NOTIFY", "2026-03-02T09:59"), "2026-03-02T10:00");
        pendingUntil(story.judge("POL-NOTIFY", "2026-03-02T10:00"), "2026-03-02T10:00");
        breachedAt(story.judge("POL-NOTIFY", "2026-03-02T10:01"), "2026-03-02T10:00");
        story.then(EventType.NOTIFIED, "2026-03-02T09:45", "party", "SOCIAL_AGENT", "reached", true);
        met(story.judge("POL-NOTIFY", "2026-03-02T10:01"));
    }

    @Test
    void pre_trial_detention_is_reviewed_every_two_weeks_and_each_review_restarts_the_interval() {
        Story story = aChildDetainedBeforeTrial(16, FELONY, "2026-03-02T10:00");
        pendingUntil(story.judge("POL-PTD-REVIEW", "2026-03-16T09:59"), "2026-03-16T10:00");
        breachedAt(story.judge("POL-PTD-REVIEW", "2026-03-16T10:01"), "2026-03-16T10:00");
        story.then(EventType.RELEASE_DECIDED, "2026-03-15T10:00", "granted", false);
        pendingUntil(story.judge("POL-PTD-REVIEW", "2026-03-16T10:01"), "2026-03-29T10:00");
    }

    @Test
    void a_final_decision_comes_within_six_months_of_the_first_contact() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        pendingUntil(story.judge("POL-FINAL-DECISION", "2026-09-02T23:59"), "2026-09-03T00:00");
        breachedAt(story.judge("POL-FINAL-DECISION", "2026-09-03T00:01"), "2026-09-03T00:00");
        story.then(EventType.VERDICT, "2026-08-20T10:00", "outcome", "CONVICTED");
        met(story.judge("POL-FINAL-DECISION", "2026-09-03T00:01"));
    }

    @Test
    void a_policy_target_switched_off_in_the_rule_set_does_not_apply() {
        RuleSet law = RuleSet.defaults(1, LocalDate.of(2017, 1, 1));
        RuleSetHistory off = new RuleSetHistory(List.of(law.with(1, law.effectiveFrom(), Parameter.POL_LAWYER_ON, 0)
                .with(1, law.effectiveFrom(), Parameter.POL_NOTIFY_ON, 0)));
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").judgedBy(off);
        notApplicable(story.judge("POL-LAWYER-24H", "2026-03-04T08:00"));
        notApplicable(story.judge("POL-NOTIFY", "2026-03-04T08:00"));
    }
}
