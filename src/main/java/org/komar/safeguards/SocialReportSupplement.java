package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * CLO-2 (JJL Art. 42): before the closing order the investigating judge examines the social-assessment report; when
 * it is insufficient, the social worker supplements it within 10 working days. Each report recorded as insufficient
 * starts that limit (working days skip weekends and public holidays; it ends at 24:00 of the tenth), met by the next
 * report not marked insufficient. A closing order with no sufficient report before it is a breach.
 */
final class SocialReportSupplement extends SafeguardRule {

    SocialReportSupplement() {
        super("CLO-2", "JJL Art. 42", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        boolean sufficient = false;
        for (int i = 0; i < in.size; i++) {
            EventType type = in.types[i];
            if (type == EventType.SOCIAL_INQUIRY_SUBMITTED) {
                if (!in.isFalse(i, "sufficient")) {
                    sufficient = true;
                    continue;
                }
                sufficient = false;
                RuleSet rules = in.rules(in.at[i]);
                if (in.band(rules) == CaseInput.Band.ADULT) {
                    continue;
                }
                int days = rules.get(Parameter.SOCIAL_REPORT_SUPPLEMENT_WORKING_DAYS);
                Instant due = Deadlines.proceduralWorkingDays(in.at[i], days, in.workingDays);
                Instant done = null;
                for (int j = i + 1; j < in.size && done == null; j++) {
                    if (in.types[j] == EventType.SOCIAL_INQUIRY_SUBMITTED && !in.isFalse(j, "sufficient")) {
                        done = in.at[j];
                    }
                }
                deadline(verdict, in, rules, due, done, "supplement", days);
            } else if (type == EventType.CLOSING_ORDER) {
                RuleSet rules = in.rules(in.at[i]);
                if (in.band(rules) == CaseInput.Band.ADULT) {
                    continue;
                }
                if (sufficient) {
                    verdict.met(rules, "closing.met");
                } else {
                    verdict.breach(rules, in.at[i], false, "closing.breached");
                }
            }
        }
        return verdict.result();
    }
}
