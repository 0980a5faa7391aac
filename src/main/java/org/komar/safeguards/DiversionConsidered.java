package org.komar.safeguards;

import org.komar.cases.CaseRole;
import org.komar.cases.OffenceClass;
import org.komar.timeline.EventType;

/**
 * DIV-1 (JJL Art. 28, 38, 52): for a child of 14 to 17 accused of a petty offence or a misdemeanour, each authority
 * must first consider diversion before taking the case further: the prosecutor before charging (Art. 28), the
 * investigating judge before the closing order (Art. 38), the trial court before its verdict (Art. 52). Each of
 * these steps taken without a prior diversion decision (considered or ordered) by that authority is a breach; the
 * case is pending, with no time set by the law, from the referral to the prosecutor until the next authority has
 * considered diversion.
 */
final class DiversionConsidered extends SafeguardRule {

    DiversionConsidered() {
        super("DIV-1", "JJL Art. 28, 38, 52", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        if (in.role != CaseRole.CONFLICT_WITH_LAW
                || (in.offenceClass != OffenceClass.PETTY && in.offenceClass != OffenceClass.MISDEMEANOUR)) {
            return notApplicable();
        }
        Verdict verdict = verdict();
        String expected = null;
        RuleSet rules = null;
        for (int i = 0; i < in.size; i++) {
            String gate = switch (in.types[i]) {
                case REFERRED_TO_PROSECUTOR -> null;
                case CHARGED -> "PROSECUTOR";
                case CLOSING_ORDER -> "INVESTIGATING_JUDGE";
                case VERDICT -> "TRIAL_COURT";
                default -> null;
            };
            if (in.types[i] == EventType.REFERRED_TO_PROSECUTOR && expected == null) {
                rules = in.rules(in.at[i]);
                expected = "PROSECUTOR";
            }
            if (gate == null) {
                continue;
            }
            RuleSet gateRules = in.rules(in.at[i]);
            CaseInput.Band band = in.band(gateRules);
            if (band != CaseInput.Band.YOUNGER && band != CaseInput.Band.OLDER) {
                return notApplicable();
            }
            if (considered(in, i, gate)) {
                verdict.met(gateRules, "met");
            } else {
                verdict.breach(gateRules, in.at[i], false, "breached." + gate);
            }
            rules = gateRules;
            expected = switch (gate) {
                case "PROSECUTOR" -> "INVESTIGATING_JUDGE";
                case "INVESTIGATING_JUDGE" -> "TRIAL_COURT";
                default -> null;
            };
        }
        if (expected != null && rules != null && !considered(in, in.size, expected)
                && !in.any(EventType.CASE_CLOSED) && !in.any(EventType.DIVERSION_ORDERED)) {
            CaseInput.Band band = in.band(rules);
            if (band == CaseInput.Band.YOUNGER || band == CaseInput.Band.OLDER) {
                verdict.pending(rules, null, "pending." + expected);
            }
        }
        return verdict.result();
    }

    /** Whether {@code by} recorded a diversion decision (considered or ordered) before the event at {@code gate}. */
    private static boolean considered(CaseInput in, int gate, String by) {
        for (int i = 0; i < gate; i++) {
            if ((in.types[i] == EventType.DIVERSION_CONSIDERED || in.types[i] == EventType.DIVERSION_ORDERED)
                    && by.equals(in.text(i, "by"))) {
                return true;
            }
        }
        return false;
    }
}
