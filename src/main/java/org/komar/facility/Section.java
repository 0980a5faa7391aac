package org.komar.facility;

/** The sections of a place of detention (JJL 77: pre-trial, convicted, pre-release). */
@org.komar.shared.Labelled("facility.section.")
public enum Section {
    PRETRIAL, CONVICTED, PRE_RELEASE
}
