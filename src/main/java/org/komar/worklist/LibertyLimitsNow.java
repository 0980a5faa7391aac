package org.komar.worklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.komar.safeguards.SafeguardStatus;
import org.komar.shared.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The limits on deprivation of liberty of many cases as of now, read from the worklist's read model instead of
 * judging every timeline again: the national detention view of a country holds tens of thousands of children, and
 * loading all their timelines for each look took tens of seconds. The model is kept with every recorded event and
 * swept as time passes; a liberty deadline already due but not yet swept counts as past, as in {@link LibertyWatch}.
 * Only for the present: the past is judged by the engine.
 */
@Service
public class LibertyLimitsNow {

    /** One case's limits: held past one ({@code pastRules} since {@code pastSince}); the next one still ahead. */
    public record Limits(boolean past, List<String> pastRules, Instant pastSince, String nextRule,
                         Instant nextDueAt) {
    }

    /** Up to this many cases are looked up by id. */
    private static final int BY_ID = 1000;

    private final JdbcClient jdbc;

    LibertyLimitsNow(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The limits of the cases as of {@code now} (cases with none left out), or empty when the read model has not
     * been built yet (a fresh start over existing data, while it is derived).
     */
    @Transactional(readOnly = true)
    public Optional<Map<CaseId, Limits>> of(Collection<CaseId> caseIds, Instant now) {
        boolean built = jdbc.sql("SELECT COUNT(*) FROM worklist_model WHERE id = 1 AND built_at IS NOT NULL")
                .query(Long.class).single() > 0;
        if (!built) {
            return Optional.empty();
        }
        Set<CaseId> wanted = new HashSet<>(caseIds);
        if (wanted.isEmpty()) {
            return Optional.of(Map.of());
        }
        Map<CaseId, List<Alert>> byCase = new HashMap<>();
        // The alerts that can matter now: a liberty limit held beyond, or one still pending. A few cases (a roll, a
        // case page) are looked up by id; a whole country in one pass rather than hundreds of lists of ids.
        String relevant = "SELECT * FROM worklist_alert WHERE liberty_limit = TRUE"
                + " AND (held_beyond = TRUE OR status = :pending)";
        boolean few = wanted.size() <= BY_ID;
        jdbc.sql(few ? relevant + " AND case_id IN (:ids)" : relevant)
                .param("pending", SafeguardStatus.PENDING.name())
                .params(few ? Map.of("ids", wanted.stream().map(CaseId::value).toList()) : Map.of())
                .query(rs -> {
                    Alert alert = AlertStore.alert(rs);
                    if (wanted.contains(alert.caseId())) {
                        byCase.computeIfAbsent(alert.caseId(), id -> new ArrayList<>()).add(alert);
                    }
                });
        Map<CaseId, Limits> limits = new HashMap<>();
        byCase.forEach((id, alerts) -> limits.put(id, limits(alerts, now)));
        return Optional.of(limits);
    }

    private static Limits limits(List<Alert> alerts, Instant now) {
        List<String> pastRules = new ArrayList<>();
        Instant pastSince = null;
        Alert next = null;
        for (Alert alert : alerts) {
            if (alert.heldPastLimitAt(now)) {
                pastRules.add(alert.rule());
                Instant since = alert.breachedAt() != null ? alert.breachedAt() : alert.dueAt();
                if (since != null && (pastSince == null || since.isBefore(pastSince))) {
                    pastSince = since;
                }
            } else if (alert.status() == SafeguardStatus.PENDING && alert.dueAt() != null
                    && (next == null || alert.dueAt().isBefore(next.dueAt()))) {
                next = alert;
            }
        }
        pastRules.sort(null);
        return new Limits(!pastRules.isEmpty(), pastRules, pastSince, next == null ? null : next.rule(),
                next == null ? null : next.dueAt());
    }
}
