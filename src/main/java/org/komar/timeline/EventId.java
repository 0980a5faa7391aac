package org.komar.timeline;

import java.util.Objects;
import java.util.UUID;

import org.komar.shared.KomarException;

public record EventId(UUID value) {

    public EventId {
        Objects.requireNonNull(value, "value");
    }

    public static EventId parse(String value) {
        try {
            return new EventId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound("EVENT_NOT_FOUND");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
