package org.komar.timeline;

import java.time.OffsetDateTime;
import java.util.Map;

/** An event as a caller asks to record it; validated against its type by {@link EventValidator}. */
public record NewEvent(String type, OffsetDateTime occurredAt, Map<String, Object> attributes) {
}
