package org.komar.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Parsing enum values from requests, reporting unknown or missing ones as field problems. */
public final class Enums {

    private Enums() {
    }

    /** The constant named {@code value}, or null with a problem added when it is unknown (or missing and required). */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FieldProblems problems,
                                              boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field, "REQUIRED");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            problems.add(field, "UNKNOWN_CHOICE", value, Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }
}
