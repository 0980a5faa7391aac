package org.komar.training;

/** The age groups attendance is reported by. */
@org.komar.shared.Labelled("training.ageGroup.")
public enum AgeGroup {
    /** Under 18. */
    CHILD,
    /** 18 to 24. */
    YOUTH,
    /** 25 and over. */
    ADULT
}
