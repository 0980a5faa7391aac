package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * PTD-2 (CPC Art. 205, 206): a pre-trial detention order cites at least one of the six grounds of Art. 205 and is
 * reasoned. Each order without grounds, or recorded as not reasoned, is flagged; pending (to be recorded) when it has
 * grounds but does not say whether it was reasoned.
 */
final class DetentionOrderReasoned extends SafeguardRule {

    DetentionOrderReasoned() {
        super("PTD-2", "CPC Art. 205, 206", false);
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
            if (in.attributes(i).list("grounds").isEmpty()) {
                verdict.breach(rules, in.at[i], false, "noGrounds");
            } else if (in.isFalse(i, "reasoned")) {
                verdict.breach(rules, in.at[i], false, "notReasoned");
            } else if (in.isTrue(i, "reasoned")) {
                verdict.met(rules, "met");
            } else {
                verdict.pending(rules, null, "unrecorded");
            }
        }
        return verdict.result();
    }
}
