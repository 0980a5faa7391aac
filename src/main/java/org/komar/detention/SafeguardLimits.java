package org.komar.detention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.komar.safeguards.CaseSafeguards;
import org.komar.safeguards.SafeguardResult;
import org.komar.safeguards.Safeguards;
import org.komar.shared.CaseId;
import org.komar.worklist.LibertyLimitsNow;
import org.springframework.stereotype.Component;

/**
 * Limits on deprivation of liberty as the safeguards engine judges them, many cases at once: a child is past a limit
 * when a liberty-limit rule (custody hours, pre-trial detention months, detention awaiting trial or appeal, a child
 * under 14, a diverted child still held) is breached while the child is still held; the next limit is the earliest
 * pending one. For the present moment the answer comes from the worklist's read model of each case's alerts, which is
 * kept with every recorded event and swept as time passes (judging tens of thousands of held children's timelines
 * again for each look took tens of seconds); for any other moment, and before that model is built, from the engine.
 */
@Component
class SafeguardLimits implements LibertyLimits {

    /** How close to the clock a moment must be to count as now. */
    static final Duration NOW = Duration.ofMinutes(1);

    private final Safeguards safeguards;
    private final LibertyLimitsNow present;
    private final Clock clock;

    SafeguardLimits(Safeguards safeguards, LibertyLimitsNow present, Clock clock) {
        this.safeguards = safeguards;
        this.present = present;
        this.clock = clock;
    }

    @Override
    public Map<CaseId, LimitStatus> evaluate(Collection<CaseId> caseIds, Instant asOf) {
        Instant now = clock.instant();
        if (Duration.between(asOf, now).abs().compareTo(NOW) <= 0) {
            var known = present.of(caseIds, now);
            if (known.isPresent()) {
                Map<CaseId, LimitStatus> limits = new HashMap<>();
                known.get().forEach((id, l) -> limits.put(id, new LimitStatus(l.past(), l.pastRules(), l.pastSince(),
                        l.nextRule(), l.nextDueAt())));
                return limits;
            }
        }
        Map<CaseId, LimitStatus> limits = new HashMap<>();
        safeguards.evaluateAll(caseIds, asOf).forEach((id, judged) -> limits.put(id, of(judged)));
        return limits;
    }

    static LimitStatus of(CaseSafeguards judged) {
        List<SafeguardResult> past = judged.results().stream().filter(SafeguardResult::heldBeyondLimit).toList();
        Instant since = past.stream().map(r -> r.breachedAt() != null ? r.breachedAt() : r.dueAt())
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
        SafeguardResult next = judged.nextLibertyLimit().orElse(null);
        return new LimitStatus(!past.isEmpty(), past.stream().map(SafeguardResult::rule).toList(), since,
                next == null ? null : next.rule(), next == null ? null : next.dueAt());
    }
}
