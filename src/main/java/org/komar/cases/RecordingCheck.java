package org.komar.cases;

import org.komar.shared.FieldProblems;
import org.komar.timeline.EventType;

/**
 * A rule of another module that may refuse an event before it is stored, given the case's facts, its timeline so
 * far and the child's age (e.g. the limits the law sets on diversion measures). Declare a bean: {@link CaseService}
 * asks every check that {@linkplain #appliesTo applies} to the event's type, after the event passed the vocabulary's
 * validation and the role check, and before anything is written. Problems from all checks are reported together as
 * one 400 {@code VALIDATION_FAILED}, and nothing is recorded. A check does no writes and is quick: it runs inside
 * the recording transaction.
 */
public interface RecordingCheck {

    boolean appliesTo(EventType type);

    /** Adds a problem (field path such as {@code attributes.measures[0].hours}, stable code) for each violation. */
    void check(ProposedEvent event, FieldProblems problems);
}
