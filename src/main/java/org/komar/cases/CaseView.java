package org.komar.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.komar.access.AgencyId;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/** A case as its readers see it, with the situation derived from its timeline. */
public record CaseView(CaseId id, String caseNumber, ChildId childId, CaseRole role, Offence offence,
                       LocalDate offenceDate, String place, String provinceCode, AgencyId ownerAgency,
                       Instant openedAt, int version, List<CaseParty> parties, CaseSituation situation) {
}
