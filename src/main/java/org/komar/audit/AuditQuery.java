package org.komar.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of an audit search; null means "any". */
public record AuditQuery(String actorUsername, String action, UUID caseId, UUID childId, Instant from, Instant to,
                         int limit) {
}
