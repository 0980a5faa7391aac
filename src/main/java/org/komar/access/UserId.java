package org.komar.access;

import java.util.UUID;

public record UserId(UUID value) {

    public UserId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
