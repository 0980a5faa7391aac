package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * APP-1 (JJL Art. 56): the clerk sends the file to the Court of Appeal (or the Supreme Court) within 10 days of the
 * appeal. A procedural limit in days (CPC 293): it ends at 24:00 of the tenth day after the appeal, moved to the
 * next working day when that day is a weekend or public holiday.
 */
final class AppealFileTransmitted extends SafeguardRule {

    AppealFileTransmitted() {
        super("APP-1", "JJL Art. 56", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.APPEAL_FILED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            if (in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            int days = rules.get(Parameter.APPEAL_TRANSMIT_DAYS);
            Instant due = Deadlines.proceduralDays(in.at[i], days, in.workingDays);
            int sent = in.next(EventType.APPEAL_FILE_TRANSMITTED, i + 1);
            deadline(verdict, in, rules, due, sent < 0 ? null : in.at[sent], "transmit", days);
        }
        return verdict.result();
    }
}
