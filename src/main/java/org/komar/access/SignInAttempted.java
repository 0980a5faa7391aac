package org.komar.access;

import java.util.UUID;

/** Published on every sign-in attempt for a known account (the audit module records it). */
public record SignInAttempted(UUID userId, String username, UUID agencyId, boolean succeeded, boolean locked) {
}
