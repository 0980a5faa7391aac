package org.komar.inquiry;

/** With whom the child usually lives. */
@org.komar.shared.Labelled("inquiry.livesWith.")
public enum LivingWith {
    BOTH_PARENTS,
    MOTHER,
    FATHER,
    RELATIVES,
    OTHER_CAREGIVER,
    RESIDENTIAL_CARE,
    ALONE,
    STREET
}
