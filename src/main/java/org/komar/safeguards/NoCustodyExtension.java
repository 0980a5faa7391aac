package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * PC-3 (CPC Art. 96): "an extension may not be granted if the person in custody is a minor". Breached at any
 * recorded extension of a minor's custody; met when a minor was held in custody without one.
 */
final class NoCustodyExtension extends SafeguardRule {

    NoCustodyExtension() {
        super("PC-3", "CPC Art. 96", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] == EventType.CUSTODY_EXTENDED || in.types[i] == EventType.CUSTODY_STARTED) {
                RuleSet rules = in.rules(in.at[i]);
                if (in.band(rules) == CaseInput.Band.ADULT) {
                    continue;
                }
                if (in.types[i] == EventType.CUSTODY_EXTENDED) {
                    verdict.breach(rules, in.at[i], false, "breached");
                } else {
                    verdict.met(rules, "met");
                }
            }
        }
        return verdict.result();
    }
}
