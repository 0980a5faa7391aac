package org.komar.worklist;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code komar.mail.*}: e-mail notices of alerts. Off unless {@code enabled}; {@code host}, {@code port},
 * {@code username}, {@code password} and {@code starttls} reach the SMTP server; {@code from} is the sender;
 * {@code base-url} is where Komar is served, for the links in the messages; a breach is mailed only while it is
 * newer than {@code breach-window} (24 hours), so that switching mail on never sends a flood of old breaches.
 */
@ConfigurationProperties("komar.mail")
record MailProperties(boolean enabled, String host, Integer port, String username, String password,
                      boolean starttls, String from, String baseUrl, Duration breachWindow) {

    MailProperties {
        host = host == null || host.isBlank() ? "localhost" : host;
        port = port == null ? 25 : port;
        from = from == null || from.isBlank() ? "komar@localhost" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        breachWindow = breachWindow == null ? Duration.ofHours(24) : breachWindow;
    }
}
