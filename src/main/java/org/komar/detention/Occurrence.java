package org.komar.detention;

import java.time.Instant;

import org.komar.shared.CaseId;

/**
 * A family contact, complaint, incident or death recorded on a timeline, placed at the facility where the child
 * was at that moment ({@code facility} null when the child was not held anywhere known).
 */
public record Occurrence(CaseId caseId, OccurrenceKind kind, Instant at, String facility) {
}
