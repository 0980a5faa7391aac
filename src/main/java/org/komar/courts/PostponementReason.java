package org.komar.courts;

/** Why a hearing did not go ahead on its date. */
@org.komar.shared.Labelled("courts.postponement.")
public enum PostponementReason {
    LAWYER_ABSENT, CHILD_NOT_BROUGHT, GUARDIAN_ABSENT, SOCIAL_REPORT_MISSING, WITNESS_ABSENT, JUDGE_UNAVAILABLE,
    FILE_INCOMPLETE, OTHER
}
