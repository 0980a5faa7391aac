package org.komar.facility;

import java.util.Objects;
import java.util.UUID;

import org.komar.shared.KomarException;

/** Typed identifier of a facility. */
public record FacilityId(UUID value) {

    public FacilityId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an identifier from a path; anything that is not a UUID is "not found". */
    public static FacilityId parse(String value) {
        try {
            return new FacilityId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound("FACILITY_NOT_FOUND");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
