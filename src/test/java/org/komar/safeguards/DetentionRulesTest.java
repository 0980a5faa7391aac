package org.komar.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.cases.OffenceClass.FELONY;
import static org.komar.cases.OffenceClass.MISDEMEANOUR;
import static org.komar.cases.OffenceClass.PETTY;
import static org.komar.safeguards.Story.aChildAged;
import static org.komar.safeguards.Story.aChildDetainedBeforeTrial;
import static org.komar.safeguards.Verdicts.breachedAt;
import static org.komar.safeguards.Verdicts.met;
import static org.komar.safeguards.Verdicts.notApplicable;
import static org.komar.safeguards.Verdicts.pendingUntil;
import static org.komar.safeguards.Verdicts.pendingWithoutTime;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.cases.CaseRole;
import org.komar.timeline.EventType;

/**
 * Pre-trial detention, detention awaiting trial or appeal, and detention conditions: PTD-1..8, CLO-1/2, DIV-6, APP-2,
 * SEN-1/2, DET-1..3. Limits on deprivation of liberty run from the exact instant and never stretch over weekends or
 * holidays; procedural limits end at 24:00 and roll to the next working day.
 */
class DetentionRulesTest {

    // PTD-3: 14-15 years, 2 months misdemeanour, 4 months felony.

    @Test
    void pre_trial_detention_of_a_fifteen_year_old_for_a_misdemeanour_ends_after_two_calendar_months() {
        Story story = aChildDetainedBeforeTrial(15, MISDEMEANOUR, "2026-03-02T10:00");
        pendingUntil(story.judge("PTD-3", "2026-05-02T09:59"), "2026-05-02T10:00");
        pendingUntil(story.judge("PTD-3", "2026-05-02T10:00"), "2026-05-02T10:00");
        SafeguardResult after = story.judge("PTD-3", "2026-05-02T10:01");
        breachedAt(after, "2026-05-02T10:00");
        assertThat(after.heldBeyondLimit()).isTrue();
        assertThat(after.basis()).isEqualTo("CPC Art. 213, 214");
        notApplicable(story.judge("PTD-4", "2026-05-02T10:01"));
    }

    @Test
    void the_two_month_limit_ending_on_a_saturday_is_not_moved_to_monday() {
        Story story = aChildDetainedBeforeTrial(14, MISDEMEANOUR, "2026-03-02T10:00");
        breachedAt(story.judge("PTD-3", "2026-05-04T08:00"), "2026-05-02T10:00");
    }

    @Test
    void pre_trial_detention_of_a_fifteen_year_old_for_a_felony_ends_after_four_months() {
        Story story = aChildDetainedBeforeTrial(15, FELONY, "2026-03-02T10:00");
        pendingUntil(story.judge("PTD-3", "2026-07-02T09:59"), "2026-07-02T10:00");
        breachedAt(story.judge("PTD-3", "2026-07-02T10:01"), "2026-07-02T10:00");
    }

    @Test
    void months_are_calendar_months_so_two_months_from_the_last_day_of_december_end_on_the_last_day_of_february() {
        Story story = aChildDetainedBeforeTrial(15, MISDEMEANOUR, "2026-12-31T10:00");
        pendingUntil(story.judge("PTD-3", "2027-01-15T10:00"), "2027-02-28T10:00");
    }

    @Test
    void every_stretch_of_pre_trial_detention_counts_toward_the_one_limit() {
        Story story = aChildDetainedBeforeTrial(15, MISDEMEANOUR, "2026-03-02T10:00")
                .then(EventType.PRETRIAL_DETENTION_ENDED, "2026-03-22T10:00", "reason", "Released on bail")
                .then(EventType.PRETRIAL_DETENTION_ORDERED, "2026-04-01T10:00", "grounds", List.of("ENSURE_PRESENCE"),
                        "reasoned", true);
        pendingUntil(story.judge("PTD-3", "2026-05-12T09:59"), "2026-05-12T10:00");
        breachedAt(story.judge("PTD-3", "2026-05-12T10:01"), "2026-05-12T10:00");
    }

    @Test
    void release_before_the_limit_meets_ptd3() {
        met(aChildDetainedBeforeTrial(15, MISDEMEANOUR, "2026-03-02T10:00")
                .then(EventType.RELEASED, "2026-05-02T10:00", "reason", "BAIL").judge("PTD-3", "2026-06-01T10:00"));
    }

    // PTD-4: 16-17 years, 4 months misdemeanour, 6 months felony.

