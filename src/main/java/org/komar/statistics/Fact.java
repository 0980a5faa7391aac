package org.komar.statistics;

import java.time.Instant;

/** One counted moment of a case. {@code flag}, {@code auxAt} and {@code detail} mean what its kind says. */
record Fact(FactKind kind, Instant at, Boolean flag, Instant auxAt, String detail) {

    static Fact of(FactKind kind, Instant at) {
        return new Fact(kind, at, null, null, null);
    }
}
