package org.komar.referral;

/** Where a referral stands. The receiving agency sees the case only while it is OPEN or ACCEPTED. */
@org.komar.shared.Labelled("referral.status.")
public enum ReferralStatus {
    OPEN, ACCEPTED, DECLINED, WITHDRAWN, CLOSED;

    boolean grantsAccess() {
        return this == OPEN || this == ACCEPTED;
    }
}