    @Test
    void pre_trial_detention_of_a_sixteen_year_old_for_a_misdemeanour_ends_after_four_months() {
        Story story = aChildDetainedBeforeTrial(16, MISDEMEANOUR, "2026-03-02T10:00");
        pendingUntil(story.judge("PTD-4", "2026-07-02T09:59"), "2026-07-02T10:00");
        pendingUntil(story.judge("PTD-4", "2026-07-02T10:00"), "2026-07-02T10:00");
        breachedAt(story.judge("PTD-4", "2026-07-02T10:01"), "2026-07-02T10:00");
        notApplicable(story.judge("PTD-3", "2026-07-02T10:01"));
    }

    @Test
    void pre_trial_detention_of_a_seventeen_year_old_for_a_felony_ends_after_six_months() {
        Story story = aChildDetainedBeforeTrial(17, FELONY, "2026-03-02T10:00");
        pendingUntil(story.judge("PTD-4", "2026-09-02T09:59"), "2026-09-02T10:00");
        breachedAt(story.judge("PTD-4", "2026-09-02T10:01"), "2026-09-02T10:00");
    }

    // PTD-5: half of the minor's minimum penalty (statutory minimum halved).

    @Test
    void detention_for_a_misdemeanour_may_not_pass_half_the_minors_minimum_penalty() {
        Story story = aChildDetainedBeforeTrial(16, MISDEMEANOUR, "2026-03-02T10:00").penalties(6, 24);
        pendingUntil(story.judge("PTD-5", "2026-04-17T09:59"), "2026-04-17T10:00");
        pendingUntil(story.judge("PTD-5", "2026-04-17T10:00"), "2026-04-17T10:00");
        SafeguardResult after = story.judge("PTD-5", "2026-04-17T10:01");
        breachedAt(after, "2026-04-17T10:00");
        assertThat(after.heldBeyondLimit()).isTrue();
        assertThat(after.messageArgs()).containsExactly(6, 46L);
    }

    @Test
    void without_a_recorded_minimum_penalty_ptd5_asks_for_it_and_felonies_are_outside_it() {
        pendingWithoutTime(aChildDetainedBeforeTrial(16, MISDEMEANOUR, "2026-03-02T10:00").penalties(null, 24)
                .judge("PTD-5", "2026-03-03T10:00"));
        notApplicable(aChildDetainedBeforeTrial(16, FELONY, "2026-03-02T10:00").judge("PTD-5", "2026-03-03T10:00"));
    }

    // PTD-1, PTD-2, PTD-6

    @Test
    void detention_is_possible_only_for_a_felony_or_a_misdemeanour_punishable_by_a_year() {
        breachedAt(aChildDetainedBeforeTrial(16, PETTY, "2026-03-02T10:00").judge("PTD-1", "2026-03-03T10:00"),
                "2026-03-02T10:00");
        breachedAt(aChildDetainedBeforeTrial(16, MISDEMEANOUR, "2026-03-02T10:00").penalties(1, 11)
                .judge("PTD-1", "2026-03-03T10:00"), "2026-03-02T10:00");
        met(aChildDetainedBeforeTrial(16, MISDEMEANOUR, "2026-03-02T10:00").penalties(6, 12)
                .judge("PTD-1", "2026-03-03T10:00"));
        met(aChildDetainedBeforeTrial(16, FELONY, "2026-03-02T10:00").judge("PTD-1", "2026-03-03T10:00"));
        pendingWithoutTime(aChildDetainedBeforeTrial(16, MISDEMEANOUR, "2026-03-02T10:00").penalties(6, null)
                .judge("PTD-1", "2026-03-03T10:00"));
    }

    @Test
    void a_detention_order_without_grounds_or_reasons_is_flagged() {
        met(aChildDetainedBeforeTrial(16, FELONY, "2026-03-02T10:00").judge("PTD-2", "2026-03-03T10:00"));
        Story noGrounds = aChildAged(16, FELONY, "2026-03-01")
                .then(EventType.PRETRIAL_DETENTION_ORDERED, "2026-03-02T10:00", "reasoned", true);
        breachedAt(noGrounds.judge("PTD-2", "2026-03-03T10:00"), "2026-03-02T10:00");
        Story unreasoned = aChildAged(16, FELONY, "2026-03-01").then(EventType.PRETRIAL_DETENTION_ORDERED,
                "2026-03-02T10:00", "grounds", List.of("PUBLIC_ORDER"), "reasoned", false);
        breachedAt(unreasoned.judge("PTD-2", "2026-03-03T10:00"), "2026-03-02T10:00");
    }

