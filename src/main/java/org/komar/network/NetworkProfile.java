package org.komar.network;

import java.time.Instant;
import java.time.LocalDate;

import org.komar.access.AgencyId;

/** An agency's profile in the network: what it is, how to reach it, and which groups it belongs to. */
public record NetworkProfile(AgencyId agencyId, OrganisationCategory category, String website, String email,
                             String phone, String address, boolean workingGroup, LocalDate workingGroupSince,
                             boolean emailGroup, String notes, Instant updatedAt, int version) {
}
