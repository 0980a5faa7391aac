package org.komar.timeline;

import java.time.Instant;

import org.komar.access.UserId;

/** Why, when and by whom an event was voided. The event stays on the timeline, struck through. */
public record Voiding(String reason, Instant voidedAt, UserId voidedBy) {
}
