package org.komar.child;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.komar.access.AgencyId;
import org.komar.shared.ChildId;

/** A registered child as modules and views read it. {@code version} guards corrections against lost updates. */
public record Child(ChildId id, String nameLatin, String nameKhmer, Sex sex, BirthDateClaim birthClaim,
                    String residence, boolean disability, String disabilityNote, Ethnicity ethnicity,
                    String nationality, List<String> languages, List<Guardian> guardians, Instant registeredAt,
                    AgencyId ownerAgency, int version) {

    public Optional<BirthDateClaim> registeredBirthClaim() {
        return Optional.ofNullable(birthClaim);
    }

    /** The name to show first in the given language, the other script after it when both exist. */
    public String displayName(java.util.Locale locale) {
        boolean khmerFirst = "km".equals(locale.getLanguage());
        String first = khmerFirst ? nameKhmer : nameLatin;
        String second = khmerFirst ? nameLatin : nameKhmer;
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + " (" + second + ")";
    }

    public boolean stateless() {
        return "STATELESS".equals(nationality);
    }
}