    @Test
    void detention_ordered_without_a_social_report_is_a_warning() {
        met(aChildDetainedBeforeTrial(16, FELONY, "2026-03-02T10:00").judge("PTD-6", "2026-03-03T10:00"));
        Story without = aChildAged(16, FELONY, "2026-03-01").then(EventType.PRETRIAL_DETENTION_ORDERED,
                "2026-03-02T10:00", "grounds", List.of("PUBLIC_ORDER"), "reasoned", true);
        breachedAt(without.judge("PTD-6", "2026-03-03T10:00"), "2026-03-02T10:00");
    }

    // PTD-7: release applications, procedural days rolled past weekends and holidays.

    @Test
    void the_investigating_judge_decides_a_release_application_within_five_days_rolled_past_the_weekend() {
        Story story = aChildDetainedBeforeTrial(16, FELONY, "2026-02-20T10:00")
                .then(EventType.RELEASE_REQUESTED, "2026-03-02T10:00", "before", "INVESTIGATING_JUDGE");
        pendingUntil(story.judge("PTD-7", "2026-03-09T23:59"), "2026-03-10T00:00");
        pendingUntil(story.judge("PTD-7", "2026-03-10T00:00"), "2026-03-10T00:00");
        breachedAt(story.judge("PTD-7", "2026-03-10T00:01"), "2026-03-10T00:00");
        story.then(EventType.RELEASE_DECIDED, "2026-03-09T15:00", "granted", false);
        met(story.judge("PTD-7", "2026-03-10T00:01"));
    }

    @Test
    void the_trial_court_decides_within_ten_days_and_the_investigation_chamber_within_fifteen_past_new_year() {
        Story court = aChildDetainedBeforeTrial(16, FELONY, "2026-03-20T10:00")
                .then(EventType.RELEASE_REQUESTED, "2026-04-03T10:00", "before", "TRIAL_COURT");
        pendingUntil(court.judge("PTD-7", "2026-04-05T10:00"), "2026-04-14T00:00");
        Story chamber = aChildDetainedBeforeTrial(16, FELONY, "2026-03-20T10:00")
                .then(EventType.RELEASE_REQUESTED, "2026-03-30T10:00", "before", "INVESTIGATION_CHAMBER");
        pendingUntil(chamber.judge("PTD-7", "2026-04-17T23:59"), "2026-04-18T00:00");
        breachedAt(chamber.judge("PTD-7", "2026-04-18T00:01"), "2026-04-18T00:00");
    }

    // PTD-8

    @Test
    void detention_after_evading_supervision_is_limited_to_two_months_whatever_the_offence() {
        Story story = aChildAged(17, FELONY, "2026-01-10")
                .then(EventType.JUDICIAL_SUPERVISION_ORDERED, "2026-01-20T10:00")
                .then(EventType.PRETRIAL_DETENTION_ORDERED, "2026-03-02T10:00", "grounds", List.of("ENSURE_PRESENCE"),
                        "reasoned", true, "afterEvadingSupervision", true);
        pendingUntil(story.judge("PTD-8", "2026-05-02T09:59"), "2026-05-02T10:00");
        pendingUntil(story.judge("PTD-8", "2026-05-02T10:00"), "2026-05-02T10:00");
        SafeguardResult after = story.judge("PTD-8", "2026-05-02T10:01");
        breachedAt(after, "2026-05-02T10:00");
        assertThat(after.heldBeyondLimit()).isTrue();
        notApplicable(story.judge("PTD-4", "2026-05-02T10:01"));
        notApplicable(aChildDetainedBeforeTrial(16, FELONY, "2026-03-02T10:00").judge("PTD-8", "2026-05-02T10:01"));
    }

    // CLO-1, CLO-2

    @Test
    void a_child_kept_detained_by_the_closing_order_appears_for_trial_within_four_months() {
        Story story = aChildDetainedBeforeTrial(16, FELONY, "2026-02-01T10:00")
                .then(EventType.CLOSING_ORDER, "2026-05-01T10:00", "keepsDetained", true, "outcome", "SENT_TO_TRIAL");
        pendingUntil(story.judge("CLO-1", "2026-09-01T09:59"), "2026-09-01T10:00");
        pendingUntil(story.judge("CLO-1", "2026-09-01T10:00"), "2026-09-01T10:00");
        SafeguardResult after = story.judge("CLO-1", "2026-09-01T10:01");
        breachedAt(after, "2026-09-01T10:00");
        assertThat(after.heldBeyondLimit()).isTrue();
        story.then(EventType.HEARING_HELD, "2026-08-31T09:00", "inCamera", true, "lawyerPresent", true);
        met(story.judge("CLO-1", "2026-09-01T10:01"));
        met(aChildDetainedBeforeTrial(16, FELONY, "2026-02-01T10:00")
                .then(EventType.CLOSING_ORDER, "2026-05-01T10:00", "keepsDetained", true)
                .judge("PTD-4", "2026-09-02T10:00"));
    }

