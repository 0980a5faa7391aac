package org.komar.worklist;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.cases.CaseService;
import org.komar.safeguards.SafeguardStatus;
import org.komar.shared.CaseId;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safeguard breaches that occurred in a period, as the read model holds them (each case's breaches as the engine
 * judges them now, one per case and rule), for the statistics of breaches by rule, court and province: national for
 * statisticians and administrators, over their own cases for people with case access, refused to anyone else.
 */
@Service
public class BreachRecords {

    /** One breach: the case, the rule, when it was breached, the case's province. */
    public record Breach(CaseId caseId, String rule, Instant breachedAt, String province) {
    }

    private final CaseService cases;
    private final JdbcClient jdbc;

    BreachRecords(CaseService cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Breach> between(Actor actor, Instant start, Instant end) {
        Map<String, Object> params = new HashMap<>();
        String scope;
        if (actor.has(Permission.STATISTICS_READ)) {
            scope = "1 = 1";
        } else if (actor.has(Permission.CASE_READ)) {
            scope = cases.scopeCondition(actor, "a.case_id", params);
        } else {
            throw KomarException.forbidden("FORBIDDEN");
        }
        params.put("breached", SafeguardStatus.BREACHED.name());
        params.put("start", AlertStore.utc(start));
        params.put("end", AlertStore.utc(end));
        return jdbc.sql("SELECT a.case_id, a.rule_code, a.breached_at, a.province_code FROM worklist_alert a"
                        + " WHERE a.status = :breached AND a.breached_at >= :start AND a.breached_at < :end AND "
                        + scope)
                .params(params)
                .query((rs, n) -> new Breach(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2),
                        AlertStore.instant(rs, "breached_at"), rs.getString(4)))
                .list();
    }
}
