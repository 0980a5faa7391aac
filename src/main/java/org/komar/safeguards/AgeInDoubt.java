package org.komar.safeguards;

import org.komar.cases.CaseRole;
import org.komar.timeline.EventType;

/**
 * AGE-1 (JJL Art. 9, 14, 25): when no birth-date claim rests on a document, or claims contradict each other, the age
 * is in doubt: the youngest credible age applies (this engine always uses it) and the police send the file to the
 * prosecutor, who verifies the age. Pending until the prosecutor has the file (a referral or a recorded
 * notification of the prosecutor); met when the age is documented and consistent. Cases of children in conflict
 * with the law only.
 */
final class AgeInDoubt extends SafeguardRule {

    AgeInDoubt() {
        super("AGE-1", "JJL Art. 9, 14, 25", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        if (in.role != CaseRole.CONFLICT_WITH_LAW) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.size > 0 ? in.at[0] : in.asOf);
        if (in.band(rules) == CaseInput.Band.ADULT) {
            return notApplicable();
        }
        if (!in.ageInDoubt) {
            return met(rules, "documented");
        }
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] == EventType.REFERRED_TO_PROSECUTOR || in.notifies(i, "PROSECUTOR")) {
                return met(rules, "routed");
            }
        }
        return pending(rules, null, "doubt");
    }
}
