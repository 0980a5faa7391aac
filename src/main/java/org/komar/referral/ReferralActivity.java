package org.komar.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.komar.access.UserId;

/** A service delivered under a referral, or a follow-up of the child. */
public record ReferralActivity(UUID id, Kind kind, LocalDate on, String note, LocalDate nextFollowUp,
                               Instant recordedAt, UserId recordedBy) {

    @org.komar.shared.Labelled("referral.activity.")
    public enum Kind {
        DELIVERY, FOLLOW_UP
    }
}
