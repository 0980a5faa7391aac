package org.komar.safeguards;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.komar.calendar.Deadlines;

/**
 * PTD-3 and PTD-4 (CPC Art. 213, 214): pre-trial detention of a minor lasts at most, with no extension: 14-15
 * years, 2 months for a misdemeanour and 4 for a felony (PTD-3); 16-17 years, 4 and 6 months (PTD-4). The limit is a
 * total: every stretch of pre-trial detention in the case counts (CPC 213-214 give one maximum for the
 * investigation; a release and a new order do not restart it). The allowance is the length of that many calendar
 * months from the first order, to the same clock time in Phnom Penh; it is never stretched by a weekend or holiday
 * (a limit on deprivation of liberty, LAW.md 1.12). A re-detention for evading judicial supervision is the separate
 * limit of PTD-8. A petty offence or an unrecorded class takes the misdemeanour limit (the doubt goes to the child).
 * Judged by the rule set in force at the first order.
 */
final class DetentionLimit extends SafeguardRule {

    private final CaseInput.Band band;

    private DetentionLimit(String code, CaseInput.Band band) {
        super(code, "CPC Art. 213, 214", true);
        this.band = band;
    }

    static DetentionLimit younger() {
        return new DetentionLimit("PTD-3", CaseInput.Band.YOUNGER);
    }

    static DetentionLimit older() {
        return new DetentionLimit("PTD-4", CaseInput.Band.OLDER);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        List<Spells.Spell> spells = in.spells().pretrial;
        Spells.Spell first = firstOrdinary(spells);
        if (first == null) {
            return notApplicable();
        }
        RuleSet rules = in.rules(first.start());
        if (in.band(rules) != band) {
            return notApplicable();
        }
        int months = months(in, rules);
        Duration allowed = Duration.between(first.start(), Deadlines.libertyMonths(first.start(), months));
        Verdict verdict = verdict();
        cumulative(this, verdict, in, rules, spells, allowed, "detention", months);
        return verdict.result();
    }

    private int months(CaseInput in, RuleSet rules) {
        if (band == CaseInput.Band.OLDER) {
            return rules.get(in.felony() ? Parameter.PTD_MONTHS_OLDER_FELONY : Parameter.PTD_MONTHS_OLDER_MISDEMEANOUR);
        }
        return rules.get(in.felony() ? Parameter.PTD_MONTHS_YOUNGER_FELONY
                : Parameter.PTD_MONTHS_YOUNGER_MISDEMEANOUR);
    }

    static Spells.Spell firstOrdinary(List<Spells.Spell> spells) {
        for (Spells.Spell spell : spells) {
            if (!spell.evasion()) {
                return spell;
            }
        }
        return null;
    }

    /**
     * Judges a total allowance over the ordinary (not re-detention) stretches: each stretch may use what the earlier
     * ones left; the first that runs past it is the breach (or, still open, the pending limit).
     */
    static void cumulative(SafeguardRule rule, Verdict verdict, CaseInput in, RuleSet rules, List<Spells.Spell> spells,
                           Duration allowed, String variant, Object... args) {
        Duration used = Duration.ZERO;
        for (Spells.Spell spell : spells) {
            if (spell.evasion()) {
                continue;
            }
            Instant due = spell.start().plus(allowed.minus(used));
            rule.deadline(verdict, in, rules, due, spell.end(), variant, args);
            if (spell.end() == null || spell.end().isAfter(due)) {
                return;
            }
            used = used.plus(Duration.between(spell.start(), spell.end()));
        }
    }
}
