package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * DET-3 (Law on Prisons Art. 26; JJL Art. 82; CRC Art. 37(c)): a child deprived of liberty is held apart from adults.
 * Each placement (not a child living with a caregiver, not residential care or a shelter) recorded as not separated
 * from adults is a breach; a youth rehabilitation centre, or a placement recorded as separated, meets the rule;
 * otherwise pending (to be recorded).
 */
final class SeparationFromAdults extends SafeguardRule {

    SeparationFromAdults() {
        super("DET-3", "Law on Prisons Art. 26; JJL Art. 82; CRC Art. 37(c)", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.PLACED || in.isTrue(i, "withCaregiver")) {
                continue;
            }
            String type = in.text(i, "facilityType");
            if ("RESIDENTIAL_CARE".equals(type) || "SHELTER".equals(type)) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            if (in.isFalse(i, "separatedFromAdults")) {
                verdict.breach(rules, in.at[i], false, "breached");
            } else if (in.isTrue(i, "separatedFromAdults") || "YOUTH_REHABILITATION_CENTRE".equals(type)) {
                verdict.met(rules, "met");
            } else {
                verdict.pending(rules, null, "unrecorded");
            }
        }
        return verdict.result();
    }
}
