package org.komar.exchange;

import java.util.Locale;
import java.util.Optional;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.UserSummary;
import org.springframework.stereotype.Component;

/**
 * The user an import started outside a request acts as (the {@code import} command, the demonstration data at
 * start-up): an enabled account by its username, with its agency's province. Whether they may import is the
 * import's to check ({@link Importer#open}).
 */
@Component
public class ImportingUser {

    private final Accounts accounts;
    private final AgencyDirectory agencies;

    ImportingUser(Accounts accounts, AgencyDirectory agencies) {
        this.accounts = accounts;
        this.agencies = agencies;
    }

    /** The enabled user of that name, acting in that language; empty when there is none. */
    public Optional<Actor> named(String username, Locale locale) {
        return accounts.findByUsername(username).filter(UserSummary::enabled).map(user -> new Actor(user.id(),
                user.username(), user.displayName(), user.agencyId(),
                agencies.find(user.agencyId()).map(Agency::provinceCode).orElse(null), user.roles(), locale));
    }
}
