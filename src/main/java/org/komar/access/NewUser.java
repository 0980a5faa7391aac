package org.komar.access;

import java.util.Set;

/** What it takes to create an account. The password is hashed at once and never stored or logged as given. */
public record NewUser(String username, String password, String displayName, String email, AgencyId agencyId,
                      Set<Role> roles, String locale) {
}