    @Test
    void an_insufficient_social_report_is_supplemented_within_ten_working_days() {
        Story story = aChildDetainedBeforeTrial(16, FELONY, "2026-03-20T10:00")
                .then(EventType.SOCIAL_INQUIRY_SUBMITTED, "2026-04-10T10:00", "sufficient", false);
        pendingUntil(story.judge("CLO-2", "2026-04-29T23:59"), "2026-04-30T00:00");
        pendingUntil(story.judge("CLO-2", "2026-04-30T00:00"), "2026-04-30T00:00");
        breachedAt(story.judge("CLO-2", "2026-04-30T00:01"), "2026-04-30T00:00");
        story.then(EventType.SOCIAL_INQUIRY_SUBMITTED, "2026-04-29T16:00", "sufficient", true);
        met(story.judge("CLO-2", "2026-04-30T00:01"));
    }

    @Test
    void closing_the_investigation_without_a_sufficient_social_report_is_a_breach() {
        Story story = aChildAged(16, FELONY, "2026-03-01").then(EventType.CHARGED, "2026-03-02T10:00")
                .then(EventType.CLOSING_ORDER, "2026-05-04T10:00", "outcome", "SENT_TO_TRIAL");
        breachedAt(story.judge("CLO-2", "2026-05-05T10:00"), "2026-05-04T10:00");
    }

    // DIV-6, APP-2

    @Test
    void a_detained_child_diverted_by_the_investigating_judge_is_released_within_a_day() {
        Story story = aChildDetainedBeforeTrial(15, MISDEMEANOUR, "2026-03-02T10:00")
                .then(EventType.DIVERSION_ORDERED, "2026-03-10T10:00", "by", "INVESTIGATING_JUDGE");
        pendingUntil(story.judge("DIV-6", "2026-03-11T09:59"), "2026-03-11T10:00");
        pendingUntil(story.judge("DIV-6", "2026-03-11T10:00"), "2026-03-11T10:00");
        SafeguardResult after = story.judge("DIV-6", "2026-03-11T10:01");
        breachedAt(after, "2026-03-11T10:00");
        assertThat(after.heldBeyondLimit()).isTrue();
        story.then(EventType.RELEASED, "2026-03-10T15:00", "reason", "DIVERSION");
        met(story.judge("DIV-6", "2026-03-11T10:01"));
    }

    @Test
    void the_appeal_of_a_detained_child_is_tried_within_three_months_of_the_file_arriving() {
        Story story = aChildAged(16, FELONY, "2026-01-02")
                .then(EventType.PLACED, "2026-03-01T10:00", "facility", "CC2", "facilityType", "CORRECTION_CENTRE",
                        "separatedFromAdults", true)
                .then(EventType.SENTENCED, "2026-04-20T10:00", "custodial", true, "months", 36)
                .then(EventType.APPEAL_FILED, "2026-04-25T10:00")
                .then(EventType.APPEAL_FILE_TRANSMITTED, "2026-05-29T09:00");
        pendingUntil(story.judge("APP-2", "2026-08-29T08:59"), "2026-08-29T09:00");
        pendingUntil(story.judge("APP-2", "2026-08-29T09:00"), "2026-08-29T09:00");
        SafeguardResult after = story.judge("APP-2", "2026-08-29T09:01");
        breachedAt(after, "2026-08-29T09:00");
        assertThat(after.heldBeyondLimit()).isTrue();
        story.then(EventType.APPEAL_HEARD, "2026-08-15T09:00");
        met(story.judge("APP-2", "2026-08-29T09:01"));
    }

    @Test
    void the_appeal_of_a_child_at_liberty_has_no_detention_limit() {
        Story story = aChildAged(16, MISDEMEANOUR, "2026-01-02")
                .then(EventType.SENTENCED, "2026-04-20T10:00", "custodial", false, "months", 6, "suspended", true)
                .then(EventType.APPEAL_FILED, "2026-04-25T10:00")
                .then(EventType.APPEAL_FILE_TRANSMITTED, "2026-05-29T09:00");
        notApplicable(story.judge("APP-2", "2026-09-01T09:00"));
    }

    // SEN-1, SEN-2

    @Test
    void conditional_release_is_possible_after_a_third_of_a_sentence_of_a_year_counted_from_the_arrest() {
        Story story = aChildDetainedBeforeTrial(16, FELONY, "2026-01-05T10:00")
                .then(EventType.SENTENCED, "2026-03-05T10:00", "custodial", true, "months", 12);
        pendingUntil(story.judge("SEN-1", "2026-05-06T05:59"), "2026-05-06T06:00");
        met(story.judge("SEN-1", "2026-05-06T06:00"));
    }

