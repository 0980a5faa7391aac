package org.komar.access;

import java.util.UUID;

public record AgencyId(UUID value) {

    public AgencyId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static AgencyId of(String value) {
        return new AgencyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
