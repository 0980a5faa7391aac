package org.komar.worklist;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.cases.CaseCourts;
import org.komar.cases.CaseService;
import org.komar.safeguards.SafeguardStatus;
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

    private final CaseService cases;
    private final JdbcClient jdbc;

    BreachRecords(CaseService cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /**
     * One cell of the breaches of a period: a rule, a province and a court (null when the case was never before one),
     * its breaches (one per case, as each case breaches a rule once), and the cases this cell leads: those whose
     * breaches of the period start, in rule-code order, with this cell's rule. A case's breaches share its province
     * and its court, so summing the led cases over the cells of a province or a court counts each case once.
     */
    public record Cell(String rule, String province, AgencyId court, long breaches, long ledCases) {
    }

    /**
     * The breaches of the period counted in the database, per rule, province and court: national for statisticians,
     * over their own cases for people with case access, refused to anyone else.
     */
    @Transactional(readOnly = true)
    public List<Cell> counted(Actor actor, Instant start, Instant end) {
        Map<String, Object> params = new HashMap<>();
        boolean national = actor.has(Permission.STATISTICS_READ);
        String scope;
        if (national) {
            scope = "1 = 1";
        } else if (actor.has(Permission.CASE_READ)) {
            scope = cases.scopeCondition(actor, "a.case_id", params);
        } else {
            throw KomarException.forbidden("FORBIDDEN");
        }
        params.put("breached", SafeguardStatus.BREACHED.name());
        params.put("start", AlertStore.utc(start));
        params.put("end", AlertStore.utc(end));
        String breached = " FROM worklist_alert a WHERE a.status = :breached AND a.breached_at >= :start"
                + " AND a.breached_at < :end AND " + scope;
        return jdbc.sql("SELECT b.rule_code, b.province_code, c.court_id, COUNT(*), SUM(b.leads) FROM"
                        + " (SELECT a.case_id, a.rule_code, a.province_code, CASE WHEN a.rule_code"
                        + " = MIN(a.rule_code) OVER (PARTITION BY a.case_id) THEN 1 ELSE 0 END AS leads" + breached
                        + ") b LEFT JOIN (" + CaseCourts.table(national ? null : "SELECT a.case_id" + breached) + ") c"
                        + " ON c.case_id = b.case_id GROUP BY b.rule_code, b.province_code, c.court_id")
                .params(params)
                .query((rs, n) -> {
                    UUID court = rs.getObject(3, UUID.class);
                    return new Cell(rs.getString(1), rs.getString(2), court == null ? null : new AgencyId(court),
                            rs.getLong(4), rs.getLong(5));
                })
                .list();
    }
}
