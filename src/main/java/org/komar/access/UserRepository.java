package org.komar.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UserAccount user, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO app_user (id, username, password_hash, display_name, email, agency_id, locale,
                                      khmer_digits, enabled, failed_logins, created_at)
                VALUES (:id, :username, :hash, :name, :email, :agency, :locale, :digits, :enabled, 0, :created)""")
                .param("id", user.id().value()).param("username", user.username())
                .param("hash", user.passwordHash()).param("name", user.displayName()).param("email", user.email())
                .param("agency", user.agencyId().value()).param("locale", user.locale())
                .param("digits", user.khmerDigits()).param("enabled", user.enabled())
                .param("created", OffsetDateTime.ofInstant(createdAt, java.time.ZoneOffset.UTC))
                .update();
        for (Role role : user.roles()) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", user.id().value()).param("role", role.name()).update();
        }
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :username").param("username", username)
                .query((rs, n) -> map(rs)).optional().map(this::withRoles);
    }

    Optional<UserAccount> find(UserId id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", id.value())
                .query((rs, n) -> map(rs)).optional().map(this::withRoles);
    }

    List<UserAccount> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query((rs, n) -> map(rs)).list().stream()
                .map(this::withRoles).toList();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    void recordFailedLogin(UserId id, int maxFailures, Instant now, Instant lockUntil) {
        // One statement, so that concurrent failures cannot both read the same count and skip the lock. Once a
        // lockout has run out the count starts again, so that one more mistake does not lock the account at once.
        jdbc.sql("""
                UPDATE app_user SET
                       failed_logins = CASE WHEN locked_until <= :now THEN 1 ELSE failed_logins + 1 END,
                       locked_until = CASE
                           WHEN (CASE WHEN locked_until <= :now THEN 1 ELSE failed_logins + 1 END) >= :max
                               THEN :lockUntil
                           WHEN locked_until <= :now THEN NULL
                           ELSE locked_until END
                WHERE id = :id""")
                .param("id", id.value()).param("max", maxFailures)
                .param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .param("lockUntil", OffsetDateTime.ofInstant(lockUntil, java.time.ZoneOffset.UTC))
                .update();
    }

    /** Whether the account may still be used: for sessions opened before it was disabled. */
    boolean isEnabled(UserId id) {
        return jdbc.sql("SELECT enabled FROM app_user WHERE id = :id").param("id", id.value())
                .query(Boolean.class).optional().orElse(false);
    }

    void recordSuccessfulLogin(UserId id) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id AND failed_logins > 0")
                .param("id", id.value()).update();
    }

    void updatePreferences(UserId id, String locale, boolean khmerDigits) {
        jdbc.sql("UPDATE app_user SET locale = :locale, khmer_digits = :digits WHERE id = :id")
                .param("id", id.value()).param("locale", locale).param("digits", khmerDigits).update();
    }

    void updatePassword(UserId id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, version = version + 1 WHERE id = :id")
                .param("id", id.value()).param("hash", hash).update();
    }

    void updateEmail(UserId id, String email) {
        jdbc.sql("UPDATE app_user SET email = :email, version = version + 1 WHERE id = :id")
                .param("id", id.value()).param("email", email).update();
    }

    void setEnabled(UserId id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled, failed_logins = 0, locked_until = NULL WHERE id = :id")
                .param("id", id.value()).param("enabled", enabled).update();
    }

    /**
     * The account of a row, without its roles: they are read by {@link #withRoles} once the row's query is done, so
     * that no request ever holds one pooled connection while waiting for a second (under load, twenty requests
     * doing that at once left the pool with nothing to give and every request waiting 30 seconds).
     */
    private static UserAccount map(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new UserAccount(new UserId(id), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), rs.getString("email"),
                new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getString("locale"),
                rs.getBoolean("khmer_digits"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                lockedUntil == null ? null : lockedUntil.toInstant(), Set.of());
    }

    private UserAccount withRoles(UserAccount a) {
        return new UserAccount(a.id(), a.username(), a.passwordHash(), a.displayName(), a.email(), a.agencyId(),
                a.locale(), a.khmerDigits(), a.enabled(), a.failedLogins(), a.lockedUntil(), roles(a.id().value()));
    }

    private Set<Role> roles(UUID userId) {
        List<String> names = jdbc.sql("SELECT role FROM user_role WHERE user_id = :id").param("id", userId)
                .query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }
}
