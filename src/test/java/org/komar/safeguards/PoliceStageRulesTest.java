package org.komar.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.cases.OffenceClass.FELONY;
import static org.komar.cases.OffenceClass.MISDEMEANOUR;
import static org.komar.cases.OffenceClass.PETTY;
import static org.komar.safeguards.Story.aChildAged;
import static org.komar.safeguards.Story.aChildOfUnknownAge;
import static org.komar.safeguards.Story.aFifteenYearOldArrestedFor;
import static org.komar.safeguards.Story.aFourteenYearOldArrestedFor;
import static org.komar.safeguards.Story.aSeventeenYearOldArrestedFor;
import static org.komar.safeguards.Story.aSixteenYearOldArrestedFor;
import static org.komar.safeguards.Story.aThirteenYearOldArrestedFor;
import static org.komar.safeguards.Verdicts.breachedAt;
import static org.komar.safeguards.Verdicts.met;
import static org.komar.safeguards.Verdicts.notApplicable;
import static org.komar.safeguards.Verdicts.pendingUntil;
import static org.komar.safeguards.Verdicts.pendingWithoutTime;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.timeline.EventType;

/** Arrest, police custody, notification and interrogation: AGE-1, U14-1/2, ARR-1/2/3, PC-1..4, NOT-1, LAW-1, SOC-1, INV-1. */
class PoliceStageRulesTest {

    // PC-1: 14-15 years, 24 h misdemeanour, 36 h felony, from the exact instant of arrival.

