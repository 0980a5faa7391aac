package org.komar.timeline;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.komar.access.UserId;
import org.komar.shared.CaseId;

/**
 * One recorded legal event. {@code occurredAt} is when it happened (with the offset it was recorded in),
 * {@code recordedAt}/{@code recordedBy} when and by whom it was entered; {@code seq} orders events of a case that
 * happened at the same instant. {@code voiding} is null for a live event.
 */
public record LegalEvent(EventId id, CaseId caseId, int seq, EventType type, OffsetDateTime occurredAt,
                         Instant recordedAt, UserId recordedBy, Attributes attributes, Voiding voiding) {

    public boolean voided() {
        return voiding != null;
    }

    public boolean is(EventType candidate) {
        return type == candidate;
    }

    public Instant at() {
        return occurredAt.toInstant();
    }
}
