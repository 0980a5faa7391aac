package org.komar.worklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.komar.cases.CaseFacts;
import org.komar.safeguards.CaseSafeguards;
import org.komar.safeguards.SafeguardResult;
import org.komar.safeguards.SafeguardStatus;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/**
 * One row of the read model: a rule of a case that needs someone's attention now (a breach, or a rule that failed to
 * evaluate: "check it by hand") or will (a deadline with its due moment). {@code seenAt} is when Komar first showed
 * this very alert; {@code announce} says it appeared while Komar was watching (an event or the sweep) rather than in
 * a rebuild of the whole model, so that it may be mailed and escalated.
 */
record Alert(CaseId caseId, String rule, SafeguardStatus status, Instant dueAt, Instant breachedAt,
             boolean libertyLimit, boolean heldBeyond, String basis, ChildId childId, String caseNumber,
             String province, Instant seenAt, boolean announce) {

    /**
     * A child held past a limit now comes first, however recent the breach; then other breaches and failures (a
     * breach long over still waits for its acknowledgement); then deadlines.
     */
    int rank() {
        return heldBeyond ? 0 : status == SafeguardStatus.PENDING ? 2 : 1;
    }

    /** The moment that orders alerts of one rank: how long ago it was breached (or failed), or when it falls due. */
    Instant urgentAt() {
        return switch (status) {
            case BREACHED -> breachedAt != null ? breachedAt : dueAt != null ? dueAt : seenAt;
            case PENDING -> dueAt;
            default -> seenAt;
        };
    }

    /**
     * Whether the child is held past this limit at {@code now}: judged so, or a liberty deadline still pending in the
     * model whose moment has come though the sweep has not yet judged the case again.
     */
    boolean heldPastLimitAt(Instant now) {
        return heldBeyond || status == SafeguardStatus.PENDING && dueAt != null && !dueAt.isAfter(now);
    }

    /** The same alert as {@code other}: the same rule in the same state from the same moment. */
    boolean sameAs(Alert other) {
        return rule.equals(other.rule) && status == other.status && Objects.equals(dueAt, other.dueAt)
                && Objects.equals(breachedAt, other.breachedAt);
    }

    Alert seen(Instant at, boolean announced) {
        return new Alert(caseId, rule, status, dueAt, breachedAt, libertyLimit, heldBeyond, basis, childId,
                caseNumber, province, at, announced);
    }

    /** Whether a result belongs on a worklist: a breach, a failure, or a deadline with a due moment. */
    static boolean concerns(SafeguardResult result) {
        return result.status() == SafeguardStatus.BREACHED || result.status() == SafeguardStatus.ERROR
                || result.status() == SafeguardStatus.PENDING && result.dueAt() != null;
    }

    /**
     * The alerts of a case as judged, each carrying the first sighting of the same alert in {@code before} (else
     * seen {@code now}, announced unless {@code announce} is false).
     */
    static List<Alert> of(CaseSafeguards judged, CaseFacts facts, Map<String, Alert> before, Instant now,
                          boolean announce) {
        List<Alert> alerts = new ArrayList<>();
        for (SafeguardResult result : judged.results()) {
            if (!concerns(result)) {
                continue;
            }
            // A breach of a deadline carries the missed limit as dueAt too; the breach moment is what identifies it.
            Instant breachedAt = result.status() == SafeguardStatus.BREACHED
                    ? (result.breachedAt() != null ? result.breachedAt() : result.dueAt()) : null;
            Alert fresh = new Alert(facts.id(), result.rule(), result.status(),
                    result.status() == SafeguardStatus.PENDING || result.status() == SafeguardStatus.BREACHED
                            ? result.dueAt() : null,
                    breachedAt, result.libertyLimit(), result.heldBeyondLimit(), result.basis(),
                    facts.child().id(), facts.caseNumber(), facts.provinceCode(), now, announce);
            Alert earlier = before.get(result.rule());
            alerts.add(earlier != null && earlier.sameAs(fresh) ? fresh.seen(earlier.seenAt(), earlier.announce())
                    : fresh);
        }
        return alerts;
    }

    /**
     * The earliest moment from {@code now} on at which a pending rule of the case falls due: when the sweep must look
     * again (a deadline ending exactly now is still on time, and is looked at once more after it).
     */
    static Instant nextDue(CaseSafeguards judged, Instant now) {
        Instant next = null;
        for (SafeguardResult result : judged.results()) {
            if (result.status() == SafeguardStatus.PENDING && result.dueAt() != null && !result.dueAt().isBefore(now)
                    && (next == null || result.dueAt().isBefore(next))) {
                next = result.dueAt();
            }
        }
        return next;
    }
}
