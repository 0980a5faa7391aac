package org.komar.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail: administrators only, and the search itself is audited. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final AuditLog log;

    AuditTrail(JdbcClient jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Transactional
    public List<AuditEntry> search(Actor actor, AuditQuery query) {
        if (!actor.has(Permission.AUDIT_READ)) {
            throw KomarException.forbidden("FORBIDDEN");
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (query.actorUsername() != null && !query.actorUsername().isBlank()) {
            sql.append(" AND actor_username = :username");
            params.put("username", query.actorUsername().trim());
        }
        if (query.action() != null && !query.action().isBlank()) {
            sql.append(" AND action = :action");
            params.put("action", query.action().trim());
        }
        if (query.caseId() != null) {
            sql.append(" AND case_id = :caseId");
            params.put("caseId", query.caseId());
        }
        if (query.childId() != null) {
            sql.append(" AND child_id = :childId");
            params.put("childId", query.childId());
        }
        if (query.from() != null) {
            sql.append(" AND at >= :from");
            params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND at < :to");
            params.put("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        int limit = query.limit() <= 0 || query.limit() > 1000 ? 200 : query.limit();
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        List<AuditEntry> entries = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(
                rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_username"),
                rs.getObject("agency_id", UUID.class), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getObject("case_id", UUID.class),
                rs.getObject("child_id", UUID.class), rs.getString("remote_addr"), rs.getString("reason"),
                rs.getString("details"))).list();
        log.record(actor, "AUDIT_SEARCHED", AuditSubject.none(), null, "results=" + entries.size());
        return entries;
    }
}
