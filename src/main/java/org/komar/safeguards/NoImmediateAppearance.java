package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * TRI-2 (CPC Art. 47, 48, 304): the immediate-appearance procedure requires that the accused is of age; it is never
 * used for a minor. Each hearing recorded as an immediate appearance is a breach; other hearings meet the rule.
 */
final class NoImmediateAppearance extends SafeguardRule {

    NoImmediateAppearance() {
        super("TRI-2", "CPC Art. 47, 48, 304", false);
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
            if (in.isTrue(i, "immediateAppearance")) {
                verdict.breach(rules, in.at[i], false, "breached");
            } else {
                verdict.met(rules, "met");
            }
        }
        return verdict.result();
    }
}
