package org.komar.cases;

import java.time.Instant;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;

/** An agency or a person answering for a case. */
public record CaseParty(UUID id, AgencyId agencyId, UserId userId, PartyFunction function, boolean active,
                        Instant since, Instant until) {
}
