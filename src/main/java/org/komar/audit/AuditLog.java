package org.komar.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.komar.access.Actor;
import org.komar.access.SignInAttempted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail. {@link #record} must run inside the caller's transaction (it refuses to run without
 * one), so that a read or change and its audit line commit or roll back together.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAILS = 4000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /**
     * Records one action. {@code action} is a stable upper-case code (its label is {@code audit.action.<code>} in
     * the message bundles); {@code details} holds identifiers or counts only.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, AuditSubject subject, String reason, String details) {
        insert(actor == null ? null : actor.userId().value(), actor == null ? null : actor.username(),
                actor == null ? null : actor.agencyId().value(), action, subject, reason, details);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, AuditSubject subject) {
        record(actor, action, subject, null, null);
    }

    /**
     * Records the same action on many subjects at once (one line each, written as one batch): for bulk reads such as
     * an export, where a line per case keeps the trail searchable per child without a round trip per case.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(Actor actor, String action, List<AuditSubject> subjects, String details) {
        if (subjects.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String remote = remoteAddress();
        String truncated = truncate(details, MAX_DETAILS);
        template.batchUpdate("""
                INSERT INTO audit_entry (at, actor_id, actor_username, agency_id, action, subject_type, subject_id,
                                         case_id, child_id, remote_addr, reason, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)""", subjects, 500, (ps, subject) -> {
            ps.setObject(1, at);
            ps.setObject(2, actor.userId().value());
            ps.setString(3, actor.username());
            ps.setObject(4, actor.agencyId().value());
            ps.setString(5, action);
            ps.setString(6, subject.type());
            ps.setString(7, subject.id());
            ps.setObject(8, subject.caseId());
            ps.setObject(9, subject.childId());
            ps.setString(10, remote);
            ps.setString(11, truncated);
        });
    }

    @EventListener
    @Transactional
    void onSignIn(SignInAttempted attempt) {
        String action = attempt.succeeded() ? "LOGIN_SUCCEEDED" : attempt.locked() ? "LOGIN_LOCKED" : "LOGIN_FAILED";
        insert(attempt.userId(), attempt.username(), attempt.agencyId(), action,
                AuditSubject.of("USER", attempt.userId().toString()), null, null);
    }

    private void insert(UUID actorId, String username, UUID agencyId, String action, AuditSubject subject,
                        String reason, String details) {
        jdbc.sql("""
                INSERT INTO audit_entry (at, actor_id, actor_username, agency_id, action, subject_type, subject_id,
                                         case_id, child_id, remote_addr, reason, details)
                VALUES (:at, :actor, :username, :agency, :action, :subjectType, :subjectId, :caseId, :childId,
                        :remote, :reason, :details)""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actor", actorId).param("username", username).param("agency", agencyId)
                .param("action", action).param("subjectType", subject.type()).param("subjectId", subject.id())
                .param("caseId", subject.caseId()).param("childId", subject.childId())
                .param("remote", remoteAddress()).param("reason", truncate(reason, 1000))
                .param("details", truncate(details, MAX_DETAILS))
                .update();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
