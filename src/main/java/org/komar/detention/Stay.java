package org.komar.detention;

import java.time.Instant;

import org.komar.shared.CaseId;

/**
 * A stretch of a case during which the child was at one place in one legal status: the unit of every roll and
 * census. {@code facility} is a facility code (null when the timeline does not say where); {@code until} is null
 * while it lasts. {@code detainedSince} is when the continuous stay began (transfers and changes of status do not
 * break it, a release does); {@code statusSince} when this status began. {@code separated} is null when neither
 * the event nor the facility says. {@code deprivedOfLiberty}: police custody, detention, or a place of detention,
 * not a child living with a parent nor a care placement.
 */
public record Stay(CaseId caseId, int seq, String facility, Instant since, Instant until, LegalStatus status,
                   Instant statusSince, Instant detainedSince, Boolean separated, boolean withCaregiver,
                   boolean deprivedOfLiberty) {

    /** Whether the stay covers the moment (from {@code since} inclusive to {@code until} exclusive). */
    public boolean covers(Instant moment) {
        return !since.isAfter(moment) && (until == null || until.isAfter(moment));
    }

    Stay until(Instant end) {
        return new Stay(caseId, seq, facility, since, end, status, statusSince, detainedSince, separated,
                withCaregiver, deprivedOfLiberty);
    }
}
