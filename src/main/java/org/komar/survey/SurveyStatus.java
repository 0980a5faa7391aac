package org.komar.survey;

/** A survey is built as a draft, answered while open, and read once closed; it never goes back to draft. */
@org.komar.shared.Labelled("survey.status.")
public enum SurveyStatus {
    DRAFT,
    OPEN,
    CLOSED
}
