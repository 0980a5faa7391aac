package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * POL-LAWYER-24H (policy target, beyond the law): a lawyer is in contact with the child within 24 hours of the arrest
 * ({@link Parameter#POL_LAWYER_HOURS}). The law says "immediately / as soon as possible" (JJL 6, 18) and sets no
 * hours; the 24-hour benchmark is an advocacy target. Counted in exact hours from the first arrest or custody; met by
 * a lawyer's assignment, a notification that reached the lawyer, or an interrogation with the lawyer present. On
 * only when the rule set switches it on ({@link Parameter#POL_LAWYER_ON}).
 */
final class PolicyLawyerContact extends SafeguardRule {

    PolicyLawyerContact() {
        super("POL-LAWYER-24H", "JJL Art. 6, 18 (policy target)", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        int first = in.nextOf(0, EventType.ARRESTED, EventType.CUSTODY_STARTED);
        if (first < 0) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[first]);
        if (!rules.on(Parameter.POL_LAWYER_ON) || in.band(rules) == CaseInput.Band.ADULT) {
            return notApplicable();
        }
        int hours = rules.get(Parameter.POL_LAWYER_HOURS);
        Instant due = Deadlines.libertyHours(in.at[first], hours);
        Instant done = null;
        for (int i = 0; i < in.size && done == null; i++) {
            if (in.types[i] == EventType.LAWYER_ASSIGNED
                    || (in.notifies(i, "LAWYER") && !in.isFalse(i, "reached"))
                    || (in.types[i] == EventType.INTERROGATED && in.isTrue(i, "lawyerPresent"))) {
                done = in.at[i];
            }
        }
        Verdict verdict = verdict();
        deadline(verdict, in, rules, due, done, "lawyer", hours);
        return verdict.result();
    }
}
