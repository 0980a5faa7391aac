package org.komar.shared;

import java.util.Objects;
import java.util.UUID;

/** Typed identifier, the same name in the API, the code and the columns. */
public record ChildId(UUID value) {

    public ChildId {
        Objects.requireNonNull(value, "value");
    }

    public static ChildId random() {
        return new ChildId(UUID.randomUUID());
    }

    /** Parses an identifier from a path or body; anything that is not a UUID is "not found", not a server error. */
    public static ChildId parse(String value, String notFoundCode) {
        try {
            return new ChildId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound(notFoundCode);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
