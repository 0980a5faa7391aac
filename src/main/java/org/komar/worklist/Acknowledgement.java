package org.komar.worklist;

import java.time.Instant;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.CaseId;

/** A breach acknowledged: which one (case, rule, breach moment), by whom and their agency, when, with what note. */
public record Acknowledgement(UUID id, CaseId caseId, String rule, Instant breachedAt, String note, Instant at, UserId by,
                       AgencyId agency) {
}
