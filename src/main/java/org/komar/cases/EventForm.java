package org.komar.cases;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblems;
import org.komar.timeline.AttributeKind;
import org.komar.timeline.AttributeSpec;
import org.komar.timeline.EventType;
import org.komar.timeline.NewEvent;

/**
 * Turns the generic event form (fields named {@code attr.<name>}, measures as {@code measure<i>.<field>}) into a
 * {@link NewEvent} with typed values. The moment is entered as Cambodia's local time. Unparsable values become field
 * problems with the same codes the API uses.
 */
final class EventForm {

    static final int MEASURE_ROWS = 4;

    private EventForm() {
    }

    static NewEvent parse(EventType type, String occurredAt, Map<String, String> form) {
        FieldProblems problems = new FieldProblems();
        OffsetDateTime when = null;
        if (occurredAt == null || occurredAt.isBlank()) {
            problems.add("occurredAt", "REQUIRED");
        } else {
            try {
                when = LocalDateTime.parse(occurredAt.strip()).atZone(Cambodia.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException malformed) {
                problems.add("occurredAt", "MALFORMED_DATE_TIME");
            }
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (AttributeSpec spec : type.attributes()) {
            String field = "attributes." + spec.name();
            if (spec.kind() == AttributeKind.MEASURES) {
                List<Map<String, Object>> measures = measures(form, field, problems);
                if (!measures.isEmpty()) {
                    attributes.put(spec.name(), measures);
                }
                continue;
            }
            if (spec.kind() == AttributeKind.CHOICE_LIST) {
                List<String> chosen = spec.choice().options().stream()
                        .filter(option -> "true".equals(form.get("attr." + spec.name() + "." + option))).toList();
                if (!chosen.isEmpty()) {
                    attributes.put(spec.name(), chosen);
                }
                continue;
            }
            String raw = form.get("attr." + spec.name());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            switch (spec.kind()) {
                case BOOLEAN -> attributes.put(spec.name(), Boolean.valueOf("true".equals(raw)));
                case INTEGER -> integer(raw, field, problems, value -> attributes.put(spec.name(), value));
                default -> attributes.put(spec.name(), raw.strip());
            }
        }
        problems.throwIfAny();
        return new NewEvent(type.name(), when, attributes);
    }

    private static List<Map<String, Object>> measures(Map<String, String> form, String field,
                                                      FieldProblems problems) {
        List<Map<String, Object>> measures = new ArrayList<>();
        for (int i = 0; i < MEASURE_ROWS; i++) {
            String type = form.get("measure" + i + ".type");
            if (type == null || type.isBlank()) {
                continue;
            }
            Map<String, Object> measure = new LinkedHashMap<>();
            measure.put("type", type);
            String itemField = field + "[" + measures.size() + "]";
            for (String key : List.of("hours", "months")) {
                String raw = form.get("measure" + i + "." + key);
                if (raw != null && !raw.isBlank()) {
                    integer(raw, itemField + "." + key, problems, value -> measure.put(key, value));
                }
            }
            measures.add(measure);
        }
        return measures;
    }

    private static void integer(String raw, String field, FieldProblems problems,
                                java.util.function.IntConsumer accept) {
        try {
            accept.accept(Integer.parseInt(raw.strip()));
        } catch (NumberFormatException malformed) {
            problems.add(field, "EXPECTED_INTEGER");
        }
    }
}
