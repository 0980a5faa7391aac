package org.komar.cases;

/** Why an agency or person is a party to a case. Active parties grant access within their role's permissions. */
public enum PartyFunction {
    /** The agency that opened the case. */
    OWNER,
    POLICE, PROSECUTION, INVESTIGATION, COURT, DETENTION, SOCIAL_SERVICES, LEGAL_AID, SERVICE_PROVIDER,
    TRIAL_MONITORING,
    /** An agency receiving a referral, for as long as the referral is open or accepted. */
    REFERRAL
}