    @Test
    void custody_of_a_fifteen_year_old_for_a_misdemeanour_ends_after_24_hours() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        pendingUntil(story.judge("PC-1", "2026-03-03T07:59"), "2026-03-03T08:00");
        pendingUntil(story.judge("PC-1", "2026-03-03T08:00"), "2026-03-03T08:00");
        SafeguardResult after = story.judge("PC-1", "2026-03-03T08:01");
        breachedAt(after, "2026-03-03T08:00");
        assertThat(after.heldBeyondLimit()).isTrue();
        assertThat(after.basis()).isEqualTo("CPC Art. 96");
        assertThat(after.messageArgs()).containsExactly(24);
    }

    @Test
    void custody_of_a_fifteen_year_old_for_a_felony_ends_after_36_hours() {
        Story story = aFifteenYearOldArrestedFor(FELONY, "2026-03-02T08:00");
        pendingUntil(story.judge("PC-1", "2026-03-03T19:59"), "2026-03-03T20:00");
        pendingUntil(story.judge("PC-1", "2026-03-03T20:00"), "2026-03-03T20:00");
        breachedAt(story.judge("PC-1", "2026-03-03T20:01"), "2026-03-03T20:00");
    }

    @Test
    void custody_of_a_fourteen_year_old_follows_the_same_limits_as_a_fifteen_year_old() {
        Story story = aFourteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        pendingUntil(story.judge("PC-1", "2026-03-02T09:00"), "2026-03-03T08:00");
        notApplicable(story.judge("PC-2", "2026-03-02T09:00"));
    }

    @Test
    void custody_ended_at_the_limit_is_on_time_and_a_minute_later_is_a_breach_no_longer_running() {
        met(aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .then(EventType.CUSTODY_ENDED, "2026-03-03T08:00", "outcome", "RELEASED")
                .judge("PC-1", "2026-03-05T08:00"));
        SafeguardResult late = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .then(EventType.CUSTODY_ENDED, "2026-03-03T08:01", "outcome", "PRESENTED_TO_PROSECUTOR")
                .judge("PC-1", "2026-03-05T08:00");
        breachedAt(late, "2026-03-03T08:00");
        assertThat(late.heldBeyondLimit()).isFalse();
    }

    @Test
    void custody_limits_run_through_weekends_without_stretching() {
        Story friday = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-06T18:00");
        pendingUntil(friday.judge("PC-1", "2026-03-07T17:00"), "2026-03-07T18:00");
        breachedAt(friday.judge("PC-1", "2026-03-07T18:01"), "2026-03-07T18:00");
    }

    @Test
    void custody_limits_run_through_public_holidays_without_stretching() {
        Story beforeNewYear = aSixteenYearOldArrestedFor(FELONY, "2026-04-13T10:00");
        pendingUntil(beforeNewYear.judge("PC-2", "2026-04-15T09:59"), "2026-04-15T10:00");
        breachedAt(beforeNewYear.judge("PC-2", "2026-04-15T10:01"), "2026-04-15T10:00");
    }

    @Test
    void a_child_of_unknown_age_is_held_to_the_limits_of_the_younger_band() {
        Story story = aChildOfUnknownAge(MISDEMEANOUR, "2026-03-02")
                .then(EventType.CUSTODY_STARTED, "2026-03-02T08:00");
        pendingUntil(story.judge("PC-1", "2026-03-02T09:00"), "2026-03-03T08:00");
        notApplicable(story.judge("PC-2", "2026-03-02T09:00"));
    }

    @Test
    void a_petty_offence_or_an_unrecorded_class_takes_the_shorter_misdemeanour_limit() {
        pendingUntil(aSixteenYearOldArrestedFor(PETTY, "2026-03-02T08:00").judge("PC-2", "2026-03-02T09:00"),
                "2026-03-03T20:00");
        pendingUntil(aSixteenYearOldArrestedFor(null, "2026-03-02T08:00").judge("PC-2", "2026-03-02T09:00"),
                "2026-03-03T20:00");
    }

    // PC-2: 16-17 years, 36 h misdemeanour, 48 h felony.

    @Test
    void custody_of_a_sixteen_year_old_for_a_misdemeanour_ends_after_36_hours() {
        Story story = aSixteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        pendingUntil(story.judge("PC-2", "2026-03-03T19:59"), "2026-03-03T20:00");
        pendingUntil(story.judge("PC-2", "2026-03-03T20:00"), "2026-03-03T20:00");
        breachedAt(story.judge("PC-2", "2026-03-03T20:01"), "2026-03-03T20:00");
        notApplicable(story.judge("PC-1", "2026-03-03T20:01"));
    }

    @Test
    void custody_of_a_seventeen_year_old_for_a_felony_ends_after_48_hours() {
        Story story = aSeventeenYearOldArrestedFor(FELONY, "2026-03-02T08:00");
        pendingUntil(story.judge("PC-2", "2026-03-04T07:59"), "2026-03-04T08:00");
        pendingUntil(story.judge("PC-2", "2026-03-04T08:00"), "2026-03-04T08:00");
        breachedAt(story.judge("PC-2", "2026-03-04T08:01"), "2026-03-04T08:00");
    }

    @Test
    void the_band_is_the_age_at_the_offence_not_the_age_during_custody() {
        Story story = aChildAged(15, MISDEMEANOUR, "2026-03-02").bornOn("2010-03-03")
                .then(EventType.CUSTODY_STARTED, "2026-03-02T08:00");
        pendingUntil(story.judge("PC-1", "2026-03-03T07:00"), "2026-03-03T08:00");
    }

    @Test
    void the_youngest_credible_birth_date_decides_the_band() {
        Story story = aSixteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .then(EventType.AGE_CLAIM_RECORDED, "2026-03-02T09:00", "birthDate", "2011-01-01",
                        "precision", "DAY", "evidence", "SCHOOL_RECORD");
        pendingUntil(story.judge("PC-1", "2026-03-02T10:00"), "2026-03-03T08:00");
        notApplicable(story.judge("PC-2", "2026-03-02T10:00"));
    }

    @Test
    void an_adult_at_the_offence_is_not_judged_by_the_juvenile_limits() {
        Story adult = aChildAged(18, MISDEMEANOUR, "2026-03-02").then(EventType.CUSTODY_STARTED, "2026-03-02T08:00");
        notApplicable(adult.judge("PC-1", "2026-03-05T08:00"));
        notApplicable(adult.judge("PC-2", "2026-03-05T08:00"));
    }

    // PC-3, PC-4

    @Test
    void any_extension_of_a_minors_custody_is_a_breach() {
        Story story = aSixteenYearOldArrestedFor(FELONY, "2026-03-02T08:00")
                .then(EventType.CUSTODY_EXTENDED, "2026-03-04T07:00", "hours", 24);
        breachedAt(story.judge("PC-3", "2026-03-04T07:30"), "2026-03-04T07:00");
        met(aSixteenYearOldArrestedFor(FELONY, "2026-03-02T08:00").judge("PC-3", "2026-03-04T07:30"));
    }

    @Test
    void custody_apart_from_adults_on_the_juvenile_list_meets_pc4_and_mixing_with_adults_breaches_it() {
        met(aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").judge("PC-4", "2026-03-02T09:00"));
        Story mixed = aChildAged(15, MISDEMEANOUR, "2026-03-02")
                .then(EventType.CUSTODY_STARTED, "2026-03-02T08:00", "separatedFromAdults", false);
        breachedAt(mixed.judge("PC-4", "2026-03-02T09:00"), "2026-03-02T08:00");
        Story unrecorded = aChildAged(15, MISDEMEANOUR, "2026-03-02")
                .then(EventType.CUSTODY_STARTED, "2026-03-02T08:00");
        pendingWithoutTime(unrecorded.judge("PC-4", "2026-03-02T09:00"));
    }

    // NOT-1

    @Test
    void guardian_social_agent_and_lawyer_must_be_notified_during_custody() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        pendingUntil(story.judge("NOT-1", "2026-03-02T09:00"), "2026-03-03T08:00");
        story.then(EventType.NOTIFIED, "2026-03-02T08:30", "party", "GUARDIAN", "reached", false)
                .then(EventType.NOTIFIED, "2026-03-02T08:40", "party", "SOCIAL_AGENT", "reached", true)
                .then(EventType.LAWYER_ASSIGNED, "2026-03-02T09:00", "lawyer", "LAC");
        met(story.judge("NOT-1", "2026-03-02T10:00"));
    }

    @Test
    void custody_ending_without_the_notifications_breaches_not1_when_it_ends() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .then(EventType.NOTIFIED, "2026-03-02T08:30", "party", "GUARDIAN", "reached", true)
                .then(EventType.CUSTODY_ENDED, "2026-03-02T12:00", "outcome", "HANDED_TO_GUARDIAN");
        pendingUntil(story.judge("NOT-1", "2026-03-02T11:59"), "2026-03-03T08:00");
        breachedAt(story.judge("NOT-1", "2026-03-02T12:01"), "2026-03-02T12:00");
    }

    // ARR-1, ARR-2, ARR-3

    @Test
    void arresting_a_child_for_a_petty_or_non_flagrant_offence_breaches_arr1() {
        breachedAt(aSixteenYearOldArrestedFor(PETTY, "2026-03-02T08:00").judge("ARR-1", "2026-03-02T09:00"),
                "2026-03-02T08:00");
        Story notFlagrant = aChildAged(16, MISDEMEANOUR, "2026-03-01")
                .then(EventType.ARRESTED, "2026-03-02T08:00", "flagrant", false);
        breachedAt(notFlagrant.judge("ARR-1", "2026-03-02T09:00"), "2026-03-02T08:00");
        met(aSixteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").judge("ARR-1", "2026-03-02T09:00"));
        pendingWithoutTime(aChildAged(16, FELONY, "2026-03-02").then(EventType.ARRESTED, "2026-03-02T08:00")
                .judge("ARR-1", "2026-03-02T09:00"));
    }

    @Test
    void a_fifteen_year_old_may_be_arrested_only_for_an_intentional_misdemeanour_by_default() {
        met(aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").judge("ARR-2", "2026-03-02T09:00"));
        breachedAt(aFifteenYearOldArrestedFor(FELONY, "2026-03-02T08:00").judge("ARR-2", "2026-03-02T09:00"),
                "2026-03-02T08:00");
        breachedAt(aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").unintentional()
                .judge("ARR-2", "2026-03-02T09:00"), "2026-03-02T08:00");
        pendingWithoutTime(aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").intentionUnknown()
                .judge("ARR-2", "2026-03-02T09:00"));
        notApplicable(aSixteenYearOldArrestedFor(FELONY, "2026-03-02T08:00").judge("ARR-2", "2026-03-02T09:00"));
    }

    @Test
    void under_the_narrow_reading_of_arr2_a_felony_arrest_of_a_fifteen_year_old_is_allowed() {
        RuleSetHistory narrow = new RuleSetHistory(List.of(
                RuleSet.defaults(1, LocalDate.of(2017, 1, 1)).with(1, LocalDate.of(2017, 1, 1),
                        Parameter.ARREST_INTERPRETATION, 1)));
        met(aFifteenYearOldArrestedFor(FELONY, "2026-03-02T08:00").judgedBy(narrow)
                .judge("ARR-2", "2026-03-02T09:00"));
        breachedAt(aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").unintentional().judgedBy(narrow)
                .judge("ARR-2", "2026-03-02T09:00"), "2026-03-02T08:00");
    }

    @Test
    void the_arrest_is_reported_to_the_prosecutor_within_two_hours() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        pendingUntil(story.judge("ARR-3", "2026-03-02T09:59"), "2026-03-02T10:00");
        pendingUntil(story.judge("ARR-3", "2026-03-02T10:00"), "2026-03-02T10:00");
        breachedAt(story.judge("ARR-3", "2026-03-02T10:01"), "2026-03-02T10:00");
        story.then(EventType.NOTIFIED, "2026-03-02T10:00", "party", "PROSECUTOR", "reached", true);
        met(story.judge("ARR-3", "2026-03-02T10:01"));
    }

    // U14-1, U14-2, AGE-1

    @Test
    void arresting_a_thirteen_year_old_breaches_u14_and_the_child_is_held_beyond_the_limit_until_released() {
        Story story = aThirteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        SafeguardResult held = story.judge("U14-1", "2026-03-02T09:00");
        breachedAt(held, "2026-03-02T08:00");
        assertThat(held.heldBeyondLimit()).isTrue();
        story.then(EventType.CUSTODY_ENDED, "2026-03-02T10:00", "outcome", "HANDED_TO_GUARDIAN");
        SafeguardResult released = story.judge("U14-1", "2026-03-02T11:00");
        breachedAt(released, "2026-03-02T08:00");
        assertThat(released.heldBeyondLimit()).isFalse();
        notApplicable(story.judge("PC-1", "2026-03-02T11:00"));
    }

    @Test
    void a_thirteen_year_old_handed_to_the_family_without_arrest_meets_u14() {
        Story story = aChildAged(13, PETTY, "2026-03-02").then(EventType.CONTACT_REGISTERED, "2026-03-02T08:00");
        met(story.judge("U14-1", "2026-03-02T09:00"));
        notApplicable(aFourteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").judge("U14-1", "2026-03-02T09:00"));
    }

    @Test
    void the_prosecutor_closes_the_file_of_a_child_under_14_and_never_prosecutes() {
        Story referred = aChildAged(13, MISDEMEANOUR, "2026-03-02")
                .then(EventType.REFERRED_TO_PROSECUTOR, "2026-03-02T10:00");
        pendingWithoutTime(referred.judge("U14-2", "2026-03-03T10:00"));
        referred.then(EventType.CASE_CLOSED, "2026-03-04T10:00", "reason", "Under 14");
        met(referred.judge("U14-2", "2026-03-05T10:00"));
        Story charged = aChildAged(13, MISDEMEANOUR, "2026-03-02")
                .then(EventType.REFERRED_TO_PROSECUTOR, "2026-03-02T10:00")
                .then(EventType.CHARGED, "2026-03-03T10:00");
        breachedAt(charged.judge("U14-2", "2026-03-05T10:00"), "2026-03-03T10:00");
    }

    @Test
    void an_age_resting_on_a_declaration_alone_is_in_doubt_until_the_prosecutor_has_the_file() {
        Story story = aChildAged(15, MISDEMEANOUR, "2026-03-02").declaredBornIn(2011)
                .then(EventType.CONTACT_REGISTERED, "2026-03-02T08:00");
        pendingWithoutTime(story.judge("AGE-1", "2026-03-02T09:00"));
        story.then(EventType.REFERRED_TO_PROSECUTOR, "2026-03-02T12:00");
        met(story.judge("AGE-1", "2026-03-02T13:00"));
        met(aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").judge("AGE-1", "2026-03-02T09:00"));
    }

    // LAW-1, SOC-1

    @Test
    void an_interrogation_without_a_lawyer_breaches_law1() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .then(EventType.INTERROGATED, "2026-03-02T10:00", "by", "POLICE", "lawyerPresent", true,
                        "guardianPresent", true, "socialAgentPresent", true);
        met(story.judge("LAW-1", "2026-03-02T11:00"));
        met(story.judge("SOC-1", "2026-03-02T11:00"));
        story.then(EventType.INTERROGATED, "2026-03-02T14:00", "by", "POLICE", "lawyerPresent", false);
        breachedAt(story.judge("LAW-1", "2026-03-02T15:00"), "2026-03-02T14:00");
    }

    @Test
    void an_absent_guardian_needs_a_recorded_reason() {
        Story noReason = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .then(EventType.INTERROGATED, "2026-03-02T10:00", "by", "POLICE", "lawyerPresent", true,
                        "guardianPresent", false, "socialAgentPresent", true);
        breachedAt(noReason.judge("SOC-1", "2026-03-02T11:00"), "2026-03-02T10:00");
        Story reasoned = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .then(EventType.INTERROGATED, "2026-03-02T10:00", "by", "POLICE", "lawyerPresent", true,
                        "guardianPresent", false, "socialAgentPresent", true, "absenceReason", "Not reachable");
        met(reasoned.judge("SOC-1", "2026-03-02T11:00"));
    }

    // INV-1: 7 days from the offence, a procedural limit (CPC 231).

    @Test
    void a_flagrant_investigation_ends_at_midnight_of_the_seventh_day() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        pendingUntil(story.judge("INV-1", "2026-03-09T23:59"), "2026-03-10T00:00");
        pendingUntil(story.judge("INV-1", "2026-03-10T00:00"), "2026-03-10T00:00");
        breachedAt(story.judge("INV-1", "2026-03-10T00:01"), "2026-03-10T00:00");
        story.then(EventType.REFERRED_TO_PROSECUTOR, "2026-03-09T16:00");
        met(story.judge("INV-1", "2026-03-10T00:01"));
    }

    @Test
    void a_flagrant_investigation_ending_on_khmer_new_year_runs_to_the_next_working_day() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-04-07T08:00");
        pendingUntil(story.judge("INV-1", "2026-04-17T23:59"), "2026-04-18T00:00");
        breachedAt(story.judge("INV-1", "2026-04-18T00:01"), "2026-04-18T00:00");
    }

    @Test
    void a_flagrant_investigation_ending_on_a_saturday_runs_to_monday() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-07T08:00");
        pendingUntil(story.judge("INV-1", "2026-03-16T12:00"), "2026-03-17T00:00");
    }
}
