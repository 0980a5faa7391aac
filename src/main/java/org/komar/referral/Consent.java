package org.komar.referral;

/** Who gave consent to the referral. A referral without consent is refused. */
@org.komar.shared.Labelled("referral.consent.")
public enum Consent {
    CHILD, GUARDIAN, CHILD_AND_GUARDIAN
}
