package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * INV-1 (CPC Art. 106): an investigation of a flagrant offence lasts at most 7 days from the offence. Applies when an
 * arrest is recorded as flagrant; a procedural limit in days (CPC 231) from the offence date, ending at 24:00 of the
 * seventh day, moved to the next working day when that day is a weekend or public holiday. Met when the file reaches
 * the prosecutor (referral, presentation at the end of custody, charge) or the case is closed.
 */
final class FlagrantInvestigation extends SafeguardRule {

    FlagrantInvestigation() {
        super("INV-1", "CPC Art. 106", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        int arrest = -1;
        for (int i = 0; i < in.size && arrest < 0; i++) {
            if (in.types[i] == EventType.ARRESTED && in.isTrue(i, "flagrant")) {
                arrest = i;
            }
        }
        if (arrest < 0) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[arrest]);
        if (in.band(rules) == CaseInput.Band.ADULT) {
            return notApplicable();
        }
        int days = rules.get(Parameter.FLAGRANT_INVESTIGATION_DAYS);
        Instant offence = in.offenceDay.atStartOfDay(org.komar.shared.Cambodia.ZONE).toInstant();
        Instant due = Deadlines.proceduralDays(offence, days, in.workingDays);
        Instant done = null;
        for (int i = 0; i < in.size && done == null; i++) {
            EventType type = in.types[i];
            if (type == EventType.REFERRED_TO_PROSECUTOR || type == EventType.CHARGED
                    || type == EventType.CASE_CLOSED || (type == EventType.CUSTODY_ENDED
                    && "PRESENTED_TO_PROSECUTOR".equals(in.text(i, "outcome")))) {
                done = in.at[i];
            }
        }
        Verdict verdict = verdict();
        deadline(verdict, in, rules, due, done, "investigation", days);
        return verdict.result();
    }
}
