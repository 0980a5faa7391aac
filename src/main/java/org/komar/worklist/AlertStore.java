package org.komar.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.komar.safeguards.SafeguardStatus;
import org.komar.shared.BulkInsert;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model's tables ({@code worklist_case}, {@code worklist_alert}): writes are claimed case by case with the
 * timeline version they were derived from, so that a refresh computed from an older timeline (the sweep racing an
 * event being recorded) never overwrites a newer one. Every call runs inside the caller's transaction.
 */
@Component
class AlertStore {

    private static final int CHUNK = 1000;
    private static final List<String> COLUMNS = List.of("case_id", "rule_code", "status", "due_at", "breached_at",
            "urgency_rank", "urgent_at", "liberty_limit", "held_beyond", "basis", "child_id", "case_number",
            "province_code", "seen_at", "announce");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate savepoint;
    private final BulkInsert bulk;

    AlertStore(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** What a refresh of one case wants to write: the timeline version it read and when to look again. */
    record Claim(CaseId caseId, int timelineVersion, Instant evaluatedAt, Instant nextDueAt) {
    }

    /** What the model holds about a case: the timeline version it was judged from and when to look again. */
    record State(int timelineVersion, Instant nextDueAt) {
    }

    Map<CaseId, State> states(Collection<CaseId> caseIds) {
        Map<CaseId, State> states = new HashMap<>();
        for (List<UUID> chunk : chunks(caseIds)) {
            jdbc.sql("SELECT case_id, timeline_version, next_due_at FROM worklist_case WHERE case_id IN (:ids)")
                    .param("ids", chunk).query((ResultSet rs) -> {
                        states.put(new CaseId(rs.getObject(1, UUID.class)),
                                new State(rs.getInt(2), instant(rs, "next_due_at")));
                    });
        }
        return states;
    }

    /** The current alerts of these cases, by case and rule. */
    Map<CaseId, Map<String, Alert>> alertsOf(Collection<CaseId> caseIds) {
        Map<CaseId, Map<String, Alert>> alerts = new HashMap<>();
        for (List<UUID> chunk : chunks(caseIds)) {
            jdbc.sql("SELECT * FROM worklist_alert WHERE case_id IN (:ids)").param("ids", chunk)
                    .query((rs, n) -> alert(rs)).list()
                    .forEach(a -> alerts.computeIfAbsent(a.caseId(), k -> new HashMap<>()).put(a.rule(), a));
        }
        return alerts;
    }

    /**
     * Takes the right to write each case's alerts: granted unless the model already holds the case from a newer
     * timeline version. The row of each case granted stays locked to this transaction until it ends.
     */
    Set<CaseId> claim(List<Claim> claims) {
        Set<CaseId> granted = new LinkedHashSet<>();
        if (claims.isEmpty()) {
            return granted;
        }
        int[][] batches = template.batchUpdate("""
                UPDATE worklist_case SET timeline_version = ?, evaluated_at = ?, next_due_at = ?
                WHERE case_id = ? AND timeline_version <= ?""", claims, 500, (ps, claim) -> {
            ps.setInt(1, claim.timelineVersion());
            ps.setObject(2, utc(claim.evaluatedAt()));
            ps.setObject(3, utc(claim.nextDueAt()));
            ps.setObject(4, claim.caseId().value());
            ps.setInt(5, claim.timelineVersion());
        });
        int[] updated = new int[claims.size()];
        int at = 0;
        for (int[] batch : batches) {
            for (int count : batch) {
                updated[at] = count == java.sql.Statement.SUCCESS_NO_INFO ? update(claims.get(at)) : count;
                at++;
            }
        }
        List<Claim> missing = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (updated[i] > 0) {
                granted.add(claims.get(i).caseId());
            } else {
                missing.add(claims.get(i));
            }
        }
        if (missing.isEmpty()) {
            return granted;
        }
        Set<UUID> known = new java.util.HashSet<>();
        for (List<UUID> chunk : chunks(missing.stream().map(Claim::caseId).toList())) {
            known.addAll(jdbc.sql("SELECT case_id FROM worklist_case WHERE case_id IN (:ids)").param("ids", chunk)
                    .query((rs, n) -> rs.getObject(1, UUID.class)).list());
        }
        List<Claim> fresh = missing.stream().filter(claim -> !known.contains(claim.caseId().value())).toList();
        // (A case already held from a newer timeline version is left to that refresh.)
        if (fresh.isEmpty()) {
            return granted;
        }
        try {
            // All at once, in a savepoint: on PostgreSQL a failed statement would otherwise doom the transaction.
            savepoint.executeWithoutResult(status -> insert(fresh));
            fresh.forEach(claim -> granted.add(claim.caseId()));
            return granted;
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            // Another refresh inserted one of them meanwhile: take them one by one.
        }
        for (Claim claim : fresh) {
            try {
                savepoint.executeWithoutResult(status -> jdbc.sql("""
                                INSERT INTO worklist_case (case_id, timeline_version, evaluated_at, next_due_at)
                                VALUES (:id, :version, :at, :next)""")
                        .param("id", claim.caseId().value()).param("version", claim.timelineVersion())
                        .param("at", utc(claim.evaluatedAt())).param("next", utc(claim.nextDueAt())).update());
                granted.add(claim.caseId());
            } catch (DuplicateKeyException raced) {
                if (update(claim) > 0) {
                    granted.add(claim.caseId());
                }
            }
        }
        return granted;
    }

