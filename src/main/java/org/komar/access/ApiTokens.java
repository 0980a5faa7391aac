package org.komar.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens: 256 random bits given to the caller once; only their SHA-256 is stored, with an expiry.
 * Stored in the database (not signed and self-contained) so that any node can check them, and so that disabling
 * or locking an account ends its tokens at once.
 */
@Service
class ApiTokens {

    record Issued(String token, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;
    private final UserRepository users;
    private final KomarUserDetailsService details;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, SecurityProperties properties, UserRepository users,
              KomarUserDetailsService details) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.users = users;
        this.details = details;
    }

    @Transactional
    Issued issue(UserId user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // Whole seconds: the database keeps microseconds at most, and a rounded expiry must not outlive the promise.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(properties.tokenTtl());
        jdbc.sql("""
                INSERT INTO api_token (token_hash, user_id, issued_at, expires_at, revoked)
                VALUES (:hash, :user, :issued, :expires, FALSE)""")
                .param("hash", hash(token)).param("user", user.value())
                .param("issued", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .update();
        return new Issued(token, expiresAt);
    }

    /** The principal a live token belongs to; empty when the token is unknown, expired, revoked, or the account is
     * disabled or locked. */
    Optional<KomarPrincipal> authenticate(String token) {
        Instant now = clock.instant();
        Optional<UUID> userId = jdbc.sql("""
                SELECT user_id FROM api_token WHERE token_hash = :hash AND revoked = FALSE AND expires_at > :now""")
                .param("hash", hash(token)).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(UUID.class).optional();
        return userId.flatMap(id -> users.find(new UserId(id)))
                .filter(account -> account.enabled() && !account.lockedAt(now))
                .map(details::principalOf);
    }

    private static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
