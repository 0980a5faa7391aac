package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * PTD-7 (JJL Art. 41; CPC Art. 215-217, 278, 307): an application for release is decided within 5 days by the
 * investigating judge, 10 days by the trial court, 15 days by the Investigation Chamber. Procedural limits in days
 * (CPC 231, 293): they end at 24:00 of the last day, moved to the next working day when it is a weekend or public
 * holiday. Met by the next recorded decision, or by the child's release (the application is then moot).
 */
final class ReleaseApplicationDecided extends SafeguardRule {

    ReleaseApplicationDecided() {
        super("PTD-7", "JJL Art. 41; CPC Art. 215-217, 278, 307", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.RELEASE_REQUESTED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            if (in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            String forum = in.text(i, "before");
            int days = rules.get("TRIAL_COURT".equals(forum) ? Parameter.RELEASE_DECISION_DAYS_COURT
                    : "INVESTIGATION_CHAMBER".equals(forum) ? Parameter.RELEASE_DECISION_DAYS_CHAMBER
                    : Parameter.RELEASE_DECISION_DAYS_JUDGE);
            Instant due = Deadlines.proceduralDays(in.at[i], days, in.workingDays);
            Instant done = null;
            for (int j = i + 1; j < in.size && done == null; j++) {
                EventType type = in.types[j];
                if (type == EventType.RELEASE_DECIDED || type == EventType.RELEASED
                        || type == EventType.PRETRIAL_DETENTION_ENDED) {
                    done = in.at[j];
                }
            }
            deadline(verdict, in, rules, due, done, forum == null ? "INVESTIGATING_JUDGE" : forum, days);
        }
        return verdict.result();
    }
}
