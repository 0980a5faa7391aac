package org.komar.diversion;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.shared.Json;
import org.komar.timeline.EventId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of diversion plans ({@code diversion_plan}): inserted, never updated. The plan's parts are kept as one
 * JSON object in {@code content}; the unique {@code (case_id, version)} decides between concurrent writers.
 */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of the case's plans, oldest first. */
    List<DiversionPlan> versions(CaseId caseId) {
        return jdbc.sql("SELECT * FROM diversion_plan WHERE case_id = :caseId ORDER BY version")
                .param("caseId", caseId.value()).query((rs, n) -> {
                    Map<String, Object> content = Json.readMap(rs.getString("content"));
                    return new DiversionPlan(rs.getObject("id", UUID.class), caseId,
                            new EventId(rs.getObject("order_event_id", UUID.class)), rs.getInt("version"),
                            rs.getObject("based_on", Integer.class), text(content, "objectives"),
                            text(content, "measures"), text(content, "responsible"), text(content, "schedule"),
                            rs.getBoolean("child_consented"), new UserId(rs.getObject("written_by", UUID.class)),
                            rs.getObject("written_at", OffsetDateTime.class).toInstant());
                }).list();
    }

    int latestVersion(CaseId caseId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM diversion_plan WHERE case_id = :caseId")
                .param("caseId", caseId.value()).query(Integer.class).single();
    }

    /** Adds a version; false when another writer added a version of the same number first. */
    boolean insert(DiversionPlan plan) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("objectives", plan.objectives());
        content.put("measures", plan.measures());
        content.put("responsible", plan.responsible());
        content.put("schedule", plan.schedule());
        try {
            jdbc.sql("""
                    INSERT INTO diversion_plan (id, case_id, order_event_id, version, based_on, content,
                                                child_consented, written_at, written_by)
                    VALUES (:id, :caseId, :order, :version, :basedOn, :content, :consented, :at, :by)""")
                    .param("id", plan.id()).param("caseId", plan.caseId().value())
                    .param("order", plan.orderEventId().value()).param("version", plan.version())
                    .param("basedOn", plan.basedOn()).param("content", Json.write(content))
                    .param("consented", plan.childConsented()).param("at", plan.writtenAt().atOffset(ZoneOffset.UTC))
                    .param("by", plan.writtenBy().value())
                    .update();
            return true;
        } catch (DuplicateKeyException anotherWriterFirst) {
            return false;
        }
    }

    private static String text(Map<String, Object> content, String name) {
        Object value = content.get(name);
        return value == null ? null : value.toString();
    }
}
