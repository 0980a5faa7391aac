package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;

/**
 * PC-1 and PC-2 (CPC Art. 96): police custody of a minor ends at the latest a fixed number of hours after arrival at
 * the unit, with no extension: 14-15 years, 24 h for a misdemeanour and 36 h for a felony (PC-1); 16-17 years, 36 h
 * and 48 h (PC-2). Hours run from the exact instant of arrival and are never stretched by a night, a weekend or a
 * holiday (a limit on deprivation of liberty, LAW.md 1.12). A petty offence, or an offence whose class is not
 * recorded, takes the misdemeanour limit (the shorter: the doubt goes to the child). Each custody is judged on its
 * own, by the rule set in force at its start. Ending exactly at the limit is on time.
 */
final class CustodyLimit extends SafeguardRule {

    private final CaseInput.Band band;

    private CustodyLimit(String code, CaseInput.Band band) {
        super(code, "CPC Art. 96", true);
        this.band = band;
    }

    /** PC-1: custody of a 14- or 15-year-old (or a child of unknown age). */
    static CustodyLimit younger() {
        return new CustodyLimit("PC-1", CaseInput.Band.YOUNGER);
    }

    /** PC-2: custody of a 16- or 17-year-old. */
    static CustodyLimit older() {
        return new CustodyLimit("PC-2", CaseInput.Band.OLDER);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (Spells.Spell custody : in.spells().custody) {
            RuleSet rules = in.rules(custody.start());
            if (in.band(rules) != band) {
                continue;
            }
            int hours = hours(in, rules, band);
            Instant due = Deadlines.libertyHours(custody.start(), hours);
            deadline(verdict, in, rules, due, custody.end(), "custody", hours);
        }
        return verdict.result();
    }

    static int hours(CaseInput in, RuleSet rules, CaseInput.Band band) {
        boolean felony = in.felony();
        if (band == CaseInput.Band.OLDER) {
            return rules.get(felony ? Parameter.CUSTODY_HOURS_OLDER_FELONY
                    : Parameter.CUSTODY_HOURS_OLDER_MISDEMEANOUR);
        }
        return rules.get(felony ? Parameter.CUSTODY_HOURS_YOUNGER_FELONY
                : Parameter.CUSTODY_HOURS_YOUNGER_MISDEMEANOUR);
    }
}
