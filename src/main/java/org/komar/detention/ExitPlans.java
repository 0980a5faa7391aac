package org.komar.detention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.access.UserId;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseRole;
import org.komar.cases.CaseService;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exit plans of children living with a parent in prison ({@code ACCOMPANYING_CAREGIVER} cases). A plan is recorded
 * by someone who may record on the case and reaches it; a newer plan supersedes, none is changed. Audited as a write
 * to the case.
 */
@Service
public class ExitPlans {

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final AuditLog audit;
    private final Clock clock;

    ExitPlans(JdbcClient jdbc, CaseService cases, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** A plan as given in a request. */
    public record NewExitPlan(String plannedOn, String arrangement, String caregiver, String note) {
    }

    @Transactional
    public ExitPlan record(Actor actor, CaseId caseId, NewExitPlan given) {
        actor.require(Permission.EVENT_RECORD);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        CaseFacts facts = cases.facts(List.of(caseId)).get(caseId);
        if (facts.role() != CaseRole.ACCOMPANYING_CAREGIVER) {
            throw KomarException.invalid("EXIT_PLAN_NOT_ACCOMPANYING");
        }
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.date("plannedOn", given.plannedOn(), true);
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        if (on != null && on.isBefore(today.minusYears(5))) {
            problems.add("plannedOn", "OUT_OF_RANGE", today.minusYears(5), today.plusYears(5));
        }
        ExitArrangement arrangement = Enums.parse(ExitArrangement.class, given.arrangement(), "arrangement",
                problems, true);
        String caregiver = problems.text("caregiver", given.caregiver(), 300, false);
        String note = problems.text("note", given.note(), 2000, false);
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO detention_exit_plan (id, case_id, planned_on, arrangement, caregiver, note, recorded_at,
                                                 recorded_by)
                VALUES (:id, :case, :on, :arrangement, :caregiver, :note, :at, :by)""")
                .param("id", id).param("case", caseId.value()).param("on", on).param("arrangement", arrangement.name())
                .param("caregiver", caregiver).param("note", note).param("at", DetentionReadModel.utc(now))
                .param("by", actor.userId().value()).update();
        audit.record(actor, "EXIT_PLAN_RECORDED", AuditSubject.ofCase(caseId.value(), facts.child().id().value()),
                null, arrangement.name());
        return new ExitPlan(id, caseId, on, arrangement, caregiver, note, now, actor.userId());
    }

    /** The plan in force for each of the cases (the newest), without scope: callers show them through scoped reads. */
    @Transactional(readOnly = true)
    public Map<CaseId, ExitPlan> current(Collection<CaseId> caseIds) {
        Map<CaseId, ExitPlan> plans = new HashMap<>();
        if (caseIds.isEmpty()) {
            return plans;
        }
        jdbc.sql("SELECT * FROM detention_exit_plan WHERE case_id IN (:ids) ORDER BY recorded_at")
                .param("ids", caseIds.stream().map(CaseId::value).toList())
                .query((rs, n) -> map(rs)).list().forEach(plan -> plans.put(plan.caseId(), plan));
        return plans;
    }

    Optional<ExitPlan> current(CaseId caseId) {
        return Optional.ofNullable(current(List.of(caseId)).get(caseId));
    }

    private static ExitPlan map(ResultSet rs) throws SQLException {
        return new ExitPlan(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getObject("planned_on", LocalDate.class), ExitArrangement.valueOf(rs.getString("arrangement")),
                rs.getString("caregiver"), rs.getString("note"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                new UserId(rs.getObject("recorded_by", UUID.class)));
    }
}
