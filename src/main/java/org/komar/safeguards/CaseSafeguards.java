package org.komar.safeguards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.komar.shared.CaseId;

/** Every rule's verdict on one case as of {@code asOf}, in registry order (not-applicable rules included). */
public record CaseSafeguards(CaseId caseId, Instant asOf, List<SafeguardResult> results) {

    public CaseSafeguards {
        results = List.copyOf(results);
    }

    /** The rules that concern the case: what the API and the case page show. */
    public List<SafeguardResult> applicable() {
        return results.stream().filter(SafeguardResult::applicable).toList();
    }

    public List<SafeguardResult> breaches() {
        return results.stream().filter(SafeguardResult::breached).toList();
    }

    /** Rules that failed to evaluate: to be shown as alerts. */
    public List<SafeguardResult> errors() {
        return results.stream().filter(SafeguardResult::failed).toList();
    }

    public Optional<SafeguardResult> result(String rule) {
        return results.stream().filter(result -> result.rule().equals(rule)).findFirst();
    }

    /** The pending result with the earliest due moment. */
    public Optional<SafeguardResult> nextDeadline() {
        return earliestPending(false);
    }

    /** The earliest pending limit on deprivation of liberty (custody, pre-trial detention, awaiting trial). */
    public Optional<SafeguardResult> nextLibertyLimit() {
        return earliestPending(true);
    }

    /** The child is deprived of liberty past a legal limit at {@code asOf}. */
    public boolean heldBeyondLimit() {
        for (SafeguardResult result : results) {
            if (result.heldBeyondLimit()) {
                return true;
            }
        }
        return false;
    }

    private Optional<SafeguardResult> earliestPending(boolean libertyOnly) {
        SafeguardResult best = null;
        for (SafeguardResult result : results) {
            if (result.pending() && result.dueAt() != null && (!libertyOnly || result.libertyLimit())
                    && (best == null || result.dueAt().isBefore(best.dueAt()))) {
                best = result;
            }
        }
        return Optional.ofNullable(best);
    }
}