    @Test
    void conditional_release_is_possible_after_half_of_a_longer_sentence() {
        Story story = aChildDetainedBeforeTrial(16, FELONY, "2025-11-05T10:00")
                .then(EventType.SENTENCED, "2026-03-05T10:00", "custodial", true, "months", 24);
        pendingUntil(story.judge("SEN-1", "2026-11-04T13:59"), "2026-11-04T14:00");
        met(story.judge("SEN-1", "2026-11-04T14:01"));
    }

    @Test
    void the_record_of_a_misdemeanour_may_be_cleared_six_months_after_the_sentence_and_is_cleared_after_a_year() {
        Story story = aChildAged(16, MISDEMEANOUR, "2025-12-01")
                .then(EventType.SENTENCED, "2026-01-10T10:00", "custodial", false, "months", 6, "suspended", true);
        pendingWithoutTime(story.judge("SEN-2", "2026-07-10T09:59"));
        pendingUntil(story.judge("SEN-2", "2026-07-10T10:00"), "2027-01-10T10:00");
        pendingUntil(story.judge("SEN-2", "2027-01-10T10:00"), "2027-07-10T10:00");
        met(story.judge("SEN-2", "2027-07-10T10:00"));
    }

    @Test
    void the_record_of_a_felony_waits_two_years_after_release_at_the_end_of_the_sentence() {
        Story story = aChildDetainedBeforeTrial(16, FELONY, "2025-11-05T10:00")
                .then(EventType.SENTENCED, "2026-01-05T10:00", "custodial", true, "months", 12)
                .then(EventType.RELEASED, "2026-11-04T14:00", "reason", "END_OF_SENTENCE");
        pendingUntil(story.judge("SEN-2", "2026-12-01T10:00"), "2028-11-04T14:00");
    }

    // DET-1, DET-2, DET-3

    @Test
    void a_young_person_in_the_youth_centre_is_transferred_at_twenty_four() {
        Story story = aChildAged(17, FELONY, "2020-06-01").bornOn("2003-05-10")
                .then(EventType.SENTENCED, "2021-01-10T10:00", "custodial", true, "months", 120)
                .then(EventType.PLACED, "2021-01-11T10:00", "facility", "YRC-KDL",
                        "facilityType", "YOUTH_REHABILITATION_CENTRE");
        pendingUntil(story.judge("DET-1", "2027-05-09T23:59"), "2027-05-10T00:00");
        breachedAt(story.judge("DET-1", "2027-05-10T00:01"), "2027-05-10T00:00");
        story.then(EventType.TRANSFERRED, "2027-05-02T10:00", "from", "YRC-KDL", "to", "CC1",
                "toFacilityType", "CORRECTION_CENTRE");
        met(story.judge("DET-1", "2027-05-10T00:01"));
    }

    @Test
    void a_child_living_with_the_mother_in_prison_needs_an_exit_plan_by_age_three() {
        Story story = aChildAged(2, null, "2026-03-01").bornOn("2024-02-10").as(CaseRole.ACCOMPANYING_CAREGIVER)
                .then(EventType.PLACED, "2024-03-01T10:00", "facility", "CC2", "withCaregiver", true);
        pendingUntil(story.judge("DET-2", "2027-02-09T23:59"), "2027-02-10T00:00");
        breachedAt(story.judge("DET-2", "2027-02-10T00:01"), "2027-02-10T00:00");
        notApplicable(story.judge("DET-3", "2027-02-10T00:01"));
    }

    @Test
    void a_child_placed_with_adults_breaches_det3() {
        breachedAt(aChildAged(16, FELONY, "2026-03-01").then(EventType.PLACED, "2026-03-05T10:00", "facility", "PP-17",
                "facilityType", "PRISON", "separatedFromAdults", false).judge("DET-3", "2026-03-06T10:00"),
                "2026-03-05T10:00");
        met(aChildAged(16, FELONY, "2026-03-01").then(EventType.PLACED, "2026-03-05T10:00", "facility", "YRC-KDL",
                "facilityType", "YOUTH_REHABILITATION_CENTRE").judge("DET-3", "2026-03-06T10:00"));
        pendingWithoutTime(aChildAged(16, FELONY, "2026-03-01").then(EventType.PLACED, "2026-03-05T10:00",
                "facility", "PP-17", "facilityType", "PRISON").judge("DET-3", "2026-03-06T10:00"));
    }
}
