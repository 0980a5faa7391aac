package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * ARR-3 (JJL Art. 15, 17): every arrest or custody of a juvenile is reported to the prosecutor "immediately". The
 * law sets no hours, so the rule set gives a service level ({@link Parameter#PROSECUTOR_REPORT_HOURS}, 2 hours by
 * default), counted in exact hours from the first arrest or custody. Reported by a recorded notification of the
 * prosecutor, a referral, or the child's presentation to the prosecutor at the end of custody.
 */
final class ReportedToProsecutor extends SafeguardRule {

    ReportedToProsecutor() {
        super("ARR-3", "JJL Art. 15, 17", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        int first = in.nextOf(0, EventType.ARRESTED, EventType.CUSTODY_STARTED);
        if (first < 0) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[first]);
        if (in.band(rules) == CaseInput.Band.ADULT) {
            return notApplicable();
        }
        int hours = rules.get(Parameter.PROSECUTOR_REPORT_HOURS);
        Instant due = Deadlines.libertyHours(in.at[first], hours);
        Instant done = null;
        for (int i = 0; i < in.size && done == null; i++) {
            if (in.notifies(i, "PROSECUTOR") || in.types[i] == EventType.REFERRED_TO_PROSECUTOR
                    || (in.types[i] == EventType.CUSTODY_ENDED
                    && "PRESENTED_TO_PROSECUTOR".equals(in.text(i, "outcome")))) {
                done = in.at[i];
            }
        }
        Verdict verdict = verdict();
        deadline(verdict, in, rules, due, done, "report", hours);
        return verdict.result();
    }
}
