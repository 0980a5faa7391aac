package org.komar.statistics;

import java.time.Instant;
import java.util.Optional;

/**
 * Where indicators 12 and 13 learn how many places of detention there are, how many were independently inspected
 * in the twelve months before the census, and how many run a complaints mechanism: from the facility and detention
 * modules, which keep those records.
 */
interface FacilitySource {

    /** Counts at {@code asOf}, or empty when no facility records are kept. */
    Optional<Counts> counts(Instant asOf);

    record Counts(long places, long inspected, long withComplaints) {
    }
}
