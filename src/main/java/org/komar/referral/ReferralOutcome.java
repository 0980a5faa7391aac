package org.komar.referral;

/** How an accepted referral ended. */
@org.komar.shared.Labelled("referral.outcome.")
public enum ReferralOutcome {
    SERVICE_COMPLETED, CHILD_DROPPED_OUT, NO_LONGER_NEEDED, TRANSFERRED
}
