package org.komar.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.komar.access.Actor;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.access.UserId;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseService;
import org.komar.safeguards.SafeguardStatus;
import org.komar.safeguards.Safeguards;
import org.komar.shared.CaseId;
import org.komar.shared.CountUpTo;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worklist module's public service: each person's alerts within their data scope, read from the read model
 * ({@link WorklistReadModel}) rather than by judging every case per request.
 * <ul>
 *   <li>{@link #page}: breaches (and rules that failed to evaluate) first, the longest-standing first, then the
 *   deadlines of the coming {@code komar.worklist.horizon}, the soonest first; scope applies inside the query
 *   (statisticians and administrators hold no case permission and are refused); audited;</li>
 *   <li>{@link #acknowledge}: a breach acknowledged with a note, once (a second or concurrent acknowledgement is a
 *   conflict); the breach stays on record; audited;</li>
 *   <li>{@link #summary}: the counts of the home page.</li>
 * </ul>
 */
@Service
public class Worklist {

    static final int MAX_NOTE = 2000;

    /** Lists and counts say "more than" this many rather than counting every alert of a scope. */
    public static final int COUNT_LIMIT = 1000;

    private static final String FROM = """
             FROM worklist_alert a
             LEFT JOIN worklist_acknowledgement k
                    ON k.case_id = a.case_id AND k.rule_code = a.rule_code AND k.breached_at = a.breached_at
             LEFT JOIN worklist_escalation e
                    ON e.case_id = a.case_id AND e.rule_code = a.rule_code AND e.breached_at = a.breached_at
            """;

    private final CaseService cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final WorklistProperties properties;
    private final Clock clock;

    Worklist(CaseService cases, JdbcClient jdbc, AuditLog audit, TransactionTemplate transactions,
             WorklistProperties properties, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** One page of the actor's worklist as of now. */
    @Transactional
    WorklistPage page(Actor actor, WorklistFilter filter) {
        actor.require(Permission.CASE_READ);
        Instant now = clock.instant();
        Instant horizonEnd = now.plus(properties.horizon());
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, filter, horizonEnd, params);
        long total = countUpToLimit(where, params);
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        List<WorklistItem> items = jdbc.sql("SELECT a.*, e.escalated_at, k.id AS ack_id, k.note AS ack_note,"
                        + " k.acknowledged_at AS ack_at, k.acknowledged_by AS ack_by, k.agency_id AS ack_agency"
                        + FROM + where
                        + " ORDER BY a.urgency_rank, a.urgent_at, a.case_number, a.rule_code"
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> item(rs)).list();
        audit.record(actor, "WORKLIST_LISTED", AuditSubject.none(), null, "results=" + items.size()
                + (items.isEmpty() ? "" : " ids=" + items.stream().map(i -> i.caseId().toString()).distinct()
                .collect(Collectors.joining(","))));
        return new WorklistPage(items, total, filter.page(), filter.size(), now, horizonEnd);
    }

    /** Counts for the home page: open breaches, deadlines within the horizon, breaches escalated. Not a read of data. */
    @Transactional(readOnly = true)
    Summary summary(Actor actor) {
        actor.require(Permission.CASE_READ);
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, WorklistFilter.OPEN, now.plus(properties.horizon()), params);
        params.put("soon", AlertStore.utc(now.plus(java.time.Duration.ofHours(24))));
        return new Summary(countUpToLimit(where + " AND a.status <> 'PENDING'", params),
                countUpToLimit(where + " AND a.status = 'PENDING'", params),
                countUpToLimit(where + " AND a.status = 'PENDING' AND a.due_at <= :soon", params),
                countUpToLimit(where + " AND e.case_id IS NOT NULL", params), actor.has(Permission.ALERT_SUPERVISE));
    }

    /** The alerts that match, counted up to {@link #COUNT_LIMIT} and one more ({@link CountUpTo}). */
    private long countUpToLimit(String where, Map<String, Object> params) {
        return CountUpTo.count(jdbc, FROM + where, params, COUNT_LIMIT);
    }

    /**
     * The home page's counts, each up to {@link #COUNT_LIMIT} and one more (meaning "more than"); {@code
     * supervisor}: the person receives escalated breaches.
     */
    public record Summary(long breaches, long deadlines, long dueWithinDay, long escalated, boolean supervisor) {

        /** Whether a count stopped at the limit: more match than it says. */
        public boolean over(long count) {
            return count > COUNT_LIMIT;
        }

        public int limit() {
            return COUNT_LIMIT;
        }

        public boolean any() {
            return breaches + deadlines > 0;
        }
    }

    /**
     * Acknowledges the current breach of {@code rule} on a case the actor may read, with a note. {@code breachedAt},
     * when given, is the breach the caller saw: a breach that has since changed is a conflict. A breach is
     * acknowledged once: a second acknowledgement, concurrent or not, is a conflict and changes nothing.
     */
    Acknowledgement acknowledge(Actor actor, CaseId caseId, String rule, Instant breachedAt, String note) {
        try {
            return transactions.execute(status -> acknowledgeOnce(actor, caseId, rule, breachedAt, note));
        } catch (DuplicateKeyException | PessimisticLockingFailureException concurrent) {
            throw KomarException.conflict("ALERT_ALREADY_ACKNOWLEDGED");
        }
    }

    private Acknowledgement acknowledgeOnce(Actor actor, CaseId caseId, String rule, Instant breachedAt,
                                            String note) {
        actor.require(Permission.CASE_READ);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        FieldProblems problems = new FieldProblems();
        String text = problems.text("note", note, MAX_NOTE, true);
        problems.throwIfAny();
        if (rule == null || !Safeguards.ruleCodes().contains(rule)) {
            throw KomarException.notFound("ALERT_NOT_FOUND");
        }
        Alert alert = jdbc.sql("SELECT * FROM worklist_alert WHERE case_id = :id AND rule_code = :rule")
                .param("id", caseId.value()).param("rule", rule).query((rs, n) -> AlertStore.alert(rs)).optional()
                .filter(a -> a.status() == SafeguardStatus.BREACHED)
                .orElseThrow(() -> KomarException.notFound("ALERT_NOT_FOUND"));
        if (breachedAt != null && !breachedAt.equals(alert.breachedAt())) {
            throw KomarException.conflict("ALERT_CHANGED");
        }
        if (acknowledgement(caseId, rule, alert.breachedAt()).isPresent()) {
            throw KomarException.conflict("ALERT_ALREADY_ACKNOWLEDGED");
        }
        Acknowledgement ack = new Acknowledgement(UUID.randomUUID(), caseId, rule, alert.breachedAt(), text,
                clock.instant(), actor.userId(), actor.agencyId());
        jdbc.sql("""
                        INSERT INTO worklist_acknowledgement (id, case_id, rule_code, breached_at, note,
                                                              acknowledged_at, acknowledged_by, agency_id)
                        VALUES (:id, :case, :rule, :breachedAt, :note, :at, :by, :agency)""")
                .param("id", ack.id()).param("case", caseId.value()).param("rule", rule)
                .param("breachedAt", AlertStore.utc(ack.breachedAt())).param("note", text)
                .param("at", AlertStore.utc(ack.at())).param("by", actor.userId().value())
                .param("agency", actor.agencyId().value()).update();
        audit.record(actor, "ALERT_ACKNOWLEDGED", AuditSubject.ofCase(caseId.value(), alert.childId().value()),
                null, "rule=" + rule + " breachedAt=" + alert.breachedAt());
        return ack;
    }

    /** The current breach of a rule on a case the actor may read, with its follow-up; audited as a read of the case. */
    @Transactional
    WorklistItem breach(Actor actor, CaseId caseId, String rule) {
        actor.require(Permission.CASE_READ);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        if (rule == null || !Safeguards.ruleCodes().contains(rule)) {
            throw KomarException.notFound("ALERT_NOT_FOUND");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", caseId.value());
        params.put("rule", rule);
        WorklistItem item = jdbc.sql("SELECT a.*, e.escalated_at, k.id AS ack_id, k.note AS ack_note,"
                        + " k.acknowledged_at AS ack_at, k.acknowledged_by AS ack_by, k.agency_id AS ack_agency"
                        + FROM + " WHERE a.case_id = :id AND a.rule_code = :rule AND a.status = 'BREACHED'")
                .params(params).query((rs, n) -> item(rs)).optional()
                .orElseThrow(() -> KomarException.notFound("ALERT_NOT_FOUND"));
        audit.record(actor, "ALERT_READ", AuditSubject.ofCase(caseId.value(), item.childId().value()), null,
                "rule=" + rule);
        return item;
    }

    /** Every acknowledgement of a case's breaches, oldest first. Unscoped: callers have checked the case's scope. */
    @Transactional(readOnly = true)
    List<Acknowledgement> acknowledgementsOf(CaseId caseId) {
        return jdbc.sql("SELECT * FROM worklist_acknowledgement WHERE case_id = :id ORDER BY acknowledged_at")
                .param("id", caseId.value()).query((rs, n) -> acknowledgement(rs, "")).list();
    }

    /** When each breach of a case was escalated. Unscoped: callers have checked the case's scope. */
    @Transactional(readOnly = true)
    Map<String, Instant> escalationsOf(CaseId caseId) {
        Map<String, Instant> escalated = new HashMap<>();
        jdbc.sql("SELECT rule_code, breached_at, escalated_at FROM worklist_escalation WHERE case_id = :id")
                .param("id", caseId.value()).query(rs -> {
                    escalated.put(rs.getString(1) + "@" + AlertStore.instant(rs, "breached_at"),
                            AlertStore.instant(rs, "escalated_at"));
                });
        return escalated;
    }

    private Optional<Acknowledgement> acknowledgement(CaseId caseId, String rule, Instant breachedAt) {
        return jdbc.sql("SELECT * FROM worklist_acknowledgement WHERE case_id = :id AND rule_code = :rule"
                        + " AND breached_at = :at")
                .param("id", caseId.value()).param("rule", rule).param("at", AlertStore.utc(breachedAt))
                .query((rs, n) -> acknowledgement(rs, "")).optional();
    }

    private String where(Actor actor, WorklistFilter filter, Instant horizonEnd, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(cases.scopeCondition(actor, "a.case_id", params));
        params.put("horizon", AlertStore.utc(horizonEnd));
        conditions.add("(a.status <> 'PENDING' OR a.due_at <= :horizon)");
        if (filter.rule() != null) {
            params.put("rule", filter.rule());
            conditions.add("a.rule_code = :rule");
        }
        if (filter.province() != null) {
            params.put("province", filter.province());
            conditions.add("a.province_code = :province");
        }
        if (filter.kind() == WorklistFilter.Kind.BREACHES) {
            conditions.add("a.status <> 'PENDING'");
        } else if (filter.kind() == WorklistFilter.Kind.DEADLINES) {
            conditions.add("a.status = 'PENDING'");
        }
        if (filter.show() == WorklistFilter.Show.OPEN) {
            conditions.add("k.id IS NULL");
        } else if (filter.show() == WorklistFilter.Show.ACKNOWLEDGED) {
            conditions.add("k.id IS NOT NULL");
        }
        if (filter.escalated()) {
            conditions.add("e.case_id IS NOT NULL");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static WorklistItem item(ResultSet rs) throws SQLException {
        Alert alert = AlertStore.alert(rs);
        Acknowledgement ack = rs.getObject("ack_id") == null ? null : acknowledgement(rs, "ack_");
        return WorklistItem.of(alert, AlertStore.instant(rs, "escalated_at"), ack);
    }

    private static Acknowledgement acknowledgement(ResultSet rs, String prefix) throws SQLException {
        if (prefix.isEmpty()) {
            return new Acknowledgement(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                    rs.getString("rule_code"), AlertStore.instant(rs, "breached_at"), rs.getString("note"),
                    AlertStore.instant(rs, "acknowledged_at"), new UserId(rs.getObject("acknowledged_by", UUID.class)),
                    new AgencyId(rs.getObject("agency_id", UUID.class)));
        }
        return new Acknowledgement(rs.getObject("ack_id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("rule_code"), AlertStore.instant(rs, "breached_at"), rs.getString("ack_note"),
                AlertStore.instant(rs, "ack_at"), new UserId(rs.getObject("ack_by", UUID.class)),
                new AgencyId(rs.getObject("ack_agency", UUID.class)));
    }
}
