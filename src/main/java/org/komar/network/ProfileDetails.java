package org.komar.network;

import java.time.LocalDate;

/** What a coordinator enters for an organisation's profile (category a {@link OrganisationCategory} name). */
public record ProfileDetails(String category, String website, String email, String phone, String address,
                             boolean workingGroup, LocalDate workingGroupSince, boolean emailGroup, String notes) {
}
