package org.komar.courts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/**
 * A hearing a court scheduled for a case, and what became of it: held (with the {@code HEARING_HELD} event that
 * records how) or postponed (with the reason and the hearing that replaces it). {@code monitors} are the trial
 * monitors the court admitted.
 */
public record Hearing(HearingId id, CaseId caseId, ChildId childId, String caseNumber, AgencyId court,
                      Instant scheduledAt, HearingKind kind, String chamber, String offenceClass,
                      HearingStatus status, UUID heldEventId, Instant heldAt, PostponementReason postponementReason,
                      String postponementNote, HearingId replacedBy, HearingId replaces, UserId scheduledBy,
                      int version, List<UserId> monitors) {

    public boolean monitoredBy(UserId user) {
        return monitors.contains(user);
    }
}
