package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * POL-NOTIFY (policy target, beyond the law): the guardian and a social agent are notified within a set number of
 * hours of the arrest or custody ({@link Parameter#POL_NOTIFY_HOURS}, 2 by default), where the law says
 * "immediately" (JJL 18; CPC 100) and NOT-1 only asks for it during the custody. Exact hours from the first arrest
 * or custody; a recorded attempt counts. On only when the rule set switches it on ({@link Parameter#POL_NOTIFY_ON}).
 */
final class PolicyNotification extends SafeguardRule {

    PolicyNotification() {
        super("POL-NOTIFY", "JJL Art. 18; CPC Art. 100 (policy target)", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        int first = in.nextOf(0, EventType.ARRESTED, EventType.CUSTODY_STARTED);
        if (first < 0) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[first]);
        if (!rules.on(Parameter.POL_NOTIFY_ON) || in.band(rules) == CaseInput.Band.ADULT) {
            return notApplicable();
        }
        int hours = rules.get(Parameter.POL_NOTIFY_HOURS);
        Instant due = Deadlines.libertyHours(in.at[first], hours);
        Instant guardian = null;
        Instant social = null;
        for (int i = 0; i < in.size; i++) {
            if (guardian == null && in.notifies(i, "GUARDIAN")) {
                guardian = in.at[i];
            } else if (social == null && in.notifies(i, "SOCIAL_AGENT")) {
                social = in.at[i];
            }
        }
        Instant done = guardian == null || social == null ? null : guardian.isAfter(social) ? guardian : social;
        Verdict verdict = verdict();
        deadline(verdict, in, rules, due, done, "notify", hours);
        return verdict.result();
    }
}
