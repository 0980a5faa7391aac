package org.komar.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.komar.shared.KomarException;

/**
 * The person behind a request, as every module sees them: identity, agency (and its province), roles. Controllers
 * receive it as a method argument; services take it explicitly so that scope and audit never depend on hidden state.
 */
public record Actor(UserId userId, String username, String displayName, AgencyId agencyId, String agencyProvince,
                    Set<Role> roles, Locale locale) {

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Permission permission) {
        return roles.stream().anyMatch(role -> role.grants(permission));
    }

    /** Throws {@code FORBIDDEN} (403) unless one of the actor's roles grants the permission. */
    public void require(Permission permission) {
        if (!has(permission)) {
            throw KomarException.forbidden("FORBIDDEN");
        }
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The widest reach of any of the actor's roles (their union: PROVINCE includes AGENCY includes ASSIGNED). */
    public DataScope scope() {
        return roles.stream().map(Role::scope).max(Enum::compareTo).orElse(DataScope.NONE);
    }

    @Override
    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
