package org.komar.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.detention.Events.at;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.cases.CaseRole;
import org.komar.timeline.EventType;

/**
 * The roll arithmetic: where a child is, in what status and since when, from the timeline alone, at any moment; the
 * sentence's end and conditional release (JJL 72); the birthdays that matter.
 */
class DetentionHistoryTest {

    private static final LocalDate BORN = LocalDate.of(2009, 6, 1);

    @Test
    void custody_then_pre_trial_detention_then_a_transfer_keep_one_continuous_deprivation_of_liberty() {
        Events kase = Events.aCase()
                .add(EventType.CUSTODY_STARTED, "2026-01-10T08:00", "unit", "POL-12", "separatedFromAdults", true)
                .add(EventType.PRETRIAL_DETENTION_ORDERED, "2026-01-11T10:00", "facility", "CC2")
                .add(EventType.PLACED, "2026-01-11T15:00", "facility", "CC2", "separatedFromAdults", false)
                .add(EventType.TRANSFERRED, "2026-03-01T09:00", "from", "CC2", "to", "YRC-08");

        List<Stay> stays = kase.history().stays();

        assertThat(stays).extracting(Stay::facility, Stay::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("POL-12", LegalStatus.POLICE_CUSTODY),
                org.assertj.core.groups.Tuple.tuple("CC2", LegalStatus.PRETRIAL),
                org.assertj.core.groups.Tuple.tuple("CC2", LegalStatus.PRETRIAL),
                org.assertj.core.groups.Tuple.tuple("YRC-08", LegalStatus.PRETRIAL));
        assertThat(stays).extracting(Stay::detainedSince).containsOnly(at("2026-01-10T08:00"));
        assertThat(stays.get(1).separated()).as("the centre separates minors").isTrue();
        assertThat(stays.get(2).separated()).as("as recorded at the placement").isFalse();
        assertThat(stays.get(3).statusSince()).isEqualTo(at("2026-01-11T10:00"));
        assertThat(stays.get(3).until()).isNull();
        assertThat(stays).allMatch(Stay::deprivedOfLiberty);
    }

    @Test
    void a_census_moment_inside_a_stay_sees_the_stay_and_counts_whole_days_held() {
        Events kase = Events.aCase()
                .add(EventType.CUSTODY_STARTED, "2026-01-10T08:00", "unit", "POL-12")
                .add(EventType.PRETRIAL_DETENTION_ORDERED, "2026-01-11T10:00", "facility", "CC2")
                .add(EventType.PLACED, "2026-01-11T15:00", "facility", "CC2")
                .add(EventType.RELEASED, "2026-03-20T10:00", "reason", "BAIL");

        DetentionRecord inCustody = kase.record("2026-01-10T20:00", BORN);
        DetentionRecord inside = kase.record("2026-02-10T07:59", BORN);
        DetentionRecord after = kase.record("2026-03-21T00:00", BORN);
        DetentionRecord before = kase.record("2026-01-10T07:59", BORN);

        assertThat(inCustody.current().status()).isEqualTo(LegalStatus.POLICE_CUSTODY);
        assertThat(inCustody.current().facility()).isEqualTo("POL-12");
        assertThat(inside.current().facility()).isEqualTo("CC2");
        assertThat(inside.current().status()).isEqualTo(LegalStatus.PRETRIAL);
        assertThat(inside.daysHeld()).as("31 days less one minute").isEqualTo(30);
        assertThat(kase.record("2026-02-10T08:00", BORN).daysHeld()).isEqualTo(31);
        assertThat(after.held()).isFalse();
        assertThat(before.held()).isFalse();
        assertThat(inside.age()).isEqualTo(16);
    }

