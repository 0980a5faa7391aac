package org.komar.access;

import java.util.UUID;

public record UserId(UUID value) {

    /**
     * Komar itself, as the recorder of what happens by operation of law with no person acting (e.g. a diversion
     * modification deemed approved after 5 working days, JJL 70). No account has this id, so nobody signs in as it.
     */
    public static final UserId SYSTEM = new UserId(new UUID(0L, 0L));

    public UserId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
