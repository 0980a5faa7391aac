package org.komar.courts;

/** What a hearing is for. */
@org.komar.shared.Labelled("courts.kind.")
public enum HearingKind {
    /** The trial itself (JJL 47: not public). */
    TRIAL,
    /** The announcement of the judgment (JJL 54: in a non-public session). */
    JUDGMENT,
    /** The court's consideration of diversion (JJL 52) or a hearing on a diversion plan. */
    DIVERSION,
    /** An application for release (CPC 307: decided within 10 days). */
    RELEASE_APPLICATION,
    /** An appeal hearing (JJL 57: within 3 months of the file when the child is detained). */
    APPEAL
}
