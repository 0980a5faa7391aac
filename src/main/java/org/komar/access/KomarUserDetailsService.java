package org.komar.access;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class KomarUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final AgencyDirectory agencies;
    private final Clock clock;

    KomarUserDetailsService(UserRepository users, AgencyDirectory agencies, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return principalOf(account);
    }

    KomarPrincipal principalOf(UserAccount account) {
        Agency agency = agencies.require(account.agencyId());
        Actor actor = new Actor(account.id(), account.username(), account.displayName(), account.agencyId(),
                agency.provinceCode(), account.roles(), Locale.forLanguageTag(account.locale()));
        return new KomarPrincipal(actor, account.khmerDigits(), account.passwordHash(), account.enabled(),
                account.lockedAt(clock.instant()));
    }
}
