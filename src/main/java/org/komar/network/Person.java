package org.komar.network;

import java.util.UUID;

import org.komar.access.AgencyId;

/**
 * Someone of a network organisation: its focal person(s), its representative(s) in the working group, the
 * addresses on the e-mail group. People leave (retired), they are never deleted.
 */
public record Person(UUID id, AgencyId agencyId, String name, String nameKhmer, String positionTitle, String sex,
                     String email, String phone, boolean focal, boolean workingGroup, boolean emailGroup,
                     boolean retired, int version) {

    /** The name to show in the given language. */
    public String displayName(java.util.Locale locale) {
        return "km".equals(locale.getLanguage()) && nameKhmer != null && !nameKhmer.isBlank() ? nameKhmer : name;
    }
}
