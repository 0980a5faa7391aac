package org.komar.audit;

import java.util.UUID;

/** What an audited action touched. {@code caseId} and {@code childId} make the trail searchable per child. */
public record AuditSubject(String type, String id, UUID caseId, UUID childId) {

    public static AuditSubject child(UUID childId) {
        return new AuditSubject("CHILD", childId.toString(), null, childId);
    }

    public static AuditSubject ofCase(UUID caseId, UUID childId) {
        return new AuditSubject("CASE", caseId.toString(), caseId, childId);
    }

    public static AuditSubject event(UUID eventId, UUID caseId, UUID childId) {
        return new AuditSubject("EVENT", eventId.toString(), caseId, childId);
    }

    public static AuditSubject of(String type, String id) {
        return new AuditSubject(type, id, null, null);
    }

    public static AuditSubject none() {
        return new AuditSubject(null, null, null, null);
    }
}
