package org.komar.referral;

import java.time.Instant;
import java.util.List;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/**
 * A referral as its readers see it. {@code respondBy} is when the receiving agency should have answered; an OPEN
 * referral past it is overdue.
 */
public record Referral(ReferralId id, CaseId caseId, ChildId childId, String caseNumber, AgencyId fromAgency,
                       AgencyId toAgency, ReferredService service, Consent consent, String consentNote,
                       String reason, boolean urgent, ReferralStatus status, Instant referredAt, UserId referredBy,
                       Instant respondBy, Instant respondedAt, UserId respondedBy, String response,
                       Instant closedAt, ReferralOutcome outcome, String closingNote, int version,
                       List<ReferralActivity> activities) {

    public boolean overdueAt(Instant now) {
        return status == ReferralStatus.OPEN && now.isAfter(respondBy);
    }
}
