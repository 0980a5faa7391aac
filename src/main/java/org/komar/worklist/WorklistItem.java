package org.komar.worklist;

import java.time.Instant;

import org.komar.safeguards.SafeguardStatus;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/**
 * One line of a worklist: a case's breach (or a rule that failed to evaluate) or coming deadline, with the breach's
 * escalation and acknowledgement when there are.
 */
public record WorklistItem(CaseId caseId, String caseNumber, ChildId childId, String rule, SafeguardStatus status,
                    Instant dueAt, Instant breachedAt, boolean libertyLimit, boolean heldBeyond, String basis,
                    String province, Instant seenAt, Instant escalatedAt, Acknowledgement acknowledgement) {

    public boolean breached() {
        return status == SafeguardStatus.BREACHED;
    }

    public boolean failed() {
        return status == SafeguardStatus.ERROR;
    }

    public boolean escalated() {
        return escalatedAt != null;
    }

    /** The moment the line is about: when it was breached (or failed), or when it falls due. */
    public Instant moment() {
        return status == SafeguardStatus.PENDING ? dueAt : status == SafeguardStatus.BREACHED ? breachedAt : seenAt;
    }

    static WorklistItem of(Alert alert, Instant escalatedAt, Acknowledgement acknowledgement) {
        return new WorklistItem(alert.caseId(), alert.caseNumber(), alert.childId(), alert.rule(), alert.status(),
                alert.dueAt(), alert.breachedAt(), alert.libertyLimit(), alert.heldBeyond(), alert.basis(),
                alert.province(), alert.seenAt(), escalatedAt, acknowledgement);
    }
}
