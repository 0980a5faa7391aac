package org.komar.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblem;
import org.komar.shared.KomarException;

class EventValidatorTest {

    private static final Instant NOW = Instant.parse("2026-01-10T03:00:00Z");
    private static final OffsetDateTime EARLIER = OffsetDateTime.parse("2026-01-10T08:00:00+07:00");
    private final EventValidator validator = new EventValidator(Clock.fixed(NOW, Cambodia.ZONE), code -> !"NOPE".equals(code));

    @Test
    void a_valid_event_keeps_its_typed_attributes() {
        EventValidator.Valid valid = validator.validate(new NewEvent("CUSTODY_STARTED", EARLIER,
                Map.of("unit", " POL-12 ", "separatedFromAdults", true)));

        assertThat(valid.type()).isEqualTo(EventType.CUSTODY_STARTED);
        assertThat(valid.attributes().text("unit")).contains("POL-12");
        assertThat(valid.attributes().isTrue("separatedFromAdults")).isTrue();
    }

    @Test
    void an_unknown_type_is_refused_with_its_own_code() {
        assertThatThrownBy(() -> validator.validate(new NewEvent("TELEPORTED", EARLIER, Map.of())))
                .isInstanceOf(KomarException.class).extracting("code").isEqualTo("UNKNOWN_EVENT_TYPE");
    }

    @Test
    void a_missing_required_attribute_is_named() {
        assertThat(problems(new NewEvent("CUSTODY_ENDED", EARLIER, Map.of())))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("attributes.outcome", "MISSING_ATTRIBUTE"));
    }

    @Test
    void every_problem_is_reported_at_once() {
        List<FieldProblem> problems = problems(new NewEvent("SENTENCED", null,
                Map.of("custodial", "yes", "months", 9999, "colour", "red")));

        assertThat(problems).extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("REQUIRED", "EXPECTED_BOOLEAN", "OUT_OF_RANGE", "UNKNOWN_ATTRIBUTE");
    }

    @Test
    void an_event_in_the_future_is_refused_beyond_a_small_clock_tolerance() {
        OffsetDateTime withinTolerance = NOW.plusSeconds(60).atOffset(Cambodia.OFFSET);
        OffsetDateTime beyond = NOW.plusSeconds(3600).atOffset(Cambodia.OFFSET);

        assertThat(validator.validate(new NewEvent("ARRESTED", withinTolerance, Map.of())).type())
                .isEqualTo(EventType.ARRESTED);
        assertThat(problems(new NewEvent("ARRESTED", beyond, Map.of()))).extracting(FieldProblem::code)
                .containsExactly("EVENT_IN_FUTURE");
    }

    @Test
    void choices_dates_and_facilities_are_checked() {
        assertThat(problems(new NewEvent("AGE_CLAIM_RECORDED", EARLIER,
                Map.of("birthDate", "2010-02-30", "precision", "WEEK", "evidence", "BIRTH_CERTIFICATE"))))
                .extracting(FieldProblem::code).containsExactlyInAnyOrder("MALFORMED_DATE", "UNKNOWN_CHOICE");
        assertThat(problems(new NewEvent("PLACED", EARLIER, Map.of("facility", "NOPE"))))
                .extracting(FieldProblem::code).containsExactly("UNKNOWN_FACILITY");
    }

    @Test
    void diversion_measures_are_read_as_a_list_of_typed_items() {
        EventValidator.Valid valid = validator.validate(new NewEvent("DIVERSION_ORDERED", EARLIER, Map.of("by",
                "PROSECUTOR", "measures", List.of(Map.of("type", "COMMUNITY_SERVICE", "hours", 40)))));

        assertThat(valid.attributes().measures()).containsExactly(Map.of("type", "COMMUNITY_SERVICE", "hours", 40));
        assertThat(problems(new NewEvent("DIVERSION_ORDERED", EARLIER,
                Map.of("measures", List.of(Map.of("hours", -3)))))).extracting(FieldProblem::code)
                .containsExactly("OUT_OF_RANGE");
    }

    private List<FieldProblem> problems(NewEvent event) {
        try {
            validator.validate(event);
        } catch (KomarException invalid) {
            return invalid.fieldProblems();
        }
        throw new AssertionError("expected the event to be refused");
    }
}
