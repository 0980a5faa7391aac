package org.komar.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail as administrators read it. */
public record AuditEntry(long id, Instant at, UUID actorId, String actorUsername, UUID agencyId, String action,
                         String subjectType, String subjectId, UUID caseId, UUID childId, String remoteAddr,
                         String reason, String details) {
}
