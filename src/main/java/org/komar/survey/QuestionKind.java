package org.komar.survey;

/** How a question is answered. */
@org.komar.shared.Labelled("survey.kind.")
public enum QuestionKind {
    /** Exactly one option (or none when the question is optional). */
    SINGLE,
    /** Up to {@code maxChoices} options. */
    MULTIPLE,
    /** Yes or no: two options Komar creates itself, labelled in both languages. */
    YES_NO,
    /** Free text. */
    TEXT;

    boolean hasOptions() {
        return this != TEXT;
    }
}
