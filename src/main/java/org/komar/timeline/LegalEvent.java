package org.komar.timeline;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.komar.access.UserId;
import org.komar.shared.CaseId;

/**
 * One recorded legal event. {@code occurredAt} is when it happened (with the offset it was recorded in),
 * {@code recordedAt}/{@code recordedBy} when and by whom it was entered; {@code seq} orders events of a case that
 * happened at the same instant. {@code voiding} is null for a live event. {@code at} is always {@code occurredAt} as
 * an instant, worked out once here whatever is passed: timelines are sorted, cut and compared by it so often that
 * working it out on every call was 7% of Komar's time in an import.
 */
public record LegalEvent(EventId id, CaseId caseId, int seq, EventType type, OffsetDateTime occurredAt,
                         Instant recordedAt, UserId recordedBy, Attributes attributes, Voiding voiding, Instant at) {

    public LegalEvent {
        at = occurredAt == null ? null : occurredAt.toInstant();
    }

    public LegalEvent(EventId id, CaseId caseId, int seq, EventType type, OffsetDateTime occurredAt,
                      Instant recordedAt, UserId recordedBy, Attributes attributes, Voiding voiding) {
        this(id, caseId, seq, type, occurredAt, recordedAt, recordedBy, attributes, voiding, null);
    }

    public boolean voided() {
        return voiding != null;
    }

    public boolean is(EventType candidate) {
        return type == candidate;
    }
}
