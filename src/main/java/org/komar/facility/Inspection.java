package org.komar.facility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One inspection of a facility: when, by which body (and its name), what was found, what is to follow and by when,
 * and when the follow-up was done. {@code version} guards the follow-up against lost updates.
 */
public record Inspection(UUID id, FacilityId facilityId, LocalDate inspectedOn, InspectionBody body, String bodyName,
                         boolean independent, String findings, String followUp, LocalDate followUpDue,
                         LocalDate followUpDoneOn, String followUpNote, int version, Instant recordedAt) {

    /** A follow-up was asked for and is not done by {@code day}, past its due date. */
    public boolean followUpOverdue(LocalDate day) {
        return followUp != null && followUpDoneOn == null && followUpDue != null && followUpDue.isBefore(day);
    }

    public boolean followUpOpen() {
        return followUp != null && followUpDoneOn == null;
    }
}
