package org.komar.safeguards;

import java.time.Instant;
import java.util.List;

/**
 * One rule's verdict on one case as of a moment.
 *
 * @param rule            the rule's code (LAW.md table 1.13, e.g. {@code PC-1}; policy targets {@code POL-…})
 * @param status          see {@link SafeguardStatus}
 * @param dueAt           for {@code PENDING}: when the expected act becomes late (null when the law sets no time);
 *                        for a {@code BREACHED} deadline: the limit that was missed
 * @param breachedAt      for {@code BREACHED}: from when the safeguard was breached
 * @param basis           the legal basis, e.g. {@code CPC Art. 96}
 * @param messageKey      the message in the safeguards bundle, formatted with {@code messageArgs}
 * @param messageArgs     numbers, instants (shown as Phnom Penh date and time) and words
 * @param libertyLimit    the rule limits how long a child may be deprived of liberty
 * @param heldBeyondLimit the child is still deprived of liberty past this rule's limit at {@code asOf}
 * @param ruleSetVersion  the rule set version that judged it (in force at the triggering event); 0 when none
 */
public record SafeguardResult(String rule, SafeguardStatus status, Instant dueAt, Instant breachedAt, String basis,
                              String messageKey, List<Object> messageArgs, boolean libertyLimit,
                              boolean heldBeyondLimit, int ruleSetVersion) {

    public boolean applicable() {
        return status != SafeguardStatus.NOT_APPLICABLE;
    }

    public boolean breached() {
        return status == SafeguardStatus.BREACHED;
    }

    public boolean pending() {
        return status == SafeguardStatus.PENDING;
    }

    public boolean failed() {
        return status == SafeguardStatus.ERROR;
    }

    /** A breach or an evaluation failure: something a person must look at. */
    public boolean alert() {
        return status == SafeguardStatus.BREACHED || status == SafeguardStatus.ERROR;
    }
}
