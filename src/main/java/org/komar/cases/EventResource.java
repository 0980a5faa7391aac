package org.komar.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.komar.timeline.LegalEvent;

/** A timeline event in the API. {@code voided} is present only for a voided event. */
@Schema(name = "Event")
public record EventResource(String id, String caseId, int seq, String type, OffsetDateTime occurredAt,
                            Instant recordedAt, String recordedBy, Map<String, Object> attributes, Voided voided) {

    public record Voided(String reason, Instant voidedAt, String voidedBy) {
    }

    public static EventResource of(LegalEvent event) {
        return new EventResource(event.id().toString(), event.caseId().toString(), event.seq(), event.type().name(),
                event.occurredAt(), event.recordedAt(), event.recordedBy().toString(), event.attributes().asMap(),
                event.voiding() == null ? null : new Voided(event.voiding().reason(), event.voiding().voidedAt(),
                        event.voiding().voidedBy().toString()));
    }
}
