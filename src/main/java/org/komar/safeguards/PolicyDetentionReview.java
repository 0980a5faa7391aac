package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * POL-PTD-REVIEW (policy target, CRC General Comment No. 24 para. 90): the legality of pre-trial detention is
 * reviewed regularly, preferably every two weeks ({@link Parameter#POL_PTD_REVIEW_DAYS}). Cambodian law has no such
 * review. A review is a recorded decision on release, a hearing, or a new detention order; each review starts the
 * interval again, counted in days from the exact instant. On only when the rule set switches it on
 * ({@link Parameter#POL_PTD_REVIEW_ON}).
 */
final class PolicyDetentionReview extends SafeguardRule {

    PolicyDetentionReview() {
        super("POL-PTD-REVIEW", "CRC GC 24 para. 90 (policy target)", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (Spells.Spell spell : in.spells().pretrial) {
            RuleSet rules = in.rules(spell.start());
            if (!rules.on(Parameter.POL_PTD_REVIEW_ON) || in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            int days = rules.get(Parameter.POL_PTD_REVIEW_DAYS);
            Instant from = spell.start();
            int index = spell.startIndex();
            while (true) {
                Instant due = Deadlines.libertyDays(from, days);
                int review = -1;
                for (int j = index + 1; j < in.size && review < 0; j++) {
                    EventType type = in.types[j];
                    if ((type == EventType.RELEASE_DECIDED || type == EventType.HEARING_HELD
                            || type == EventType.PRETRIAL_DETENTION_ORDERED) && in.at[j].isAfter(from)
                            && !in.at[j].isAfter(due) && (spell.end() == null || in.at[j].isBefore(spell.end()))) {
                        review = j;
                    }
                }
                if (review < 0) {
                    deadline(verdict, in, rules, due, spell.end(), "review", days);
                    break;
                }
                from = in.at[review];
                index = review;
            }
        }
        return verdict.result();
    }
}
