package org.komar.access;

/** How far a role reaches into cases. A user's reach is the union over their roles; assignments always count. */
public enum DataScope {
    /** No case data at all (statisticians, administrators). */
    NONE,
    /** Only cases the user is personally assigned to (lawyers, trial monitors). */
    ASSIGNED,
    /** Cases where the user's agency is a party, plus assignments. */
    AGENCY,
    /** Every case in the province of the user's agency, plus the above. */
    PROVINCE
}
