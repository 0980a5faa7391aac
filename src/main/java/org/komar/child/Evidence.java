package org.komar.child;

/** What a birth-date claim rests on, strongest first. */
public enum Evidence {
    BIRTH_CERTIFICATE(true), FAMILY_BOOK(true), ID_CARD(true), SCHOOL_RECORD(true), MEDICAL(false),
    DECLARATION(false), NONE(false);

    private final boolean documentary;

    Evidence(boolean documentary) {
        this.documentary = documentary;
    }

    /** A civil or school document, as JJL Art. 9 asks for; a medical estimate or a declaration is not. */
    public boolean documentary() {
        return documentary;
    }
}
