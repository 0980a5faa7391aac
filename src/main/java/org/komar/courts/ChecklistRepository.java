package org.komar.courts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChecklistRepository {

    private final JdbcClient jdbc;

    ChecklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Checklist> find(HearingId hearing, UserId monitor) {
        return query("c.hearing_id = :hearing AND c.monitor_id = :monitor",
                Map.of("hearing", hearing.value(), "monitor", monitor.value())).stream().findFirst();
    }

    /** Inserts a first checklist, or replaces the answers of the one at {@code version}; false when it changed. */
    boolean save(Checklist checklist, Integer expectedVersion, boolean exists) {
        if (exists) {
            int updated = jdbc.sql("""
                    UPDATE monitoring_checklist SET note = :note, saved_at = :at, version = version + 1
                    WHERE id = :id AND version = :version""")
                    .param("note", checklist.note()).param("at", HearingRepository.utc(checklist.savedAt()))
                    .param("id", checklist.id()).param("version", expectedVersion).update();
            if (updated != 1) {
                return false;
            }
            jdbc.sql("DELETE FROM monitoring_answer WHERE checklist_id = :id").param("id", checklist.id()).update();
        } else {
            jdbc.sql("""
                    INSERT INTO monitoring_checklist (id, hearing_id, monitor_id, monitor_agency, note, saved_at,
                                                      version)
                    VALUES (:id, :hearing, :monitor, :agency, :note, :at, 0)""")
                    .param("id", checklist.id()).param("hearing", checklist.hearingId().value())
                    .param("monitor", checklist.monitor().value())
                    .param("agency", checklist.monitorAgency().value()).param("note", checklist.note())
                    .param("at", HearingRepository.utc(checklist.savedAt())).update();
        }
        for (Map.Entry<ChecklistItem, String> answer : checklist.answers().entrySet()) {
            jdbc.sql("INSERT INTO monitoring_answer (checklist_id, item, answer) VALUES (:id, :item, :answer)")
                    .param("id", checklist.id()).param("item", answer.getKey().name())
                    .param("answer", answer.getValue()).update();
        }
        return true;
    }

    /** Checklists matching the condition over {@code monitoring_checklist c} joined to {@code hearing h}. */
    List<Checklist> query(String condition, Map<String, Object> params) {
        List<Checklist> found = jdbc.sql("SELECT c.* FROM monitoring_checklist c JOIN hearing h ON h.id = c.hearing_id"
                        + " WHERE " + condition + " ORDER BY h.scheduled_at, c.id")
                .params(params).query((rs, n) -> map(rs, Map.of())).list();
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, Map<ChecklistItem, String>> answers = new HashMap<>();
        List<UUID> ids = found.stream().map(Checklist::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("SELECT checklist_id, item, answer FROM monitoring_answer WHERE checklist_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query(rs -> {
                        ChecklistItem item = known(rs.getString("item"));
                        if (item != null) {
                            answers.computeIfAbsent(rs.getObject("checklist_id", UUID.class),
                                    k -> new EnumMap<>(ChecklistItem.class)).put(item, rs.getString("answer"));
                        }
                    });
        }
        List<Checklist> result = new ArrayList<>();
        for (Checklist c : found) {
            result.add(new Checklist(c.id(), c.hearingId(), c.monitor(), c.monitorAgency(),
                    answers.getOrDefault(c.id(), new EnumMap<>(ChecklistItem.class)), c.note(), c.savedAt(),
                    c.version()));
        }
        return result;
    }

    private static ChecklistItem known(String name) {
        try {
            return ChecklistItem.valueOf(name);
        } catch (IllegalArgumentException retired) {
            return null;
        }
    }

    private static Checklist map(ResultSet rs, Map<ChecklistItem, String> answers) throws SQLException {
        Instant saved = HearingRepository.instant(rs, "saved_at");
        return new Checklist(rs.getObject("id", UUID.class), new HearingId(rs.getObject("hearing_id", UUID.class)),
                new UserId(rs.getObject("monitor_id", UUID.class)),
                new AgencyId(rs.getObject("monitor_agency", UUID.class)), answers, rs.getString("note"), saved,
                rs.getInt("version"));
    }
}
