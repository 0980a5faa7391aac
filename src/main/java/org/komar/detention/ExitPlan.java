package org.komar.detention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.shared.CaseId;

/** The plan for a child living with a parent in prison to leave by the third birthday: when, to whom, how. */
public record ExitPlan(UUID id, CaseId caseId, LocalDate plannedOn, ExitArrangement arrangement, String caregiver,
                       String note, Instant recordedAt, UserId recordedBy) {
}
