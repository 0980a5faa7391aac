package org.komar.safeguards;

/**
 * Where one safeguard stands for a case at a moment. {@code ERROR} means the rule could not be evaluated (a defect):
 * it is shown as an alert, never hidden.
 */
@org.komar.shared.Labelled("safeguard.status.")
public enum SafeguardStatus {
    /** The safeguard was respected (or the act it expects was done in time). */
    MET,
    /** The act it expects is still to come; {@code dueAt}, when known, is the moment it becomes a breach. */
    PENDING,
    /** The law or target was not respected; {@code breachedAt} says from when. */
    BREACHED,
    /** The rule does not concern this case (yet). */
    NOT_APPLICABLE,
    /** The rule failed to evaluate: treat as an alert. */
    ERROR
}
