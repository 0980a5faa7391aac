package org.komar.courts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HearingRepository {

    private final JdbcClient jdbc;

    HearingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Hearing h, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO hearing (id, case_id, child_id, case_number, court_agency_id, scheduled_at, kind, chamber,
                                     offence_class, status, replaces, scheduled_by, recorded_at, version)
                VALUES (:id, :caseId, :childId, :caseNumber, :court, :at, :kind, :chamber, :offenceClass, :status,
                        :replaces, :by, :recordedAt, 0)""")
                .param("id", h.id().value()).param("caseId", h.caseId().value()).param("childId", h.childId().value())
                .param("caseNumber", h.caseNumber()).param("court", h.court().value())
                .param("at", utc(h.scheduledAt())).param("kind", h.kind().name()).param("chamber", h.chamber())
                .param("offenceClass", h.offenceClass()).param("status", h.status().name())
                .param("replaces", h.replaces() == null ? null : h.replaces().value())
                .param("by", h.scheduledBy().value()).param("recordedAt", utc(recordedAt))
                .update();
    }

    /** Marks a scheduled hearing held; false when it was no longer scheduled at that version. */
    boolean held(HearingId id, int version, UUID eventId, Instant heldAt) {
        return jdbc.sql("""
                UPDATE hearing SET status = 'HELD', held_event_id = :event, held_at = :at, version = version + 1
                WHERE id = :id AND status = 'SCHEDULED' AND version = :version""")
                .param("event", eventId).param("at", utc(heldAt)).param("id", id.value()).param("version", version)
                .update() == 1;
    }

    boolean postponed(HearingId id, int version, PostponementReason reason, String note, HearingId replacedBy) {
        return jdbc.sql("""
                UPDATE hearing SET status = 'POSTPONED', postponement_reason = :reason, postponement_note = :note,
                                   replaced_by = :replacedBy, version = version + 1
                WHERE id = :id AND status = 'SCHEDULED' AND version = :version""")
                .param("reason", reason.name()).param("note", note)
                .param("replacedBy", replacedBy == null ? null : replacedBy.value())
                .param("id", id.value()).param("version", version).update() == 1;
    }

    /** Admits a monitor; false when they were admitted already. */
    boolean addMonitor(HearingId id, UserId monitor, AgencyId monitorAgency, UserId by, Instant at) {
        Long already = jdbc.sql("SELECT COUNT(*) FROM hearing_monitor WHERE hearing_id = :id AND monitor_id = :m")
                .param("id", id.value()).param("m", monitor.value()).query(Long.class).single();
        if (already > 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO hearing_monitor (hearing_id, monitor_id, monitor_agency, assigned_by, assigned_at)
                VALUES (:id, :m, :agency, :by, :at)""")
                .param("id", id.value()).param("m", monitor.value()).param("agency", monitorAgency.value())
                .param("by", by.value()).param("at", utc(at)).update();
        return true;
    }

    Optional<Hearing> find(HearingId id) {
        return query("h.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    /** Hearings matching the condition over {@code hearing h}, in the order of their time. */
    List<Hearing> query(String condition, Map<String, Object> params) {
        List<Hearing> hearings = jdbc.sql("SELECT h.* FROM hearing h WHERE " + condition
                        + " ORDER BY h.scheduled_at, h.id")
                .params(params).query((rs, n) -> map(rs, List.of())).list();
        if (hearings.isEmpty()) {
            return hearings;
        }
        Map<UUID, List<UserId>> monitors = new HashMap<>();
        jdbc.sql("SELECT hearing_id, monitor_id FROM hearing_monitor WHERE hearing_id IN (:ids)"
                        + " ORDER BY assigned_at, monitor_id")
                .param("ids", hearings.stream().map(h -> h.id().value()).toList())
                .query(rs -> {
                    monitors.computeIfAbsent(rs.getObject("hearing_id", UUID.class), k -> new ArrayList<>())
                            .add(new UserId(rs.getObject("monitor_id", UUID.class)));
                });
        return hearings.stream().map(h -> new Hearing(h.id(), h.caseId(), h.childId(), h.caseNumber(), h.court(),
                h.scheduledAt(), h.kind(), h.chamber(), h.offenceClass(), h.status(), h.heldEventId(), h.heldAt(),
                h.postponementReason(), h.postponementNote(), h.replacedBy(), h.replaces(), h.scheduledBy(),
                h.version(), List.copyOf(monitors.getOrDefault(h.id().value(), List.of())))).toList();
    }

    private static Hearing map(ResultSet rs, List<UserId> monitors) throws SQLException {
        String reason = rs.getString("postponement_reason");
        UUID replacedBy = rs.getObject("replaced_by", UUID.class);
        UUID replaces = rs.getObject("replaces", UUID.class);
        return new Hearing(new HearingId(rs.getObject("id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), new ChildId(rs.getObject("child_id", UUID.class)),
                rs.getString("case_number"), new AgencyId(rs.getObject("court_agency_id", UUID.class)),
                instant(rs, "scheduled_at"), HearingKind.valueOf(rs.getString("kind")), rs.getString("chamber"),
                rs.getString("offence_class"), HearingStatus.valueOf(rs.getString("status")),
                rs.getObject("held_event_id", UUID.class), instant(rs, "held_at"),
                reason == null ? null : PostponementReason.valueOf(reason), rs.getString("postponement_note"),
                replacedBy == null ? null : new HearingId(replacedBy), replaces == null ? null : new HearingId(replaces),
                new UserId(rs.getObject("scheduled_by", UUID.class)), rs.getInt("version"), monitors);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
