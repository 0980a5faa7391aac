package org.komar.safeguards;

import org.komar.timeline.EventType;

/**
 * PTD-6 (JJL Art. 39): before deciding pre-trial detention the investigating judge considers the social-assessment
 * (welfare) report, "if any". Each order with no report submitted before it is a warning (shown as a breach of the
 * safeguard, since the law's protection was not used).
 */
final class DetentionAfterSocialReport extends SafeguardRule {

    DetentionAfterSocialReport() {
        super("PTD-6", "JJL Art. 39", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        int report = in.first(EventType.SOCIAL_INQUIRY_SUBMITTED);
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.PRETRIAL_DETENTION_ORDERED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            if (in.band(rules) == CaseInput.Band.ADULT) {
                continue;
            }
            if (report >= 0 && report < i) {
                verdict.met(rules, "met");
            } else {
                verdict.breach(rules, in.at[i], false, "breached");
            }
        }
        return verdict.result();
    }
}
