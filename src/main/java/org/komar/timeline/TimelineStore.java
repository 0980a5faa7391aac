package org.komar.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.shared.BulkInsert;
import org.komar.shared.CaseId;
import org.komar.shared.Json;
import org.komar.shared.KomarException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores timelines. Appends and voids both move the stream version with a compare-and-set on
 * {@code timeline_stream}, so two writers never both succeed from the same read: the second gets
 * {@code STALE_TIMELINE} (409). Callers check permission and scope first; this store only keeps history.
 */
@Service
public class TimelineStore {

    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final EventValidator validator;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TimelineStore(JdbcClient jdbc, BulkInsert bulk, EventValidator validator, ApplicationEventPublisher publisher,
                  Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.validator = validator;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Validates without recording: what {@link #append} would reject, with the same codes. */
    public EventValidator.Valid validate(NewEvent event) {
        return validator.validate(event);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void start(CaseId caseId) {
        jdbc.sql("INSERT INTO timeline_stream (case_id, version) VALUES (:id, 0)").param("id", caseId.value())
                .update();
    }

    /**
     * Appends one event. With {@code expectedVersion} the append only succeeds if nothing was recorded or voided
     * since the caller read that version; without it the event is appended after whatever is there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LegalEvent append(CaseId caseId, Integer expectedVersion, NewEvent event, UserId recordedBy) {
        EventValidator.Valid valid = validator.validate(event);
        return appendValid(caseId, expectedVersion, valid, event.occurredAt(), recordedBy);
    }

    /**
     * Stores whole timelines of new cases in one go (bulk import): each case's stream, its events in the order given
     * (their {@code seq} follows that order) and their voidings, all written as batches in the caller's transaction.
     * The events must have been validated ({@link #validate}); the caller has checked that the cases are new and
     * publishes what derived views need (the cases module's {@code CasesImported}): no {@link LegalEventRecorded}
     * is published per event.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<CaseId, Timeline> storeImported(List<ImportedTimeline> imported) {
        Map<CaseId, Timeline> stored = new java.util.LinkedHashMap<>();
        List<Object[]> streams = new ArrayList<>();
        List<LegalEvent> events = new ArrayList<>();
        List<LegalEvent> voided = new ArrayList<>();
        for (ImportedTimeline timeline : imported) {
            List<LegalEvent> ofCase = new ArrayList<>();
            int seq = 0;
            for (ImportedEvent given : timeline.events()) {
                LegalEvent event = new LegalEvent(given.id(), timeline.caseId(), ++seq, given.valid().type(),
                        given.occurredAt(), given.recordedAt(), given.recordedBy(), given.valid().attributes(),
                        given.voiding());
                ofCase.add(event);
                events.add(event);
                if (event.voided()) {
                    voided.add(event);
                }
            }
            int version = seq + (int) ofCase.stream().filter(LegalEvent::voided).count();
            streams.add(new Object[] {timeline.caseId().value(), version});
            stored.put(timeline.caseId(), new Timeline(timeline.caseId(), version, ofCase));
        }
        bulk.insert("timeline_stream", List.of("case_id", "version"), streams);
        List<Object[]> eventRows = new ArrayList<>(events.size());
        for (LegalEvent event : events) {
            eventRows.add(new Object[] {event.id().value(), event.caseId().value(), event.seq(), event.type().name(),
                    event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC),
                    event.occurredAt().getOffset().getTotalSeconds(), event.recordedAt(), event.recordedBy().value(),
                    Json.write(event.attributes().asMap())});
        }
        bulk.insert("legal_event", List.of("id", "case_id", "seq", "type", "occurred_at", "occurred_offset",
                "recorded_at", "recorded_by", "attributes"), eventRows);
        bulk.insert("legal_event_void", List.of("event_id", "reason", "voided_at", "voided_by"), voided.stream()
                .map(event -> new Object[] {event.id().value(), event.voiding().reason(), event.voiding().voidedAt(),
                        event.voiding().voidedBy().value()}).toList());
        return stored;
    }

    private LegalEvent appendValid(CaseId caseId, Integer expectedVersion, EventValidator.Valid valid,
                                   OffsetDateTime occurredAt, UserId recordedBy) {
        int version = advance(caseId, expectedVersion);
        Instant now = clock.instant();
        LegalEvent recorded = new LegalEvent(new EventId(UUID.randomUUID()), caseId,
                version, valid.type(), occurredAt, now, recordedBy, valid.attributes(), null);
        jdbc.sql("""
                INSERT INTO legal_event (id, case_id, seq, type, occurred_at, occurred_offset, recorded_at,
                                         recorded_by, attributes)
                VALUES (:id, :caseId, :seq, :type, :occurredAt, :offset, :recordedAt, :recordedBy, :attributes)""")
                .param("id", recorded.id().value()).param("caseId", caseId.value()).param("seq", version)
                .param("type", recorded.type().name())
                .param("occurredAt", occurredAt.withOffsetSameInstant(ZoneOffset.UTC))
                .param("offset", occurredAt.getOffset().getTotalSeconds())
                .param("recordedAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("recordedBy", recordedBy.value())
                .param("attributes", Json.write(recorded.attributes().asMap()))
                .update();
        // The stream's row is held until this transaction ends, so what is read now stays the case's timeline.
        Timeline after = new Timeline(caseId, version, events(caseId));
        publisher.publishEvent(new LegalEventRecorded(caseId, recorded, after));
        return recorded;
    }

    /** Voids an event with a reason. The event stays on the timeline; voiding twice is a conflict. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LegalEvent voidEvent(CaseId caseId, EventId eventId, Integer expectedVersion, String reason,
                                UserId voidedBy) {
        if (reason == null || reason.isBlank()) {
            throw KomarException.invalidFields(List.of(new org.komar.shared.FieldProblem("reason", "REQUIRED")));
        }
        if (reason.strip().length() > 1000) {
            throw KomarException.invalidFields(
                    List.of(new org.komar.shared.FieldProblem("reason", "TEXT_TOO_LONG", 1000)));
        }
        LegalEvent event = load(caseId).find(eventId)
                .orElseThrow(() -> KomarException.notFound("EVENT_NOT_FOUND"));
        if (event.voided()) {
            throw KomarException.conflict("EVENT_ALREADY_VOIDED");
        }
        advance(caseId, expectedVersion);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO legal_event_void (event_id, reason, voided_at, voided_by)
                VALUES (:id, :reason, :at, :by)""")
                .param("id", eventId.value()).param("reason", reason.strip())
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("by", voidedBy.value())
                .update();
        LegalEvent voided = new LegalEvent(event.id(), caseId, event.seq(), event.type(), event.occurredAt(),
                event.recordedAt(), event.recordedBy(), event.attributes(),
                new Voiding(reason.strip(), now, voidedBy));
        publisher.publishEvent(new LegalEventVoided(caseId, voided));
        return voided;
    }

    private int advance(CaseId caseId, Integer expectedVersion) {
        int updated = expectedVersion == null
                ? jdbc.sql("UPDATE timeline_stream SET version = version + 1 WHERE case_id = :id")
                        .param("id", caseId.value()).update()
                : jdbc.sql("UPDATE timeline_stream SET version = version + 1 WHERE case_id = :id AND version = :v")
                        .param("id", caseId.value()).param("v", expectedVersion).update();
        if (updated == 0) {
            if (currentVersion(caseId).isEmpty()) {
                throw KomarException.notFound("CASE_NOT_FOUND");
            }
            throw KomarException.conflict("STALE_TIMELINE");
        }
        return currentVersion(caseId).orElseThrow();
    }

    public Optional<Integer> currentVersion(CaseId caseId) {
        return jdbc.sql("SELECT version FROM timeline_stream WHERE case_id = :id").param("id", caseId.value())
                .query(Integer.class).optional();
    }

    public Timeline load(CaseId caseId) {
        int version = currentVersion(caseId).orElseThrow(() -> KomarException.notFound("CASE_NOT_FOUND"));
        return new Timeline(caseId, version, events(caseId));
    }

    private List<LegalEvent> events(CaseId caseId) {
        return jdbc.sql(SELECT + " WHERE e.case_id = :id").param("id", caseId.value()).query((rs, n) -> map(rs))
                .list();
    }

    /** Many timelines in one query each for streams and events (lists, statistics, rule evaluation). */
    public Map<CaseId, Timeline> loadAll(Collection<CaseId> caseIds) {
        Map<CaseId, Timeline> timelines = new HashMap<>();
        if (caseIds.isEmpty()) {
            return timelines;
        }
        List<UUID> ids = caseIds.stream().map(CaseId::value).toList();
        Map<UUID, Integer> versions = new HashMap<>();
        jdbc.sql("SELECT case_id, version FROM timeline_stream WHERE case_id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    versions.put(rs.getObject("case_id", UUID.class), rs.getInt("version"));
                });
        Map<UUID, List<LegalEvent>> events = new HashMap<>();
        jdbc.sql(SELECT + " WHERE e.case_id IN (:ids)").param("ids", ids).query((rs, n) -> map(rs)).list()
                .forEach(event -> events.computeIfAbsent(event.caseId().value(), k -> new ArrayList<>()).add(event));
        for (CaseId id : caseIds) {
            if (versions.containsKey(id.value())) {
                timelines.put(id, new Timeline(id, versions.get(id.value()),
                        events.getOrDefault(id.value(), List.of())));
            }
        }
        return timelines;
    }

    private static final String SELECT = """
            SELECT e.*, v.reason AS void_reason, v.voided_at, v.voided_by
            FROM legal_event e LEFT JOIN legal_event_void v ON v.event_id = e.id""";

    private static LegalEvent map(ResultSet rs) throws SQLException {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(rs.getInt("occurred_offset"));
        OffsetDateTime occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).withOffsetSameInstant(offset);
        OffsetDateTime voidedAt = rs.getObject("voided_at", OffsetDateTime.class);
        Voiding voiding = voidedAt == null ? null : new Voiding(rs.getString("void_reason"), voidedAt.toInstant(),
                new UserId(rs.getObject("voided_by", UUID.class)));
        return new LegalEvent(new EventId(rs.getObject("id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), rs.getInt("seq"),
                EventType.valueOf(rs.getString("type")), occurredAt,
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                new UserId(rs.getObject("recorded_by", UUID.class)),
                new Attributes(Json.readMap(rs.getString("attributes"))), voiding);
    }
}
