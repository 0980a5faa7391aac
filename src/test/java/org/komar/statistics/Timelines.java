package org.komar.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.timeline.Attributes;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;
import org.komar.timeline.Voiding;

/** Small timelines for the pure tests: events at Phnom Penh times, some voided. */
final class Timelines {

    private static final UserId RECORDER = new UserId(UUID.randomUUID());

    private final CaseId caseId = CaseId.random();
    private final List<LegalEvent> events = new ArrayList<>();

    static Timelines aCase() {
        return new Timelines();
    }

    Timelines add(EventType type, String at, Object... attributes) {
        return add(type, at, false, attributes);
    }

    Timelines voided(EventType type, String at, Object... attributes) {
        return add(type, at, true, attributes);
    }

    private Timelines add(EventType type, String at, boolean voided, Object... attributes) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put((String) attributes[i], attributes[i + 1]);
        }
        OffsetDateTime when = OffsetDateTime.parse(at + ":00+07:00");
        events.add(new LegalEvent(new EventId(UUID.randomUUID()), caseId, events.size() + 1, type, when,
                when.toInstant(), RECORDER, Attributes.from(map),
                voided ? new Voiding("entered in error", Instant.now(), RECORDER) : null));
        return this;
    }

    Timeline timeline() {
        return new Timeline(caseId, events.size(), events);
    }
}
