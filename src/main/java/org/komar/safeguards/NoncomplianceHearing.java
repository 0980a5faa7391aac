package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * DIV-4 (JJL Art. 71): after the social agent reports that the child has not complied with the diversion plan, the
 * authority summons all parties within 15 days. A procedural limit in days (CPC Art. 231): it ends at 24:00 of the
 * fifteenth day after the report, moved to the next working day when that day is a weekend or public holiday. Met
 * by the recorded diversion hearing.
 */
final class NoncomplianceHearing extends SafeguardRule {

    NoncomplianceHearing() {
        super("DIV-4", "JJL Art. 71", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.DIVERSION_NONCOMPLIANCE_REPORTED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            int days = rules.get(Parameter.DIVERSION_SUMMONS_DAYS);
            Instant due = Deadlines.proceduralDays(in.at[i], days, in.workingDays);
            int hearing = in.next(EventType.DIVERSION_HEARING_HELD, i + 1);
            deadline(verdict, in, rules, due, hearing < 0 ? null : in.at[hearing], "hearing", days);
        }
        return verdict.result();
    }
}
