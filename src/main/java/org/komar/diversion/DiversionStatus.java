package org.komar.diversion;

import org.komar.shared.Labelled;

/** Where one diversion order stands, derived from the timeline. */
@Labelled("diversion.status.")
public enum DiversionStatus {
    /** Ordered; the social agent's plan is not yet approved (JJL 66, 68). */
    AWAITING_PLAN,
    /** The plan is approved and being carried out. */
    UNDER_WAY,
    /** The social agent reported that the plan is not followed; the hearing is due within 15 days (JJL 71). */
    NONCOMPLIANCE_REPORTED,
    COMPLETED,
    FAILED,
    /** A new diversion order took its place (JJL 71). */
    REPLACED;

    public boolean ended() {
        return this == COMPLETED || this == FAILED || this == REPLACED;
    }
}
