package org.komar.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code komar.security.*}: how long API tokens live and how many failed sign-ins lock an account. */
@ConfigurationProperties("komar.security")
record SecurityProperties(Duration tokenTtl, int maxFailedLogins, Duration lockout) {

    SecurityProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(8) : tokenTtl;
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
