package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * U14-1 (JJL Art. 14, 39; CPC Art. 96, 212, 224): a child under the age of criminal responsibility (14) at the
 * offence may not be arrested, held in custody, detained before trial or placed under judicial supervision. Breached
 * at the first such event; the child is held beyond the limit while still deprived of liberty. Applies only when the
 * age is known (an unknown age is judged in the 14-15 band, and AGE-1 asks for it to be established).
 */
final class NoDetentionUnderFourteen extends SafeguardRule {

    NoDetentionUnderFourteen() {
        super("U14-1", "JJL Art. 14, 39; CPC Art. 96, 212, 224", true);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        if (in.ageAtOffence == null) {
            return notApplicable();
        }
        for (int i = 0; i < in.size; i++) {
            EventType type = in.types[i];
            if (type == EventType.ARRESTED || type == EventType.CUSTODY_STARTED
                    || type == EventType.PRETRIAL_DETENTION_ORDERED
                    || type == EventType.JUDICIAL_SUPERVISION_ORDERED) {
                RuleSet rules = in.rules(in.at[i]);
                if (in.band(rules) != CaseInput.Band.UNDER_RESPONSIBILITY) {
                    return notApplicable();
                }
                return breached(rules, in.at[i], in.spells().detainedNow(), "breached",
                        rules.get(Parameter.CRIMINAL_RESPONSIBILITY_AGE));
            }
        }
        RuleSet rules = in.rules(in.size > 0 ? in.at[0] : in.asOf);
        return in.band(rules) == CaseInput.Band.UNDER_RESPONSIBILITY
                ? met(rules, "met", rules.get(Parameter.CRIMINAL_RESPONSIBILITY_AGE)) : notApplicable();
    }
}
