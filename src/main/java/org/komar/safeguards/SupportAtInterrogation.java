package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * SOC-1 (JJL Art. 22, 26, 35): the representative (or a support person) and the social agent attend the
 * interrogation of a child; any absence is recorded with its reason. Each interrogation where either was not
 * recorded present and no reason was recorded is flagged.
 */
final class SupportAtInterrogation extends SafeguardRule {

    SupportAtInterrogation() {
        super("SOC-1", "JJL Art. 22, 26, 35", false);
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
            String reason = in.text(i, "absenceReason");
            if (in.isTrue(i, "guardianPresent") && in.isTrue(i, "socialAgentPresent")) {
                verdict.met(rules, "met");
            } else if (reason != null && !reason.isBlank()) {
                verdict.met(rules, "reasoned");
            } else {
                verdict.breach(rules, in.at[i], false, "breached");
            }
        }
        return verdict.result();
    }
}
