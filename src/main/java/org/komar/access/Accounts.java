package org.komar.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creation, listing, preferences. Passwords are hashed with Argon2 (see SecurityConfiguration). */
@Service
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,80}");
    /** One address, no spaces or angle brackets: what an SMTP server accepts as a recipient. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]{1,64}@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");
    static final int MAX_EMAIL = 200;

    private final UserRepository users;
    private final AgencyDirectory agencies;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(UserRepository users, AgencyDirectory agencies, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    public UserId create(NewUser user) {
        FieldProblems problems = new FieldProblems();
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            problems.add("username", "USERNAME_INVALID");
        } else if (users.findByUsername(user.username()).isPresent()) {
            problems.add("username", "USERNAME_TAKEN");
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD_LENGTH) {
            problems.add("password", "PASSWORD_TOO_SHORT", MIN_PASSWORD_LENGTH);
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            problems.add("displayName", "REQUIRED");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            problems.add("roles", "REQUIRED");
        }
        if (user.agencyId() == null || agencies.find(user.agencyId()).isEmpty()) {
            problems.add("agencyId", "AGENCY_NOT_FOUND");
        }
        String email = email(user.email(), problems);
        problems.throwIfAny();
        UserId id = new UserId(UUID.randomUUID());
        String locale = "en".equals(user.locale()) ? "en" : "km";
        users.insert(new UserAccount(id, user.username(), passwords.encode(user.password()), user.displayName(),
                email, user.agencyId(), locale, false, true, 0, null, user.roles()), clock.instant());
        return id;
    }

    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    public boolean isEmpty() {
        return users.count() == 0;
    }

    public List<UserSummary> all() {
        return users.all().stream().map(this::summary).toList();
    }

    public Optional<UserSummary> find(UserId id) {
        return users.find(id).map(this::summary);
    }

    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username).map(this::summary);
    }

    @Transactional
    public void setPreferences(UserId id, String locale, boolean khmerDigits) {
        users.updatePreferences(id, "en".equals(locale) ? "en" : "km", khmerDigits);
    }

    @Transactional
    public void setEnabled(UserId id, boolean enabled) {
        users.find(id).orElseThrow(() -> KomarException.notFound("USER_NOT_FOUND"));
        users.setEnabled(id, enabled);
    }

    /** Sets or clears (blank) the address that notices of alerts are sent to. */
    @Transactional
    public void setEmail(UserId id, String email) {
        users.find(id).orElseThrow(() -> KomarException.notFound("USER_NOT_FOUND"));
        FieldProblems problems = new FieldProblems();
        String address = email(email, problems);
        problems.throwIfAny();
        users.updateEmail(id, address);
    }

    private static String email(String value, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            problems.add("email", "EMAIL_INVALID");
        }
        return address;
    }

    @Transactional
    public void changePassword(UserId id, String newPassword) {
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            new FieldProblems().add("password", "PASSWORD_TOO_SHORT", MIN_PASSWORD_LENGTH).throwIfAny();
        }
        users.updatePassword(id, passwords.encode(newPassword));
    }

    private UserSummary summary(UserAccount account) {
        return new UserSummary(account.id(), account.username(), account.displayName(), account.email(),
                account.agencyId(), account.roles(), account.locale(), account.enabled(),
                account.lockedAt(clock.instant()));
    }
}
