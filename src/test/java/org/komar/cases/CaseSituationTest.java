package org.komar.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.UserId;
import org.komar.child.BirthDateClaim;
import org.komar.child.Evidence;
import org.komar.child.Precision;
import org.komar.shared.CaseId;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;
import org.komar.timeline.Voiding;

class CaseSituationTest {

    private static final CaseId CASE = CaseId.random();
    private static final UserId USER = new UserId(UUID.randomUUID());
    private static final Optional<BirthDateClaim> BORN_2010 = Optional.of(
            new BirthDateClaim(LocalDate.of(2010, 3, 15), Precision.DAY, Evidence.BIRTH_CERTIFICATE));
    private final List<LegalEvent> events = new ArrayList<>();

    @Test
    void a_child_in_custody_is_shown_in_custody_since_arrival() {
        event(EventType.ARRESTED, "2026-01-10T07:30:00+07:00");
        event(EventType.CUSTODY_STARTED, "2026-01-10T08:00:00+07:00");

        CaseSituation situation = derive("2026-01-10T20:00:00+07:00");

        assertThat(situation.custodySince()).isEqualTo(Instant.parse("2026-01-10T01:00:00Z"));
        assertThat(situation.deprivedOfLiberty()).isTrue();
        assertThat(situation.stage()).isEqualTo(CaseSituation.Stage.POLICE);
        assertThat(situation.ageAtOffence()).isEqualTo(15);
    }

    @Test
    void the_situation_as_of_a_past_moment_ignores_later_events() {
        event(EventType.CUSTODY_STARTED, "2026-01-10T08:00:00+07:00");
        event(EventType.CUSTODY_ENDED, "2026-01-11T06:00:00+07:00");

        assertThat(derive("2026-01-10T20:00:00+07:00").inCustody()).isTrue();
        assertThat(derive("2026-01-11T07:00:00+07:00").inCustody()).isFalse();
    }

    @Test
    void pre_trial_detention_replaces_custody_and_ends_at_sentencing() {
        event(EventType.CUSTODY_STARTED, "2026-01-10T08:00:00+07:00");
        event(EventType.PRETRIAL_DETENTION_ORDERED, "2026-01-11T10:00:00+07:00");
        event(EventType.PLACED, "2026-01-11T15:00:00+07:00", Map.of("facility", "CC2"));

        CaseSituation detained = derive("2026-02-01T00:00:00+07:00");
        assertThat(detained.inCustody()).isFalse();
        assertThat(detained.inPretrialDetention()).isTrue();
        assertThat(detained.facility()).isEqualTo("CC2");

        event(EventType.SENTENCED, "2026-03-01T10:00:00+07:00", Map.of("custodial", true, "months", 12));
        CaseSituation sentenced = derive("2026-03-02T00:00:00+07:00");
        assertThat(sentenced.inPretrialDetention()).isFalse();
        assertThat(sentenced.facility()).isEqualTo("CC2");
        assertThat(sentenced.stage()).isEqualTo(CaseSituation.Stage.SENTENCED);
    }

    @Test
    void a_voided_event_changes_nothing() {
        events.add(new LegalEvent(new EventId(UUID.randomUUID()), CASE, 1, EventType.CUSTODY_STARTED,
                OffsetDateTime.parse("2026-01-10T08:00:00+07:00"), Instant.now(), USER,
                org.komar.timeline.Attributes.NONE, new Voiding("wrong child", Instant.now(), USER)));

        assertThat(derive("2026-01-10T20:00:00+07:00").inCustody()).isFalse();
    }

    @Test
    void a_later_birth_date_claim_lowers_the_age_used() {
        event(EventType.AGE_CLAIM_RECORDED, "2026-01-10T09:00:00+07:00",
                Map.of("birthDate", "2012-01-01", "precision", "YEAR", "evidence", "DECLARATION"));

        CaseSituation situation = derive("2026-01-10T20:00:00+07:00");

        assertThat(situation.ageAtOffence()).isEqualTo(13);
        assertThat(situation.oldestAgeAtOffence()).isEqualTo(15);
        assertThat(situation.ageInDoubt()).isTrue();
    }

    private CaseSituation derive(String asOf) {
        return CaseSituation.derive(new Timeline(CASE, events.size(), events), BORN_2010, LocalDate.of(2026, 1, 10),
                OffsetDateTime.parse(asOf).toInstant());
    }

    private void event(EventType type, String at) {
        event(type, at, Map.of());
    }

    private void event(EventType type, String at, Map<String, Object> attributes) {
        events.add(new LegalEvent(new EventId(UUID.randomUUID()), CASE, events.size() + 1, type,
                OffsetDateTime.parse(at), Instant.now(), USER, Attributes.of(attributes), null));
    }

    /** Test access to attribute construction without the validator. */
    private static final class Attributes {
        static org.komar.timeline.Attributes of(Map<String, Object> values) {
            return org.komar.timeline.Attributes.from(values);
        }
    }
}
