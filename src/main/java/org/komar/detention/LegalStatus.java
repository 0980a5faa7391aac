package org.komar.detention;

/**
 * Why a child is where they are, as the timeline says at a moment. The first four are the statuses of deprivation
 * of liberty people ask about; {@link #preSentence()} are those not (yet) finally sentenced.
 */
@org.komar.shared.Labelled("detention.status.")
public enum LegalStatus {
    /** Police custody (ឃាត់ខ្លួន), from arrival at the unit (CPC 96). */
    POLICE_CUSTODY,
    /** Pre-trial detention (ឃុំខ្លួនបណ្ដោះអាសន្ន), awaiting trial or judgment included. */
    PRETRIAL,
    /** Convicted, an appeal pending: not finally sentenced. */
    AWAITING_APPEAL,
    /** Serving a custodial sentence. */
    CONVICTED,
    /** Held in a place of detention with no order in force on the timeline (release not recorded, order ended). */
    NO_ORDER,
    /** A child living in a facility with a parent (Law on Prisons 41): not deprived of liberty in their own right. */
    WITH_CAREGIVER,
    /** Placed in residential care or a shelter for protection: not a place of detention. */
    CARE;

    public boolean preSentence() {
        return this == POLICE_CUSTODY || this == PRETRIAL || this == AWAITING_APPEAL;
    }
}
