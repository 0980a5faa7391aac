package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;

/**
 * CLO-1 (CPC Art. 249, 305): the closing order ends pre-trial detention unless a separate reasoned decision keeps the
 * child detained; that decision lasts 4 months, and a child who has not appeared before the trial court by then is
 * released automatically. Judged from the closing order that keeps the child detained: calendar months from the
 * exact instant, never stretched by a weekend or holiday; met by the first hearing or the release.
 */
final class DetentionAwaitingTrial extends SafeguardRule {

    DetentionAwaitingTrial() {
        super("CLO-1", "CPC Art. 249, 305", true);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (Spells.Spell spell : in.spells().awaitingTrial) {
            RuleSet rules = in.rules(spell.start());
            if (in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            int months = rules.get(Parameter.CLOSING_DETENTION_MONTHS);
            Instant due = Deadlines.libertyMonths(spell.start(), months);
            deadline(verdict, in, rules, due, spell.end(), "trial", months);
        }
        return verdict.result();
    }
}
