package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * LAW-1 (JJL Art. 22, 26, 32, 35, 36): a child is interrogated by the police, the prosecutor or the investigating
 * judge only in the presence of a lawyer; otherwise the interrogation risks nullity. Each interrogation not recorded
 * with a lawyer present is a breach (the record must list who attended, JJL 22).
 */
final class LawyerAtInterrogation extends SafeguardRule {

    LawyerAtInterrogation() {
        super("LAW-1", "JJL Art. 22, 26, 32, 35, 36", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.INTERROGATED) {
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
