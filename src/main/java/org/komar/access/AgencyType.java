package org.komar.access;

/** Kinds of agency in Cambodia's child-justice chain. */
@org.komar.shared.Labelled("agencyType.")
public enum AgencyType {
    POLICE_JUVENILE_UNIT,
    GENDARMERIE,
    PROSECUTION,
    COURT_OF_FIRST_INSTANCE,
    COURT_OF_APPEAL,
    PRISON,
    CORRECTION_CENTRE,
    YOUTH_REHABILITATION_CENTRE,
    SOCIAL_AFFAIRS,
    LEGAL_AID,
    NGO,
    RESIDENTIAL_CARE,
    MINISTRY,
    TRIAL_MONITORING,
    /** A member of the child-justice network with no part in case management (UN agency, donor, academic…). */
    NETWORK_MEMBER
}
