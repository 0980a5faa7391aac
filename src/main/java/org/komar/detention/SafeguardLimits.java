package org.komar.detention;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.komar.safeguards.CaseSafeguards;
import org.komar.safeguards.SafeguardResult;
import org.komar.safeguards.Safeguards;
import org.komar.shared.CaseId;
import org.springframework.stereotype.Component;

/**
 * Limits on deprivation of liberty as the safeguards engine judges them, many cases at once: a child is past a limit
 * when a liberty-limit rule (custody hours, pre-trial detention months, detention awaiting trial or appeal, a child
 * under 14, a diverted child still held) is breached while the child is still held; the next limit is the earliest
 * pending one.
 */
@Component
class SafeguardLimits implements LibertyLimits {

    private final Safeguards safeguards;

    SafeguardLimits(Safeguards safeguards) {
        this.safeguards = safeguards;
    }

    @Override
    public Map<CaseId, LimitStatus> evaluate(Collection<CaseId> caseIds, Instant asOf) {
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