    @Test
    void a_release_ends_the_stay_and_a_readmission_starts_a_new_one_and_pushes_the_end_of_the_sentence_back() {
        Events kase = Events.aCase()
                .add(EventType.PRETRIAL_DETENTION_ORDERED, "2025-01-01T09:00", "facility", "CC2")
                .add(EventType.PLACED, "2025-01-01T12:00", "facility", "CC2")
                .add(EventType.SENTENCED, "2025-03-01T09:00", "custodial", true, "months", 18)
                .add(EventType.RELEASED, "2025-04-01T09:00", "reason", "CONDITIONAL")
                .add(EventType.PLACED, "2025-05-01T09:00", "facility", "YRC-08");

        List<Stay> stays = kase.history().stays();
        assertThat(stays).extracting(Stay::status).containsExactly(LegalStatus.PRETRIAL, LegalStatus.CONVICTED,
                LegalStatus.CONVICTED);
        assertThat(stays.get(1).until()).isEqualTo(at("2025-04-01T09:00"));
        assertThat(stays.get(2).detainedSince()).isEqualTo(at("2025-05-01T09:00"));
        assertThat(stays.get(2).facility()).isEqualTo("YRC-08");

        DetentionRecord record = kase.record("2025-06-01T09:00", BORN);
        assertThat(record.sentenceStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        // 18 months from 1 January 2025, plus the 30 days at liberty in April.
        assertThat(record.releaseDue()).isEqualTo(LocalDate.of(2026, 7, 1).plusDays(30));
        // Half of a sentence over a year (JJL 72): half of 546 days is 273, plus the 30 days.
        assertThat(record.conditionalReleaseFrom()).isEqualTo(LocalDate.of(2025, 1, 1).plusDays(273 + 30));
        assertThat(record.daysHeld()).isEqualTo(31);
    }

    @Test
    void conditional_release_comes_after_a_third_of_a_sentence_of_a_year_or_less() {
        Events kase = Events.aCase()
                .add(EventType.CUSTODY_STARTED, "2025-02-01T08:00", "unit", "POL-12")
                .add(EventType.PRETRIAL_DETENTION_ORDERED, "2025-02-02T08:00", "facility", "CC2")
                .add(EventType.SENTENCED, "2025-04-01T09:00", "custodial", true, "months", 12);

        DetentionRecord record = kase.record("2025-05-01T09:00", BORN);

        assertThat(record.current().status()).isEqualTo(LegalStatus.CONVICTED);
        assertThat(record.current().facility()).as("still where the pre-trial detention was").isEqualTo("CC2");
        assertThat(record.releaseDue()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(record.conditionalReleaseFrom()).isEqualTo(LocalDate.of(2025, 2, 1).plusDays(122));
    }

    @Test
    void a_voided_placement_counts_nowhere() {
        Events kase = Events.aCase()
                .voided(EventType.PLACED, "2026-01-11T15:00", "facility", "PRI-17")
                .add(EventType.PLACED, "2026-01-11T15:00", "facility", "CC2");

        assertThat(kase.history().stays()).extracting(Stay::facility).containsExactly("CC2");
        assertThat(kase.history().at(at("2026-01-12T00:00")).orElseThrow().status())
                .as("placed with no order on the timeline").isEqualTo(LegalStatus.NO_ORDER);
    }

    @Test
    void an_appeal_pending_makes_a_convicted_child_not_finally_sentenced_until_it_is_heard() {
        Events kase = Events.aCase()
                .add(EventType.PRETRIAL_DETENTION_ORDERED, "2025-01-01T09:00", "facility", "PRI-17")
                .add(EventType.PLACED, "2025-01-01T12:00", "facility", "PRI-17")
                .add(EventType.SENTENCED, "2025-03-01T09:00", "custodial", true, "months", 24)
                .add(EventType.APPEAL_FILED, "2025-03-05T09:00")
                .add(EventType.APPEAL_HEARD, "2025-06-05T09:00");

        assertThat(kase.history().at(at("2025-04-01T00:00")).orElseThrow().status())
                .isEqualTo(LegalStatus.AWAITING_APPEAL);
        assertThat(LegalStatus.AWAITING_APPEAL.preSentence()).isTrue();
        assertThat(kase.history().at(at("2025-07-01T00:00")).orElseThrow().status()).isEqualTo(LegalStatus.CONVICTED);
        assertThat(kase.history().at(at("2025-07-01T00:00")).orElseThrow().separated())
                .as("the prison does not separate minors").isFalse();
    }

    @Test
    void the_end_of_pre_trial_detention_without_a_release_leaves_the_child_held_with_no_order() {
        Events kase = Events.aCase()
                .add(EventType.PRETRIAL_DETENTION_ORDERED, "2025-01-01T09:00", "facility", "CC2")
                .add(EventType.PLACED, "2025-01-01T12:00", "facility", "CC2")
                .add(EventType.PRETRIAL_DETENTION_ENDED, "2025-02-01T09:00", "reason", "Limit reached");

        Stay now = kase.history().at(at("2025-03-01T00:00")).orElseThrow();

        assertThat(now.status()).isEqualTo(LegalStatus.NO_ORDER);
        assertThat(now.deprivedOfLiberty()).isTrue();
        assertThat(now.detainedSince()).isEqualTo(at("2025-01-01T09:00"));
    }

    @Test
    void a_child_living_with_the_mother_is_not_deprived_of_liberty_and_must_leave_by_the_third_birthday() {
        LocalDate born = LocalDate.of(2024, 2, 29);
        Events kase = Events.aCase(CaseRole.ACCOMPANYING_CAREGIVER)
                .add(EventType.PLACED, "2024-03-10T09:00", "facility", "CC2", "withCaregiver", true,
                        "separatedFromAdults", false);

        DetentionRecord record = kase.record("2026-12-01T09:00", born);

        assertThat(record.current().status()).isEqualTo(LegalStatus.WITH_CAREGIVER);
        assertThat(record.current().withCaregiver()).isTrue();
        assertThat(record.deprivedOfLiberty()).isFalse();
        assertThat(record.turns3()).contains(LocalDate.of(2027, 2, 28));
        assertThat(record.daysTo(record.turns3().orElseThrow())).isEqualTo(89);
        assertThat(record.age()).isEqualTo(2);
    }

    @Test
    void a_child_victim_in_a_shelter_is_in_care_and_the_birthdays_follow_the_youngest_credible_age() {
        Events kase = Events.aCase(CaseRole.VICTIM)
                .add(EventType.PLACED, "2026-01-05T09:00", "facility", "SH-12");

        DetentionRecord record = kase.record("2026-02-01T00:00", LocalDate.of(2008, 2, 1));

        assertThat(record.current().status()).isEqualTo(LegalStatus.CARE);
        assertThat(record.deprivedOfLiberty()).isFalse();
        assertThat(record.turns18()).contains(LocalDate.of(2026, 2, 1));
        assertThat(record.age()).isEqualTo(18);
        assertThat(record.turns24()).contains(LocalDate.of(2032, 2, 1));
    }

    @Test
    void family_contacts_complaints_and_deaths_are_placed_at_the_facility_of_the_moment() {
        Events kase = Events.aCase()
                .add(EventType.PLACED, "2026-01-05T09:00", "facility", "CC2")
                .add(EventType.FAMILY_CONTACT, "2026-01-20T09:00", "kind", "VISIT")
                .add(EventType.TRANSFERRED, "2026-02-01T09:00", "from", "CC2", "to", "PRI-17")
                .add(EventType.COMPLAINT_FILED, "2026-02-03T09:00")
                .add(EventType.DIED_IN_DETENTION, "2026-02-10T09:00");

        DetentionHistory.History history = kase.history();

        assertThat(history.occurrences()).extracting(Occurrence::kind, Occurrence::facility).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OccurrenceKind.FAMILY_CONTACT, "CC2"),
                org.assertj.core.groups.Tuple.tuple(OccurrenceKind.COMPLAINT, "PRI-17"),
                org.assertj.core.groups.Tuple.tuple(OccurrenceKind.DEATH, "PRI-17"));
        assertThat(history.at(at("2026-02-11T00:00"))).isEmpty();
        assertThat(kase.record("2026-02-05T00:00", BORN).familyContactWithinThreeMonths()).isTrue();
        assertThat(kase.record("2026-05-01T00:00", BORN).familyContactWithinThreeMonths()).isFalse();
    }

    @Test
    void two_changes_at_the_same_instant_leave_no_empty_stay() {
        Events kase = Events.aCase()
                .add(EventType.CUSTODY_STARTED, "2026-01-10T08:00", "unit", "POL-12")
                .add(EventType.CUSTODY_ENDED, "2026-01-11T08:00", "outcome", "PRESENTED_TO_PROSECUTOR")
                .add(EventType.PRETRIAL_DETENTION_ORDERED, "2026-01-11T08:00", "facility", "CC2");

        List<Stay> stays = kase.history().stays();

        assertThat(stays).extracting(Stay::status).containsExactly(LegalStatus.POLICE_CUSTODY, LegalStatus.PRETRIAL);
        assertThat(stays.get(0).until()).isEqualTo(stays.get(1).since());
        assertThat(stays.get(1).detainedSince()).isEqualTo(at("2026-01-10T08:00"));
    }
}
