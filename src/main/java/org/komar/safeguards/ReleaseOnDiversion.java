package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * DIV-6 (JJL Art. 38, 52): when the investigating judge or a court diverts a detained child, the child is released
 * immediately, even if the prosecutor appeals. "Immediately" is given hours by the rule set
 * ({@link Parameter#IMMEDIATE_RELEASE_HOURS}, 24 by default), counted in exact hours from the diversion (a limit on
 * deprivation of liberty: never stretched by a weekend or holiday). Met by the end of that detention.
 */
final class ReleaseOnDiversion extends SafeguardRule {

    ReleaseOnDiversion() {
        super("DIV-6", "JJL Art. 38, 52", true);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            boolean diverted = in.types[i] == EventType.DIVERSION_ORDERED
                    || (in.types[i] == EventType.DIVERSION_CONSIDERED && "DIVERTED".equals(in.text(i, "decision")));
            String by = in.text(i, "by");
            if (!diverted || by == null || "PROSECUTOR".equals(by)) {
                continue;
            }
            Spells.Spell detention = in.spells().detentionAt(in.at[i]);
            if (detention == null) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            int hours = rules.get(Parameter.IMMEDIATE_RELEASE_HOURS);
            Instant due = Deadlines.libertyHours(in.at[i], hours);
            deadline(verdict, in, rules, due, detention.end(), "release", hours);
        }
        return verdict.result();
    }
}
