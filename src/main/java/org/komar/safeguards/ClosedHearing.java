package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * TRI-1 (JJL Art. 47, 54): the debate and the judgment in a juvenile case are not public. Each hearing recorded as
 * public, or with its judgment announced in public, is a breach; met when recorded in camera with the judgment not in
 * public; pending (to be recorded) otherwise.
 */
final class ClosedHearing extends SafeguardRule {

    ClosedHearing() {
        super("TRI-1", "JJL Art. 47, 54", false);
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
            if (in.isFalse(i, "inCamera")) {
                verdict.breach(rules, in.at[i], false, "public");
            } else if (in.isTrue(i, "judgmentInPublic")) {
                verdict.breach(rules, in.at[i], false, "publicJudgment");
            } else if (in.isTrue(i, "inCamera") && in.isFalse(i, "judgmentInPublic")) {
                verdict.met(rules, "met");
            } else {
                verdict.pending(rules, null, "unrecorded");
            }
        }
        return verdict.result();
    }
}
