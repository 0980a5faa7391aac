package org.komar.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one request so that the caller hears about all of them at once. */
public final class FieldProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldProblems add(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, args));
        return this;
    }

    public FieldProblems addAll(List<FieldProblem> more) {
        problems.addAll(more);
        return this;
    }

    /** Text from a request: stripped, null when blank; a problem when required and blank, or longer than max. */
    public String text(String field, String value, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                add(field, "REQUIRED");
            }
            return null;
        }
        if (stripped.length() > max) {
            add(field, "TEXT_TOO_LONG", max);
        }
        return stripped;
    }

    /** An ISO date (YYYY-MM-DD) from a request, null when blank; a problem when required and blank, or malformed. */
    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "REQUIRED");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            add(field, "MALFORMED_DATE");
            return null;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    /** Throws a 400 naming every problem found, if there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw KomarException.invalidFields(problems);
        }
    }
}
