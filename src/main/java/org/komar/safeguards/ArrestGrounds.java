package org.komar.safeguards;

import org.komar.cases.OffenceClass;
import org.komar.timeline.EventType;

/**
 * ARR-1 (JJL Art. 15): a child of 14 to 17 may be arrested only for a flagrant misdemeanour or felony. Each arrest
 * is breached when it was not flagrant or the offence is petty; met when recorded as flagrant for a misdemeanour or
 * felony; pending (to be recorded) while the arrest does not say whether it was flagrant.
 */
final class ArrestGrounds extends SafeguardRule {

    ArrestGrounds() {
        super("ARR-1", "JJL Art. 15", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.ARRESTED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            CaseInput.Band band = in.band(rules);
            if (band != CaseInput.Band.YOUNGER && band != CaseInput.Band.OLDER) {
                continue;
            }
            if (in.offenceClass == OffenceClass.PETTY) {
                verdict.breach(rules, in.at[i], false, "petty");
            } else if (in.isFalse(i, "flagrant")) {
                verdict.breach(rules, in.at[i], false, "notFlagrant");
            } else if (in.isTrue(i, "flagrant")) {
                verdict.met(rules, "met");
            } else {
                verdict.pending(rules, null, "unrecorded");
            }
        }
        return verdict.result();
    }
}
