package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * NOT-1 (JJL Art. 18; CPC Art. 100): when a child is taken into custody the police notify, "immediately", the legal
 * representative (or, failing that, a support person), a social agent and the child's lawyer (or find a free one),
 * and keep a record of each notification or attempt. The law gives no hours, so this rule asks that all three be
 * recorded while the child is in custody: by the end of the custody, and at the latest by the custody's legal limit
 * (PC-1/PC-2). An attempt that did not reach the person counts as recorded; for the lawyer, the assignment of a
 * lawyer counts too. Shorter service levels are the policy target POL-NOTIFY.
 */
final class Notifications extends SafeguardRule {

    Notifications() {
        super("NOT-1", "JJL Art. 18; CPC Art. 100", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (Spells.Spell custody : in.spells().custody) {
            RuleSet rules = in.rules(custody.start());
            CaseInput.Band band = in.band(rules);
            if (band == CaseInput.Band.ADULT) {
                continue;
            }
            Instant limit = Deadlines.libertyHours(custody.start(), CustodyLimit.hours(in,
                    rules, band == CaseInput.Band.OLDER ? band : CaseInput.Band.YOUNGER));
            Instant due = custody.end() != null && custody.end().isBefore(limit) ? custody.end() : limit;
            deadline(verdict, in, rules, due, allNotified(in), "notify");
        }
        return verdict.result();
    }

    /** When the last of the three parties had been notified, or null while one is missing. */
    private static Instant allNotified(CaseInput in) {
        Instant guardian = null;
        Instant social = null;
        Instant lawyer = null;
        for (int i = 0; i < in.size; i++) {
            if (guardian == null && in.notifies(i, "GUARDIAN")) {
                guardian = in.at[i];
            } else if (social == null && in.notifies(i, "SOCIAL_AGENT")) {
                social = in.at[i];
            } else if (lawyer == null && (in.notifies(i, "LAWYER") || in.types[i] == EventType.LAWYER_ASSIGNED)) {
                lawyer = in.at[i];
            }
        }
        if (guardian == null || social == null || lawyer == null) {
            return null;
        }
        Instant last = guardian.isAfter(social) ? guardian : social;
        return lawyer.isAfter(last) ? lawyer : last;
    }
}
