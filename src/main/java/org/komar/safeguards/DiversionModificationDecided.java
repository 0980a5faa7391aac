package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * DIV-3 (JJL Art. 70): the authority decides on the social agent's request to modify a diversion plan within five
 * working days; without a decision by then the request is deemed approved. Working days skip weekends and public
 * holidays; the limit ends at 24:00 of the fifth working day after the request.
 */
final class DiversionModificationDecided extends SafeguardRule {

    DiversionModificationDecided() {
        super("DIV-3", "JJL Art. 70", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.DIVERSION_MODIFICATION_REQUESTED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            int days = rules.get(Parameter.DIVERSION_MODIFICATION_WORKING_DAYS);
            Instant due = Deadlines.proceduralWorkingDays(in.at[i], days, in.workingDays);
            int decided = in.next(EventType.DIVERSION_MODIFICATION_DECIDED, i + 1);
            deadline(verdict, in, rules, due, decided < 0 ? null : in.at[decided], "decision", days);
        }
        return verdict.result();
    }
}
