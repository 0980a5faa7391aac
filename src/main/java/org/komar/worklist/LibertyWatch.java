package org.komar.worklist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseService;
import org.komar.safeguards.SafeguardStatus;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every child deprived of liberty right now past a legal limit, or within 24 hours of one, as the safeguards engine
 * judged them (the read model's liberty-limit rules: police custody, pre-trial detention, detention awaiting trial or
 * appeal, a child under 14, a diverted child still held): counted by province (of the case) and listed most urgent
 * first. People with case access see the numbers and the children of the cases in their scope (audited);
 * statisticians and administrators see the national numbers only; everyone else is refused.
 */
@Service
public class LibertyWatch {

    static final Duration NEAR = Duration.ofHours(24);

    private final CaseService cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LibertyWatch(CaseService cases, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One child's most urgent limit: {@code past} held beyond it since {@code moment}, else due at {@code moment}. */
    public record Line(Alert alert, boolean past, Instant moment) {

        public CaseId caseId() {
            return alert.caseId();
        }

        public String caseNumber() {
            return alert.caseNumber();
        }

        public String rule() {
            return alert.rule();
        }

        public String province() {
            return alert.province();
        }
    }

    /** Children past a limit and within 24 h of one, per province (null key: the whole). */
    public record Count(long past, long near) {
    }

    /**
     * The view as of now: {@code counts} by province code, {@code lines} the children (empty for numbers-only
     * readers), {@code province} the province asked (null: all), {@code national} whether the numbers are the
     * country's rather than the reader's scope.
     */
    public record View(Instant asOf, String province, boolean national, boolean numbersOnly,
                       Map<String, Count> counts, Count total, List<Line> lines) {
    }

    @Transactional
    public View view(Actor actor, String province) {
        if (province != null && !province.matches("\\d{2}")) {
            new org.komar.shared.FieldProblems().add("province", "UNKNOWN_GEO_CODE", province).throwIfAny();
        }
        boolean caseAccess = actor.has(Permission.CASE_READ);
        if (!caseAccess && !actor.has(Permission.STATISTICS_READ)) {
            throw KomarException.forbidden("FORBIDDEN");
        }
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        String scope = caseAccess ? cases.scopeCondition(actor, "a.case_id", params) : "1 = 1";
        params.put("soon", AlertStore.utc(now.plus(NEAR)));
        List<Alert> alerts = jdbc.sql("SELECT a.* FROM worklist_alert a WHERE " + scope
                        + " AND a.liberty_limit = TRUE AND (a.held_beyond = TRUE"
                        + " OR (a.status = 'PENDING' AND a.due_at <= :soon))")
                .params(params).query((rs, n) -> AlertStore.alert(rs)).list();
        List<Line> perChild = mostUrgentPerChild(alerts, now);
        Map<String, Count> counts = new TreeMap<>();
        long past = 0;
        long near = 0;
        for (Line line : perChild) {
            String key = line.province() == null ? "" : line.province();
            Count c = counts.getOrDefault(key, new Count(0, 0));
            counts.put(key, line.past() ? new Count(c.past() + 1, c.near()) : new Count(c.past(), c.near() + 1));
            past += line.past() ? 1 : 0;
            near += line.past() ? 0 : 1;
        }
        List<Line> lines = List.of();
        if (caseAccess) {
            lines = perChild.stream().filter(line -> province == null || province.equals(line.province())).toList();
            audit.record(actor, "LIBERTY_WATCH_LISTED", AuditSubject.none(), null, "results=" + lines.size()
                    + (lines.isEmpty() ? "" : " ids=" + lines.stream().map(l -> l.caseId().toString())
                    .collect(Collectors.joining(","))));
        }
        return new View(now, province, !caseAccess, !caseAccess, counts, new Count(past, near), lines);
    }

    /** A child counts once, by the most urgent of its limits: held past one before due soon, the oldest first. */
    private static List<Line> mostUrgentPerChild(List<Alert> alerts, Instant now) {
        List<Line> lines = new ArrayList<>();
        for (Alert alert : alerts) {
            boolean past = alert.heldPastLimitAt(now);
            Instant moment = alert.status() == SafeguardStatus.BREACHED && alert.breachedAt() != null
                    ? alert.breachedAt() : alert.dueAt();
            if (moment != null) {
                lines.add(new Line(alert, past, moment));
            }
        }
        lines.sort((a, b) -> a.past() != b.past() ? (a.past() ? -1 : 1) : a.moment().compareTo(b.moment()));
        Map<ChildId, Line> first = new LinkedHashMap<>();
        for (Line line : lines) {
            first.putIfAbsent(line.alert().childId(), line);
        }
        return new ArrayList<>(first.values());
    }

}
