package org.komar.timeline;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.komar.access.UserId;

/**
 * One event of an imported timeline, validated ({@link TimelineStore#validate}), with the identity, recording
 * moment and recorder the import gives it, and its voiding when it arrives voided.
 */
public record ImportedEvent(EventId id, EventValidator.Valid valid, OffsetDateTime occurredAt, Instant recordedAt,
                            UserId recordedBy, Voiding voiding) {
}
