package org.komar.safeguards;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.komar.shared.CaseId;

/**
 * What other modules know beside a case's breaches, for the case page's safeguards section: who acknowledged each
 * breach, when and with what note, and when it was escalated. Provided by the worklist module (which also takes the
 * acknowledgements); without a provider the section shows the breaches alone.
 */
public interface BreachFollowUp {

    /** The follow-up of the case's breaches. The caller has checked that the case is in the reader's scope. */
    List<Note> of(CaseId caseId, Locale locale);

    /**
     * One breach (a rule, from a moment) and what followed: {@code acknowledgedBy} (name and agency),
     * {@code acknowledgedAt} and {@code note} when acknowledged, {@code escalatedAt} when escalated; nulls otherwise.
     */
    record Note(String rule, Instant breachedAt, String acknowledgedBy, Instant acknowledgedAt, String note,
                Instant escalatedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }
}
