package org.komar.referral;

import java.util.Objects;
import java.util.UUID;

import org.komar.shared.KomarException;

/** Typed identifier of a referral. */
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    public static ReferralId parse(String value) {
        try {
            return new ReferralId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound("REFERRAL_NOT_FOUND");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
