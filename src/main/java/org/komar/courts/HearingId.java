package org.komar.courts;

import java.util.Objects;
import java.util.UUID;

import org.komar.shared.KomarException;

/** Typed identifier of a scheduled hearing. */
public record HearingId(UUID value) {

    public HearingId {
        Objects.requireNonNull(value, "value");
    }

    static HearingId random() {
        return new HearingId(UUID.randomUUID());
    }

    public static HearingId parse(String value) {
        try {
            return new HearingId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound("HEARING_NOT_FOUND");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
