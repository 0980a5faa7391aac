package org.komar.access;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins, for the login form and the token call alike, and locks the account after
 * {@code komar.security.max-failed-logins} in a row for {@code komar.security.lockout}.
 */
@Component
class LoginAttempts {

    private final UserRepository users;
    private final SecurityProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LoginAttempts(UserRepository users, SecurityProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KomarPrincipal principal) {
            Actor actor = principal.actor();
            users.recordSuccessfulLogin(actor.userId());
            events.publishEvent(new SignInAttempted(actor.userId().value(), actor.username(),
                    actor.agencyId().value(), true, false));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        users.findByUsername(username).ifPresent(account -> {
            if (event instanceof AuthenticationFailureBadCredentialsEvent) {
                users.recordFailedLogin(account.id(), properties.maxFailedLogins(), clock.instant(),
                        clock.instant().plus(properties.lockout()));
            }
            boolean locked = users.findByUsername(username).map(a -> a.lockedAt(clock.instant())).orElse(false);
            events.publishEvent(new SignInAttempted(account.id().value(), account.username(),
                    account.agencyId().value(), false, locked));
        });
    }
}
