package org.komar.inquiry;

/**
 * The report's free-text sections, in the order of the law (JJL 4(8), 11) and of the printed form. Their labels are
 * {@code inquiry.section.<NAME>}, their guidance {@code inquiry.section.<NAME>.hint}.
 */
@org.komar.shared.Labelled("inquiry.section.")
public enum Section {
    FAMILY_SITUATION("familySituation"),
    BEHAVIOUR("behaviour"),
    EDUCATION("education"),
    LIVING_CONDITIONS("livingConditions"),
    DEVELOPMENT("development"),
    NEEDS("needs"),
    RECOMMENDATIONS("recommendations");

    /** Longest text a section holds. */
    public static final int MAX_LENGTH = 8000;

    private final String field;

    Section(String field) {
        this.field = field;
    }

    /** Its name in the API, the form and the field problems. */
    public String field() {
        return field;
    }
}
