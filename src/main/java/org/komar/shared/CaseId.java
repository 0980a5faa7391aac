package org.komar.shared;

import java.util.Objects;
import java.util.UUID;

/** Typed identifier, the same name in the API, the code and the columns. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /** Parses an identifier from a path or body; anything that is not a UUID is "not found", not a server error. */
    public static CaseId parse(String value, String notFoundCode) {
        try {
            return new CaseId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound(notFoundCode);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
