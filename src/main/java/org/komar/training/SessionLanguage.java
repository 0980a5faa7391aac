package org.komar.training;

/** The language a session is held in. */
@org.komar.shared.Labelled("training.language.")
public enum SessionLanguage {
    KM,
    EN,
    /** Both, e.g. an English speaker with interpretation into Khmer. */
    KM_EN
}
