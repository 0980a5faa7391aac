package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * APP-2 (JJL Art. 57): when the child is detained, the appeal is tried within 3 months of the Court of Appeal
 * receiving the file. A limit on detention awaiting appeal: calendar months from the exact instant the file was
 * transmitted, never stretched by a weekend or holiday; met by the appeal hearing or by the end of the detention.
 */
final class DetainedAppealTried extends SafeguardRule {

    DetainedAppealTried() {
        super("APP-2", "JJL Art. 57", true);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.APPEAL_FILE_TRANSMITTED) {
                continue;
            }
            Spells.Spell detention = in.spells().detentionAt(in.at[i]);
            if (detention == null) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            if (in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            int months = rules.get(Parameter.APPEAL_TRIAL_MONTHS);
            Instant due = Deadlines.libertyMonths(in.at[i], months);
            int heard = in.next(EventType.APPEAL_HEARD, i + 1);
            Instant done = heard >= 0 ? in.at[heard] : null;
            if (detention.end() != null && (done == null || detention.end().isBefore(done))) {
                done = detention.end();
            }
            deadline(verdict, in, rules, due, done, "appeal", months);
        }
        return verdict.result();
    }
}
