package org.komar.worklist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Breaches nobody acknowledged within {@code komar.worklist.escalate-after} (24 hours) of Komar showing them are
 * escalated to the supervisors: the people holding {@code ALERT_SUPERVISE} (role supervisor, beside their own role)
 * whose data scope covers the case. So a police officer's breach reaches the police chief of the unit (same agency)
 * and the chief prosecutor of the province (province reach); a prosecutor's, the chief prosecutor; a court's, the
 * court president; a prison's, its director. Escalation never widens anyone's scope. An escalated breach is marked on
 * every worklist that shows it, counted on the supervisors' home page and mailed to them. Only breaches Komar
 * watched arise escalate (not those first found by a rebuild or an import). Run by the sweep; once per breach (the
 * key of {@code worklist_escalation} settles two nodes at once); audited ({@code ALERT_ESCALATED}).
 */
@Component
class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final WorklistProperties properties;
    private final Clock clock;

    Escalations(JdbcClient jdbc, AuditLog audit, TransactionTemplate transactions, WorklistProperties properties,
                Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Escalates every breach left unacknowledged long enough as of now; answers how many were escalated. */
    int escalate() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.escalateAfter());
        List<Alert> overdue = transactions.execute(status -> jdbc.sql("""
                        SELECT a.* FROM worklist_alert a
                        LEFT JOIN worklist_acknowledgement k
                               ON k.case_id = a.case_id AND k.rule_code = a.rule_code AND k.breached_at = a.breached_at
                        LEFT JOIN worklist_escalation e
                               ON e.case_id = a.case_id AND e.rule_code = a.rule_code AND e.breached_at = a.breached_at
                        WHERE a.status = 'BREACHED' AND a.announce = TRUE AND a.seen_at <= :cutoff
                          AND k.id IS NULL AND e.case_id IS NULL""")
                .param("cutoff", AlertStore.utc(cutoff)).query((rs, n) -> AlertStore.alert(rs)).list());
        int escalated = 0;
        for (Alert alert : overdue == null ? List.<Alert>of() : overdue) {
            try {
                transactions.executeWithoutResult(status -> {
                    jdbc.sql("""
                                    INSERT INTO worklist_escalation (case_id, rule_code, breached_at, escalated_at)
                                    VALUES (:case, :rule, :breachedAt, :at)""")
                            .param("case", alert.caseId().value()).param("rule", alert.rule())
                            .param("breachedAt", AlertStore.utc(alert.breachedAt()))
                            .param("at", AlertStore.utc(now)).update();
                    audit.record(null, "ALERT_ESCALATED", AuditSubject.ofCase(alert.caseId().value(),
                            alert.childId().value()), null, "rule=" + alert.rule() + " breachedAt="
                            + alert.breachedAt());
                });
                escalated++;
            } catch (DuplicateKeyException another) {
                // Another node escalated it first.
            }
        }
        if (escalated > 0) {
            log.info("Escalated {} breach(es) nobody acknowledged within {}", escalated, properties.escalateAfter());
        }
        return escalated;
    }
}
