package org.komar.training;

/** The participant's profession, for the follow-up of who was trained. */
@org.komar.shared.Labelled("training.profession.")
public enum Profession {
    JUDGE,
    PROSECUTOR,
    COURT_CLERK,
    POLICE,
    LAWYER,
    SOCIAL_WORKER,
    PRISON_OFFICER,
    GOVERNMENT_OFFICIAL,
    NGO_STAFF,
    CHILD_OR_YOUTH_ADVOCATE,
    ACADEMIC,
    OTHER
}
