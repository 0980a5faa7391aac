package org.komar.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/**
 * An aftercare plan made at a child's release: its goals, the services planned (values of the timeline's service
 * kinds), the agency responsible and its programme, when it starts, and what followed. {@code releasedAt} is the
 * release the re-offending windows count from.
 */
public record AftercarePlan(AftercarePlanId id, CaseId caseId, ChildId childId, AgencyId agency, String programme,
                            Instant releasedAt, LocalDate startsOn, String goals, List<String> services,
                            UUID startedEventId, UserId createdBy, Instant createdAt, List<Contact> contacts) {

    /** A contact or a service after the plan started, with the timeline event that records it. */
    public record Contact(UUID id, ContactKind kind, String service, LocalDate on, String note, UUID eventId,
                          UserId recordedBy, Instant recordedAt) {
    }
}
