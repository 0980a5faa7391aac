package org.komar.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.komar.access.AgencyId;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/** A row of {@code case_file}: the case without its timeline. */
record CaseRecord(CaseId id, String caseNumber, ChildId childId, CaseRole role, Offence offence,
                  LocalDate offenceDate, String place, String provinceCode, AgencyId ownerAgency, Instant openedAt) {
}
