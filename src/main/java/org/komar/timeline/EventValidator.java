package org.komar.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;

/**
 * Checks a {@link NewEvent} against its type: known type, moment given and not in the future, no unknown
 * attribute, every required attribute present, every value of the right kind and within bounds. All problems are
 * reported at once; nothing is recorded unless there are none.
 */
public final class EventValidator {

    /** Clocks of handheld devices drift; an event a few minutes "in the future" is accepted. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    private static final int MAX_LIST = 50;

    private final Clock clock;
    private final FacilityCodes facilities;

    public EventValidator(Clock clock, FacilityCodes facilities) {
        this.clock = clock;
        this.facilities = facilities;
    }

    public record Valid(EventType type, Attributes attributes) {
    }

    public Valid validate(NewEvent event) {
        Optional<EventType> parsed = EventType.parse(event.type());
        if (parsed.isEmpty()) {
            throw KomarException.invalid("UNKNOWN_EVENT_TYPE", String.valueOf(event.type()));
        }
        EventType type = parsed.get();
        FieldProblems problems = new FieldProblems();
        if (event.occurredAt() == null) {
            problems.add("occurredAt", "REQUIRED");
        } else if (event.occurredAt().toInstant().isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            problems.add("occurredAt", "EVENT_IN_FUTURE");
        }
        Map<String, Object> given = event.attributes() == null ? Map.of() : event.attributes();
        Map<String, Object> clean = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            String field = "attributes." + entry.getKey();
            Optional<AttributeSpec> spec = type.attribute(entry.getKey());
            if (spec.isEmpty()) {
                problems.add(field, "UNKNOWN_ATTRIBUTE", entry.getKey(), type.name());
            } else if (entry.getValue() != null) {
                Object value = check(spec.get(), entry.getValue(), field, problems);
                if (value != null) {
                    clean.put(entry.getKey(), value);
                }
            }
        }
        for (AttributeSpec spec : type.attributes()) {
            if (spec.required() && !clean.containsKey(spec.name()) && !hasProblem(problems, spec.name())) {
                problems.add("attributes." + spec.name(), "MISSING_ATTRIBUTE", spec.name(), type.name());
            }
        }
        problems.throwIfAny();
        return new Valid(type, new Attributes(clean));
    }

    private static boolean hasProblem(FieldProblems problems, String name) {
        return problems.list().stream().anyMatch(p -> p.field().equals("attributes." + name));
    }

    private Object check(AttributeSpec spec, Object value, String field, FieldProblems problems) {
        return switch (spec.kind()) {
            case BOOLEAN -> value instanceof Boolean ? value : fail(problems, field, "EXPECTED_BOOLEAN");
            case TEXT -> text(spec, value, field, problems);
            case INTEGER -> integer(spec, value, field, problems);
            case DATE -> date(value, field, problems);
            case CHOICE -> choice(spec, value, field, problems);
            case CHOICE_LIST -> choiceList(spec, value, field, problems);
            case FACILITY -> facility(value, field, problems);
            case MEASURES -> measures(value, field, problems);
        };
    }

    private static Object fail(FieldProblems problems, String field, String code, Object... args) {
        problems.add(field, code, args);
        return null;
    }

    private static Object text(AttributeSpec spec, Object value, String field, FieldProblems problems) {
        if (!(value instanceof String text)) {
            return fail(problems, field, "EXPECTED_TEXT");
        }
        String trimmed = text.strip();
        if (trimmed.length() > spec.max()) {
            return fail(problems, field, "TEXT_TOO_LONG", spec.max());
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static Object integer(AttributeSpec spec, Object value, String field, FieldProblems problems) {
        if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
            return fail(problems, field, "EXPECTED_INTEGER");
        }
        long number = ((Number) value).longValue();
        if (number < spec.min() || number > spec.max()) {
            return fail(problems, field, "OUT_OF_RANGE", spec.min(), spec.max());
        }
        return (int) number;
    }

    private static Object date(Object value, String field, FieldProblems problems) {
        if (!(value instanceof String text)) {
            return fail(problems, field, "MALFORMED_DATE");
        }
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException malformed) {
            return fail(problems, field, "MALFORMED_DATE");
        }
    }

    private static Object choice(AttributeSpec spec, Object value, String field, FieldProblems problems) {
        if (!(value instanceof String text) || !spec.choice().allows(text)) {
            return fail(problems, field, "UNKNOWN_CHOICE", String.valueOf(value), String.join(", ",
                    spec.choice().options()));
        }
        return text;
    }

    private static Object choiceList(AttributeSpec spec, Object value, String field, FieldProblems problems) {
        if (!(value instanceof List<?> list) || list.size() > MAX_LIST) {
            return fail(problems, field, "EXPECTED_LIST");
        }
        List<String> clean = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text) || !spec.choice().allows(text)) {
                return fail(problems, field, "UNKNOWN_CHOICE", String.valueOf(item),
                        String.join(", ", spec.choice().options()));
            }
            if (!clean.contains(text)) {
                clean.add(text);
            }
        }
        return clean;
    }

    private Object facility(Object value, String field, FieldProblems problems) {
        if (!(value instanceof String code) || code.isBlank() || code.length() > 40) {
            return fail(problems, field, "EXPECTED_TEXT");
        }
        if (!facilities.known(code.strip())) {
            return fail(problems, field, "UNKNOWN_FACILITY", code);
        }
        return code.strip();
    }

    private static Object measures(Object value, String field, FieldProblems problems) {
        if (!(value instanceof List<?> list) || list.size() > MAX_LIST) {
            return fail(problems, field, "EXPECTED_LIST");
        }
        List<Map<String, Object>> clean = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemField = field + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                return fail(problems, itemField, "EXPECTED_OBJECT");
            }
            Map<String, Object> measure = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : item.entrySet()) {
                String key = String.valueOf(entry.getKey());
                Object v = entry.getValue();
                switch (key) {
                    case "type" -> {
                        if (!(v instanceof String type) || !Choice.MEASURE.allows(type)) {
                            return fail(problems, itemField + ".type", "UNKNOWN_CHOICE", String.valueOf(v),
                                    String.join(", ", Choice.MEASURE.options()));
                        }
                        measure.put("type", type);
                    }
                    case "hours", "months" -> {
                        if (v != null) {
                            if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() < 0
                                    || ((Number) v).longValue() > 10_000) {
                                return fail(problems, itemField + "." + key, "OUT_OF_RANGE", 0, 10_000);
                            }
                            measure.put(key, ((Number) v).intValue());
                        }
                    }
                    case "description" -> {
                        if (v != null) {
                            if (!(v instanceof String text) || text.length() > 500) {
                                return fail(problems, itemField + "." + key, "TEXT_TOO_LONG", 500);
                            }
                            measure.put(key, text.strip());
                        }
                    }
                    default -> {
                        return fail(problems, itemField + "." + key, "UNKNOWN_ATTRIBUTE", key, "measure");
                    }
                }
            }
            if (!measure.containsKey("type")) {
                return fail(problems, itemField + ".type", "REQUIRED");
            }
            clean.add(measure);
        }
        return clean;
    }
}
