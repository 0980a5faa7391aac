package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;

/**
 * PTD-8 (CPC Art. 230): a minor detained again for intentionally evading judicial supervision is held at most
 * 2 months, whatever the offence ({@link Parameter#PTD_EVASION_MONTHS}). Each such stretch (a pre-trial detention
 * order recorded with {@code afterEvadingSupervision}) is judged on its own: calendar months from the exact instant,
 * never stretched by a weekend or holiday.
 */
final class DetentionAfterEvasion extends SafeguardRule {

    DetentionAfterEvasion() {
        super("PTD-8", "CPC Art. 230", true);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (Spells.Spell spell : in.spells().pretrial) {
            if (!spell.evasion()) {
                continue;
            }
            RuleSet rules = in.rules(spell.start());
            if (in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            int months = rules.get(Parameter.PTD_EVASION_MONTHS);
            Instant due = Deadlines.libertyMonths(spell.start(), months);
            deadline(verdict, in, rules, due, spell.end(), "detention", months);
        }
        return verdict.result();
    }
}
