package org.komar.courts;

/** Where a scheduled hearing stands. */
@org.komar.shared.Labelled("courts.status.")
public enum HearingStatus {
    SCHEDULED, HELD, POSTPONED
}
