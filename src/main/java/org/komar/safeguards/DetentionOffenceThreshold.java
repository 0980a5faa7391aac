package org.komar.safeguards;

import org.komar.cases.OffenceClass;
import org.komar.timeline.EventType;

/**
 * PTD-1 (CPC Art. 204): pre-trial detention is possible only for a felony, or for a misdemeanour punishable by at
 * least one year of imprisonment ({@link Parameter#PTD_MIN_MAX_PENALTY_MONTHS}). Each order for a petty offence, or
 * for a misdemeanour whose maximum penalty is below that, is a breach; pending (to be recorded) when the class or the
 * maximum penalty of a misdemeanour is not recorded.
 */
final class DetentionOffenceThreshold extends SafeguardRule {

    DetentionOffenceThreshold() {
        super("PTD-1", "CPC Art. 204", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.PRETRIAL_DETENTION_ORDERED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            if (in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            int threshold = rules.get(Parameter.PTD_MIN_MAX_PENALTY_MONTHS);
            if (in.offenceClass == OffenceClass.PETTY) {
                verdict.breach(rules, in.at[i], false, "petty");
            } else if (in.offenceClass == OffenceClass.FELONY) {
                verdict.met(rules, "met");
            } else if (in.offenceClass == null || in.maxPenaltyMonths == null) {
                verdict.pending(rules, null, "unrecorded", threshold);
            } else if (in.maxPenaltyMonths < threshold) {
                verdict.breach(rules, in.at[i], false, "breached", in.maxPenaltyMonths, threshold);
            } else {
                verdict.met(rules, "met");
            }
        }
        return verdict.result();
    }
}
