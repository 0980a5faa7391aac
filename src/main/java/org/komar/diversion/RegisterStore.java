package org.komar.diversion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.Json;
import org.komar.timeline.EventId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code diversion_register} read model: replaced per case, queried with the caller's scope condition. */
@Repository
class RegisterStore {

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    RegisterStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Forgets the rows of these cases and writes {@code rows} (the cases' orders as derived now). */
    void replace(Collection<CaseId> caseIds, List<RegisterRow> rows, Instant now) {
        if (!caseIds.isEmpty()) {
            jdbc.sql("DELETE FROM diversion_register WHERE case_id IN (:ids)")
                    .param("ids", caseIds.stream().map(CaseId::value).toList()).update();
        }
        insert(rows, now);
    }

    /** Writes rows of cases nothing was derived from before (imported ones), as one batch. */
    void insert(List<RegisterRow> rows, Instant now) {
        template.batchUpdate("""
                INSERT INTO diversion_register (order_event_id, case_id, child_id, case_number, province_code,
                    ordered_by, ordered_at, measures, status, plan_decided_at, modification_pending, ended_at,
                    refreshed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 500, (ps, row) -> {
            ps.setObject(1, row.orderId().value());
            ps.setObject(2, row.caseId().value());
            ps.setObject(3, row.childId().value());
            ps.setString(4, row.caseNumber());
            ps.setString(5, row.province());
            ps.setString(6, row.orderedBy());
            ps.setObject(7, utc(row.orderedAt()));
            ps.setString(8, Json.write(Map.of("measures", row.measures())));
            ps.setString(9, row.status().name());
            ps.setObject(10, utc(row.planDecidedAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setBoolean(11, row.modificationPending());
            ps.setObject(12, utc(row.endedAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(13, utc(now));
        });
    }

    List<RegisterRow> query(String condition, Map<String, Object> params, int offset, int limit) {
        return jdbc.sql("SELECT d.* FROM diversion_register d WHERE " + condition
                        + " ORDER BY d.ordered_at DESC, d.order_event_id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset).query((rs, n) -> map(rs)).list();
    }

    long count(String condition, Map<String, Object> params) {
        return jdbc.sql("SELECT COUNT(*) FROM diversion_register d WHERE " + condition).params(params)
                .query(Long.class).single();
    }

    /** Cases with a modification request not yet decided (for the JJL 70 job). */
    List<CaseId> casesWithPendingModification() {
        return jdbc.sql("SELECT DISTINCT case_id FROM diversion_register WHERE modification_pending = TRUE")
                .query(UUID.class).list().stream().map(CaseId::new).toList();
    }

    boolean built() {
        return jdbc.sql("SELECT COUNT(*) FROM diversion_register_build").query(Long.class).single() > 0;
    }

    void markBuilt(Instant at) {
        jdbc.sql("""
                MERGE INTO diversion_register_build b USING (VALUES (1)) AS v (id) ON b.id = v.id
                WHEN MATCHED THEN UPDATE SET built_at = :at
                WHEN NOT MATCHED THEN INSERT (id, built_at) VALUES (1, :at)""").param("at", utc(at)).update();
    }

    private static RegisterRow map(ResultSet rs) throws SQLException {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> measures = (List<Map<String, Object>>) Json.readMap(rs.getString("measures"))
                .getOrDefault("measures", List.of());
        return new RegisterRow(new EventId(rs.getObject("order_event_id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), new ChildId(rs.getObject("child_id", UUID.class)),
                rs.getString("case_number"), rs.getString("province_code"), rs.getString("ordered_by"),
                instant(rs, "ordered_at"), measures, DiversionStatus.valueOf(rs.getString("status")),
                instant(rs, "plan_decided_at"), rs.getBoolean("modification_pending"), instant(rs, "ended_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
