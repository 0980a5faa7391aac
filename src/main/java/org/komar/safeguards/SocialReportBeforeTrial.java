package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * TRI-3 (JJL Art. 46): the trial court examines the social-assessment report before the trial. Flagged when the
 * first hearing is held with no report submitted before it.
 */
final class SocialReportBeforeTrial extends SafeguardRule {

    SocialReportBeforeTrial() {
        super("TRI-3", "JJL Art. 46", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        int hearing = in.first(EventType.HEARING_HELD);
        if (hearing < 0) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[hearing]);
        if (in.band(rules) == CaseInput.Band.ADULT) {
            return notApplicable();
        }
        int report = in.first(EventType.SOCIAL_INQUIRY_SUBMITTED);
        return report >= 0 && report < hearing ? met(rules, "met") : breached(rules, in.at[hearing], false,
                "breached");
    }
}
