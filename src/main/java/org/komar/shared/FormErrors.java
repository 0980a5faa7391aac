package org.komar.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A failed form submission, localised for the page: a message per field (keyed by the field path used in the
 * error, e.g. {@code birthDate}) and a general message when the failure concerns no single field.
 */
public record FormErrors(Map<String, String> fields, String general) {

    public static final FormErrors NONE = new FormErrors(Map.of(), null);

    public static FormErrors of(KomarException error, Problems problems, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldProblem problem : error.fieldProblems()) {
            fields.merge(problem.field(), problems.message(problem.code(), problem.args(), locale),
                    (a, b) -> a + " " + b);
        }
        String general = error.fieldProblems().isEmpty() ? problems.message(error.code(), error.args(), locale) : null;
        return new FormErrors(fields, general);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String get(String field) {
        return fields.get(field);
    }

    public boolean any() {
        return general != null || !fields.isEmpty();
    }
}
