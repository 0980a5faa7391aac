package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * U14-2 (JJL Art. 27): when the case of a child under 14 reaches the prosecutor, the prosecutor must close the file
 * and return the child to the representative or refer the child to social affairs. Pending from the first sign of
 * the prosecutor (a referral, a notification of the prosecutor, a diversion decision or a charge) until the case is
 * closed; breached at the first act of prosecution (charge, pre-trial detention, diversion order, closing order
 * sending to trial, hearing, conviction or sentence).
 */
final class UnderFourteenProsecution extends SafeguardRule {

    UnderFourteenProsecution() {
        super("U14-2", "JJL Art. 27", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        if (in.ageAtOffence == null) {
            return notApplicable();
        }
        int reached = -1;
        for (int i = 0; i < in.size; i++) {
            EventType type = in.types[i];
            if (reached < 0 && (type == EventType.REFERRED_TO_PROSECUTOR || in.notifies(i, "PROSECUTOR")
                    || type == EventType.DIVERSION_CONSIDERED || type == EventType.CHARGED)) {
                reached = i;
            }
            if (reached >= 0 && prosecutes(in, i)) {
                RuleSet rules = in.rules(in.at[reached]);
                if (in.band(rules) != CaseInput.Band.UNDER_RESPONSIBILITY) {
                    return notApplicable();
                }
                return breached(rules, in.at[i], false, "breached");
            }
        }
        if (reached < 0) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[reached]);
        if (in.band(rules) != CaseInput.Band.UNDER_RESPONSIBILITY) {
            return notApplicable();
        }
        return in.any(EventType.CASE_CLOSED) ? met(rules, "met") : pending(rules, null, "pending");
    }

    private static boolean prosecutes(CaseInput in, int i) {
        return switch (in.types[i]) {
            case CHARGED, PRETRIAL_DETENTION_ORDERED, DIVERSION_ORDERED, HEARING_HELD, SENTENCED -> true;
            case CLOSING_ORDER -> "SENT_TO_TRIAL".equals(in.text(i, "outcome"));
            case VERDICT -> "CONVICTED".equals(in.text(i, "outcome"));
            default -> false;
        };
    }
}
