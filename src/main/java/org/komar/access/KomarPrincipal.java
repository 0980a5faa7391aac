package org.komar.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: the {@link Actor} plus what Spring Security needs to check a password. */
final class KomarPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final boolean khmerDigits;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    KomarPrincipal(Actor actor, boolean khmerDigits, String passwordHash, boolean enabled, boolean locked) {
        this.actor = actor;
        this.khmerDigits = khmerDigits;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    Actor actor() {
        return actor;
    }

    boolean khmerDigits() {
        return khmerDigits;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : actor.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        for (Permission permission : Permission.values()) {
            if (actor.has(permission)) {
                authorities.add(new SimpleGrantedAuthority(permission.name()));
            }
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
