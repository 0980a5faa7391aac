package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * LAW-2 (JJL Art. 50; CPC Art. 301): a lawyer is mandatory at the trial of a juvenile, appointed free of charge.
 * Each hearing not recorded with a lawyer present is a breach.
 */
final class LawyerAtTrial extends SafeguardRule {

    LawyerAtTrial() {
        super("LAW-2", "JJL Art. 50; CPC Art. 301", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.HEARING_HELD) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            if (in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            if (in.isTrue(i, "lawyerPresent")) {
                verdict.met(rules, "met");
            } else {
                verdict.breach(rules, in.at[i], false, "breached");
            }
        }
        return verdict.result();
    }
}
