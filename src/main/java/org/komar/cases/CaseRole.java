package org.komar.cases;

/** The child's role in a case. */
@org.komar.shared.Labelled("role.case.")
public enum CaseRole {
    CONFLICT_WITH_LAW, VICTIM, WITNESS, ACCOMPANYING_CAREGIVER, CARE_AND_PROTECTION
}
