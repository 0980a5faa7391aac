package org.komar.detention;

import java.time.Instant;
import java.util.List;

/**
 * One case's limits on deprivation of liberty as the safeguards engine judges them at a moment: {@code past} the
 * child is still held past a limit (the rules {@code pastRules}, breached since {@code pastSince}); {@code nextRule}
 * and {@code nextDueAt} the earliest limit still ahead (null when none).
 */
public record LimitStatus(boolean past, List<String> pastRules, Instant pastSince, String nextRule,
                          Instant nextDueAt) {

    public static final LimitStatus NONE = new LimitStatus(false, List.of(), null, null, null);

    public LimitStatus {
        pastRules = List.copyOf(pastRules);
    }
}
