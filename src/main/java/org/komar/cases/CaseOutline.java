package org.komar.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/**
 * The bare facts of a case, without its timeline or parties: for derived figures (re-offending after release) that
 * must see every case of a child. Whoever shows one to a person checks {@link CaseService#inScope} first.
 */
public record CaseOutline(CaseId id, String caseNumber, ChildId childId, CaseRole role, LocalDate offenceDate,
                          String provinceCode, Instant openedAt) {
}