    /**
     * Takes the right to write the alerts of cases created in the caller's transaction: no other transaction can
     * see them yet, so none holds them, and they are simply added.
     */
    Set<CaseId> claimNew(List<Claim> claims) {
        insert(claims);
        Set<CaseId> granted = new LinkedHashSet<>();
        claims.forEach(claim -> granted.add(claim.caseId()));
        return granted;
    }

    /** The model's rows of cases it does not hold yet, as batches. */
    private void insert(List<Claim> claims) {
        template.batchUpdate("""
                INSERT INTO worklist_case (case_id, timeline_version, evaluated_at, next_due_at)
                VALUES (?, ?, ?, ?)""", claims, 500, (ps, claim) -> {
            ps.setObject(1, claim.caseId().value());
            ps.setInt(2, claim.timelineVersion());
            ps.setObject(3, utc(claim.evaluatedAt()));
            ps.setObject(4, utc(claim.nextDueAt()));
        });
    }

    private int update(Claim claim) {
        return jdbc.sql("""
                        UPDATE worklist_case SET timeline_version = :version, evaluated_at = :at, next_due_at = :next
                        WHERE case_id = :id AND timeline_version <= :version""")
                .param("id", claim.caseId().value()).param("version", claim.timelineVersion())
                .param("at", utc(claim.evaluatedAt())).param("next", utc(claim.nextDueAt())).update();
    }

    /** Replaces the alerts of the cases granted with those given. */
    void replace(Collection<CaseId> granted, List<Alert> alerts) {
        for (List<UUID> chunk : chunks(granted)) {
            jdbc.sql("DELETE FROM worklist_alert WHERE case_id IN (:ids)").param("ids", chunk).update();
        }
        add(alerts);
    }

    /** Adds the alerts of cases that have none. */
    void add(List<Alert> alerts) {
        bulk.insert("worklist_alert", COLUMNS, alerts.stream().map(a -> new Object[] {a.caseId().value(), a.rule(),
                a.status().name(), utc(a.dueAt()), utc(a.breachedAt()), a.rank(), utc(a.urgentAt()), a.libertyLimit(),
                a.heldBeyond(), a.basis(), a.childId().value(), a.caseNumber(), a.province(), utc(a.seenAt()),
                a.announce()}).toList());
    }

    /** Cases with a deadline that has fallen due by {@code now}: the sweep judges them again. */
    List<CaseId> fallenDue(Instant now) {
        return jdbc.sql("SELECT case_id FROM worklist_case WHERE next_due_at <= :now ORDER BY next_due_at")
                .param("now", utc(now)).query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).list();
    }

    Instant builtAt() {
        return jdbc.sql("SELECT built_at FROM worklist_model WHERE id = 1")
                .query((rs, n) -> instant(rs, "built_at")).optional().orElse(null);
    }

    int derivation() {
        return jdbc.sql("SELECT derivation FROM worklist_model WHERE id = 1").query(Integer.class).optional()
                .orElse(0);
    }

    void built(int derivation, Instant at) {
        jdbc.sql("UPDATE worklist_model SET derivation = :d, built_at = :at WHERE id = 1").param("d", derivation)
                .param("at", utc(at)).update();
    }

    static Alert alert(ResultSet rs) throws SQLException {
        return new Alert(new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("rule_code"),
                SafeguardStatus.valueOf(rs.getString("status")), instant(rs, "due_at"), instant(rs, "breached_at"),
                rs.getBoolean("liberty_limit"), rs.getBoolean("held_beyond"), rs.getString("basis"),
                new ChildId(rs.getObject("child_id", UUID.class)), rs.getString("case_number"),
                rs.getString("province_code"), instant(rs, "seen_at"), rs.getBoolean("announce"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static List<List<UUID>> chunks(Collection<CaseId> ids) {
        List<UUID> all = ids.stream().map(CaseId::value).toList();
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
