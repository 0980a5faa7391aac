package org.komar.timeline;

/** The shape of an attribute's value in JSON and in forms. */
public enum AttributeKind {
    BOOLEAN,
    TEXT,
    INTEGER,
    DATE,
    /** One value of a {@link Choice}. */
    CHOICE,
    /** A list of values of a {@link Choice}. */
    CHOICE_LIST,
    /** The code of a facility (reference data). */
    FACILITY,
    /** Diversion measures: a list of {@code {type, hours, months}}. */
    MEASURES
}
