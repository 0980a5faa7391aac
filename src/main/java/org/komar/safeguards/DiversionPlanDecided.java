package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * DIV-2 (JJL Art. 66, 68): the diversion plan is decided within one month of the diversion order; when the
 * authority rejects a plan and orders a new one, the new plan is due within one month again. A procedural limit:
 * calendar months, ending at 24:00 of the last day in Phnom Penh, moved to the next working day when that day is a
 * weekend or public holiday (CPC Art. 231).
 */
final class DiversionPlanDecided extends SafeguardRule {

    DiversionPlanDecided() {
        super("DIV-2", "JJL Art. 66, 68", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.DIVERSION_ORDERED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            int months = rules.get(Parameter.DIVERSION_PLAN_MONTHS);
            Instant due = Deadlines.proceduralMonths(in.at[i], months, in.workingDays);
            Instant done = null;
            for (int j = i + 1; j < in.size && done == null; j++) {
                if (in.types[j] == EventType.DIVERSION_ORDERED) {
                    break;
                }
                if (in.types[j] == EventType.DIVERSION_PLAN_DECIDED) {
                    if (in.isFalse(j, "approved") && !in.at[j].isAfter(due)) {
                        due = Deadlines.proceduralMonths(in.at[j], months, in.workingDays);
                    } else {
                        done = in.at[j];
                    }
                }
            }
            deadline(verdict, in, rules, due, done, "plan", months);
        }
        return verdict.result();
    }
}
