package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * PC-4 (JJL Art. 20, 23): a child in police custody is entered on the unit's separate juvenile custody list and held
 * apart from adults and by sex. Each custody is breached when any of the three is recorded as not done; met when all
 * three are recorded as done; pending (to be recorded) otherwise.
 */
final class CustodySeparation extends SafeguardRule {

    CustodySeparation() {
        super("PC-4", "JJL Art. 20, 23", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.CUSTODY_STARTED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            if (in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            if (in.isFalse(i, "onJuvenileList") || in.isFalse(i, "separatedFromAdults")
                    || in.isFalse(i, "separatedBySex")) {
                verdict.breach(rules, in.at[i], false, "breached");
            } else if (in.isTrue(i, "onJuvenileList") && in.isTrue(i, "separatedFromAdults")
                    && in.isTrue(i, "separatedBySex")) {
                verdict.met(rules, "met");
            } else {
                verdict.pending(rules, null, "unrecorded");
            }
        }
        return verdict.result();
    }
}
