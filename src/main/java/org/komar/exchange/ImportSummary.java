package org.komar.exchange;

import java.time.Duration;
import java.util.UUID;

/** The counts of an import (so far, or at its end), with its run (null for a dry run) and how long it took. */
public record ImportSummary(UUID run, long lines, long imported, long skipped, long refused, long valid, long events,
                           long bytesRead, Duration elapsed) {

    public double linesPerSecond() {
        double seconds = Math.max(0.001, elapsed.toNanos() / 1e9);
        return lines / seconds;
    }
}
