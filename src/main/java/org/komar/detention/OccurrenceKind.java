package org.komar.detention;

/** What happened to a child in a facility that is counted per facility. */
@org.komar.shared.Labelled("detention.occurrence.")
public enum OccurrenceKind {
    FAMILY_CONTACT, COMPLAINT, INCIDENT, DEATH
}
