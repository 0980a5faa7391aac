package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.statistics.Timelines.aCase;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.timeline.EventType;

class CaseStatisticsTest {

    @Test
    void an_arrest_carries_the_first_lawyer_contact_after_it() {
        List<Fact> facts = CaseStatistics.derive(aCase()
                .add(EventType.ARRESTED, "2026-03-01T08:00", "flagrant", true)
                .add(EventType.NOTIFIED, "2026-03-01T09:00", "party", "LAWYER", "reached", false)
                .add(EventType.INTERROGATED, "2026-03-01T10:00", "by", "POLICE", "lawyerPresent", false)
                .add(EventType.NOTIFIED, "2026-03-02T11:30", "party", "LAWYER", "reached", true)
                .add(EventType.LAWYER_ASSIGNED, "2026-03-03T08:00").timeline());

        assertThat(facts).singleElement().satisfies(arrest -> {
            assertThat(arrest.kind()).isEqualTo(FactKind.ARREST);
            assertThat(arrest.flag()).isTrue();
            assertThat(arrest.auxAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T11:30:00+07:00").toInstant());
        });
    }

    @Test
    void police_custody_without_a_recorded_arrest_counts_as_the_arrest() {
        List<Fact> facts = CaseStatistics.derive(aCase()
                .add(EventType.CUSTODY_STARTED, "2026-03-01T08:00")
                .add(EventType.CUSTODY_STARTED, "2026-04-01T08:00").timeline());

        assertThat(facts).extracting(Fact::kind).containsExactly(FactKind.ARREST);
        assertThat(facts.get(0).auxAt()).isNull();
    }

    @Test
    void a_voided_event_counts_nowhere() {
        List<Fact> facts = CaseStatistics.derive(aCase()
                .voided(EventType.ARRESTED, "2026-03-01T08:00")
                .voided(EventType.SENTENCED, "2026-05-01T08:00", "custodial", true)
                .voided(EventType.DIED_IN_DETENTION, "2026-06-01T08:00")
                .add(EventType.SENTENCED, "2026-05-02T08:00", "custodial", false).timeline());

        assertThat(facts).extracting(Fact::kind).containsExactly(FactKind.SENTENCE);
        assertThat(facts.get(0).flag()).isFalse();
    }

    @Test
    void a_suspended_prison_sentence_is_not_custodial() {
        List<Fact> facts = CaseStatistics.derive(aCase()
                .add(EventType.SENTENCED, "2026-05-02T08:00", "custodial", true, "months", 12, "suspended", true)
                .add(EventType.SENTENCED, "2026-09-02T08:00", "custodial", true, "months", 6).timeline());

        assertThat(facts).extracting(Fact::flag).containsExactly(false, true);
    }

    @Test
    void diversion_counts_before_a_sentence_only() {
        List<Fact> facts = CaseStatistics.derive(aCase()
                .add(EventType.POLICE_WARNING, "2026-01-02T08:00", "form", "WRITTEN")
                .add(EventType.DIVERSION_ORDERED, "2026-02-02T08:00", "by", "PROSECUTOR")
                .add(EventType.SENTENCED, "2026-05-02T08:00", "custodial", false)
                .add(EventType.DIVERSION_ORDERED, "2026-06-02T08:00", "by", "TRIAL_COURT").timeline());

        assertThat(facts).filteredOn(f -> f.kind() == FactKind.DIVERSION).extracting(Fact::detail)
                .containsExactly("POLICE", "PROSECUTOR");
    }

    @Test
    void a_release_carries_the_aftercare_that_began_after_it() {
        List<Fact> facts = CaseStatistics.derive(aCase()
                .add(EventType.AFTERCARE_STARTED, "2026-01-02T08:00")
                .add(EventType.RELEASED, "2026-03-01T08:00", "reason", "END_OF_SENTENCE")
                .add(EventType.AFTERCARE_STARTED, "2026-03-10T08:00").timeline());

        Fact release = facts.stream().filter(f -> f.kind() == FactKind.RELEASE).findFirst().orElseThrow();
        assertThat(release.auxAt()).isEqualTo(OffsetDateTime.parse("2026-03-10T08:00:00+07:00").toInstant());
        assertThat(release.detail()).isEqualTo("END_OF_SENTENCE");
    }

    @Test
    void hearings_family_contacts_and_deaths_are_kept_with_what_counts_about_them() {
        List<Fact> facts = CaseStatistics.derive(aCase()
                .add(EventType.HEARING_HELD, "2026-03-01T08:00", "inCamera", true, "court", "CFI-12")
                .add(EventType.HEARING_HELD, "2026-04-01T08:00")
                .add(EventType.FAMILY_CONTACT, "2026-04-02T08:00", "kind", "VISIT")
                .add(EventType.DIED_IN_DETENTION, "2026-05-01T08:00").timeline());

        assertThat(facts).extracting(Fact::kind).containsExactly(FactKind.HEARING, FactKind.HEARING,
                FactKind.FAMILY_CONTACT, FactKind.DEATH);
        assertThat(facts.get(0).flag()).isTrue();
        assertThat(facts.get(0).detail()).isEqualTo("CFI-12");
        assertThat(facts.get(1).flag()).isNull();
    }
}
