package org.komar.access;

import java.time.Instant;
import java.util.Set;

/** A stored account, password hash included: never leaves this package. */
record UserAccount(UserId id, String username, String passwordHash, String displayName, String email,
                   AgencyId agencyId, String locale, boolean khmerDigits, boolean enabled, int failedLogins,
                   Instant lockedUntil, Set<Role> roles) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
