package org.komar.training;

/** What a session teaches; the follow-up report counts who was trained in each. */
@org.komar.shared.Labelled("training.topic.")
public enum TrainingTopic {
    CHILD_SENSITIVE_PROCEDURE,
    DIVERSION_NON_CUSTODIAL,
    CHILDRENS_COURTS,
    JUVENILE_JUSTICE_LAW,
    SOCIAL_INQUIRY,
    DETENTION_STANDARDS,
    CHILD_VICTIMS_WITNESSES,
    CASE_MANAGEMENT,
    CHILD_PARTICIPATION,
    OTHER
}
