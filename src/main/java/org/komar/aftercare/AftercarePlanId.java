package org.komar.aftercare;

import java.util.Objects;
import java.util.UUID;

import org.komar.shared.KomarException;

/** Typed identifier of an aftercare plan. */
public record AftercarePlanId(UUID value) {

    public AftercarePlanId {
        Objects.requireNonNull(value, "value");
    }

    static AftercarePlanId random() {
        return new AftercarePlanId(UUID.randomUUID());
    }

    public static AftercarePlanId parse(String value) {
        try {
            return new AftercarePlanId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound("AFTERCARE_PLAN_NOT_FOUND");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
