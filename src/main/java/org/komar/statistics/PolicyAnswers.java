package org.komar.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.FieldProblems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' answers to the policy indicators: whether a system of regular independent inspection (12)
 * and a complaints mechanism (13) exist, whether the justice system is specialised for children (14), whether
 * there is a national prevention plan (15). An answer holds from its date until a later one; none is ever changed.
 */
@Service
public class PolicyAnswers {

    static final List<Integer> INDICATORS = List.of(12, 13, 14, 15);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PolicyAnswers(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PolicyAnswer record(Actor actor, Integer indicator, String answer, String evidence, LocalDate from) {
        actor.require(Permission.REFERENCE_ADMIN);
        FieldProblems problems = new FieldProblems();
        if (indicator == null || !INDICATORS.contains(indicator)) {
            problems.add("indicator", "UNKNOWN_CHOICE", String.valueOf(indicator), "12, 13, 14, 15");
        }
        if (answer == null || !PolicyAnswer.ANSWERS.contains(answer)) {
            problems.add("answer", "UNKNOWN_CHOICE", String.valueOf(answer), String.join(", ", PolicyAnswer.ANSWERS));
        }
        String text = evidence == null || evidence.isBlank() ? null : evidence.strip();
        if (text == null) {
            problems.add("evidence", "REQUIRED");
        } else if (text.length() > 2000) {
            problems.add("evidence", "TEXT_TOO_LONG", 2000);
        }
        if (from == null) {
            problems.add("effectiveFrom", "REQUIRED");
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO stat_policy_answer (id, indicator, answer, evidence, effective_from, recorded_at, recorded_by)
                VALUES (:id, :indicator, :answer, :evidence, :from, :at, :by)""")
                .param("id", id).param("indicator", indicator).param("answer", answer).param("evidence", text)
                .param("from", from).param("at", FactStore.utc(clock.instant())).param("by", actor.userId().value())
                .update();
        audit.record(actor, "POLICY_ANSWER_RECORDED", AuditSubject.of("POLICY_ANSWER", id.toString()), null,
                "indicator=" + indicator + " answer=" + answer);
        return new PolicyAnswer(indicator, answer, text, from);
    }

    /** The answer in force on {@code day} for each policy indicator that has one. */
    @Transactional(readOnly = true)
    public Map<Integer, PolicyAnswer> inForce(LocalDate day) {
        Map<Integer, PolicyAnswer> answers = new HashMap<>();
        jdbc.sql("""
                SELECT indicator, answer, evidence, effective_from FROM stat_policy_answer
                WHERE effective_from <= :day ORDER BY effective_from, recorded_at""")
                .param("day", day)
                .query(rs -> {
                    answers.put(rs.getInt(1), new PolicyAnswer(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class)));
                });
        return answers;
    }

    /** Every answer ever given, newest first. */
    @Transactional(readOnly = true)
    public List<PolicyAnswer> history() {
        return jdbc.sql("""
                SELECT indicator, answer, evidence, effective_from FROM stat_policy_answer
                ORDER BY indicator, effective_from DESC, recorded_at DESC""")
                .query((rs, n) -> new PolicyAnswer(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list();
    }
}
