package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.cases.CaseRole;
import org.komar.timeline.EventType;

/**
 * POL-FINAL-DECISION (policy target, CRC General Comment No. 24 para. 90): a final decision on the charges within
 * 6 months ({@link Parameter#POL_FINAL_DECISION_MONTHS}) of the first contact with the justice system (the case's
 * first event). A final decision is a verdict, a dismissal at the closing order, a completed diversion, or the
 * closing of the case. Calendar months, ending at 24:00 of the last day (moved past weekends and holidays like a
 * procedural act). On only when the rule set switches it on ({@link Parameter#POL_FINAL_DECISION_ON}).
 */
final class PolicyFinalDecision extends SafeguardRule {

    PolicyFinalDecision() {
        super("POL-FINAL-DECISION", "CRC GC 24 para. 90 (policy target)", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        if (in.role != CaseRole.CONFLICT_WITH_LAW || in.size == 0) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[0]);
        if (!rules.on(Parameter.POL_FINAL_DECISION_ON) || in.band(rules) == CaseInput.Band.ADULT) {
            return notApplicable();
        }
        int months = rules.get(Parameter.POL_FINAL_DECISION_MONTHS);
        Instant due = Deadlines.proceduralMonths(in.at[0], months, in.workingDays);
        Instant done = null;
        for (int i = 0; i < in.size && done == null; i++) {
            EventType type = in.types[i];
            if (type == EventType.VERDICT || type == EventType.DIVERSION_COMPLETED || type == EventType.CASE_CLOSED
                    || (type == EventType.CLOSING_ORDER && "DISMISSED".equals(in.text(i, "outcome")))) {
                done = in.at[i];
            }
        }
        Verdict verdict = verdict();
        deadline(verdict, in, rules, due, done, "decision", months);
        return verdict.result();
    }
}
