package org.komar.safeguards;

import java.time.Duration;

import org.komar.calendar.Deadlines;
import org.komar.cases.OffenceClass;

/**
 * PTD-5 (CPC Art. 214, last paragraph): for a minor accused of a misdemeanour, pre-trial detention in total may not
 * exceed half of the minimum penalty "provided by law for such minor". The minor's minimum is the statutory minimum
 * reduced for minority ({@link Parameter#JUVENILE_PENALTY_PERCENT}, 50 % by default: the Penal Code halves penalties
 * for minors, LAW.md 1.9, to be confirmed); the share is {@link Parameter#PTD_SHARE_OF_MIN_PENALTY_PERCENT} (50 %).
 * The allowance is that fraction of the length of the statutory minimum in calendar months from the first order (a
 * statutory minimum of 6 months gives 6 months x 50 % x 50 %, about 45 days), never stretched by a weekend or
 * holiday, counted over every ordinary stretch like PTD-3/4. Pending (to be recorded) while the statutory minimum is
 * not recorded on the case's offence.
 */
final class DetentionHalfMinimumPenalty extends SafeguardRule {

    DetentionHalfMinimumPenalty() {
        super("PTD-5", "CPC Art. 214", true);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        if (in.offenceClass != OffenceClass.MISDEMEANOUR) {
            return notApplicable();
        }
        Spells.Spell first = DetentionLimit.firstOrdinary(in.spells().pretrial);
        if (first == null) {
            return notApplicable();
        }
        RuleSet rules = in.rules(first.start());
        if (in.band(rules) == CaseInput.Band.ADULT || in.band(rules) == CaseInput.Band.UNDER_RESPONSIBILITY) {
            return notApplicable();
        }
        if (in.minPenaltyMonths == null || in.minPenaltyMonths <= 0) {
            return pending(rules, null, "unrecorded");
        }
        Duration minimum = Duration.between(first.start(), Deadlines.libertyMonths(first.start(),
                in.minPenaltyMonths));
        long permille = (long) rules.get(Parameter.JUVENILE_PENALTY_PERCENT)
                * rules.get(Parameter.PTD_SHARE_OF_MIN_PENALTY_PERCENT);
        Duration allowed = Duration.ofSeconds(minimum.getSeconds() * permille / 10_000);
        Verdict verdict = verdict();
        DetentionLimit.cumulative(this, verdict, in, rules, in.spells().pretrial, allowed, "detention",
                in.minPenaltyMonths, allowed.toDays());
        return verdict.result();
    }
}
