package org.komar.detention;

/** Where a child living with a parent in prison goes at the latest on the third birthday (Law on Prisons 41). */
@org.komar.shared.Labelled("detention.exit.")
public enum ExitArrangement {
    /** The parent is released with the child before then. */
    LEAVES_WITH_PARENT,
    OTHER_PARENT,
    RELATIVE,
    FOSTER_FAMILY,
    /** No guardian: the Ministry of Social Affairs takes responsibility. */
    SOCIAL_AFFAIRS_CARE,
    NGO_CARE,
    OTHER
}
