package org.komar.access;

import java.util.Set;

/** An account as administrators list it (no password hash). */
public record UserSummary(UserId id, String username, String displayName, String email, AgencyId agencyId,
                          Set<Role> roles, String locale, boolean enabled, boolean locked) {
}
