package org.komar.worklist;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.komar.cases.CaseFacts;
import org.komar.cases.CaseOutline;
import org.komar.cases.CaseService;
import org.komar.cases.CasesImported;
import org.komar.child.ChildCorrected;
import org.komar.safeguards.CaseSafeguards;
import org.komar.safeguards.Safeguards;
import org.komar.shared.CaseId;
import org.komar.timeline.LegalEventRecorded;
import org.komar.timeline.LegalEventVoided;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the worklist's read model in step with the timelines: a case's alerts are judged again by the safeguards
 * engine inside the transaction that records or voids one of its events (so a worklist never disagrees with the case
 * page), for every case of a child whose details are corrected, for cases imported in bulk, and by the sweep ({@link WorklistSweep}) as time
 * passes. At start-up, a model built by an older derivation (or none) is derived again from every case; alerts that
 * first appear in such a rebuild are not announced (no e-mail, no escalation), so that installing or upgrading never
 * floods anyone with old breaches.
 */
@Component
@Order(60)
class WorklistReadModel implements ApplicationRunner {

    /** Bump when what is stored changes: every case is then derived again at start-up. */
    static final int DERIVATION = 1;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(WorklistReadModel.class);

    /**
     * Why a case is judged again: announced alerts are those found while Komar was watching. An imported case was
     * created in the very transaction that judges it, so the model holds nothing of it yet and none is looked up.
     */
    enum Origin { EVENT, SWEEP, REBUILD, IMPORT }

    private final CaseService cases;
    private final TimelineStore timelines;
    private final Safeguards safeguards;
    private final AlertStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WorklistReadModel(CaseService cases, TimelineStore timelines, Safeguards safeguards, AlertStore store,
                      TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.timelines = timelines;
        this.safeguards = safeguards;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LegalEventRecorded recorded) {
        refresh(cases.facts(List.of(recorded.caseId())), recorded.timelines(), Origin.EVENT);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LegalEventVoided voided) {
        refresh(List.of(voided.caseId()), Origin.EVENT);
    }

    /** Cases loaded in bulk from another system: their old breaches are shown, not announced (like a rebuild). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CasesImported imported) {
        refresh(imported.cases(), imported.timelines(), Origin.IMPORT);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ChildCorrected corrected) {
        refresh(cases.outlinesOfChild(corrected.childId()).stream().map(CaseOutline::id).toList(), Origin.EVENT);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.derivation() >= DERIVATION) {
            return;
        }
        long started = System.nanoTime();
        long done = refreshAll(Origin.REBUILD);
        transactions.executeWithoutResult(status -> store.built(DERIVATION, clock.instant()));
        log.info("Worklist read model derived from {} cases in {} ms", done, (System.nanoTime() - started) / 1_000_000);
    }

    /** Judges every case again, {@value #BATCH} at a time, one transaction each; answers the cases done. */
    long refreshAll(Origin origin) {
        long done = 0;
        CaseId after = null;
        while (true) {
            List<CaseId> batch = cases.caseIdsAfter(after, BATCH);
            if (batch.isEmpty()) {
                return done;
            }
            transactions.executeWithoutResult(status -> refresh(batch, origin));
            done += batch.size();
            after = batch.get(batch.size() - 1);
        }
    }

    /** Judges these cases again, each in its own small transaction; answers how many were written. */
    int refreshEach(Collection<CaseId> caseIds, Origin origin) {
        List<CaseId> ids = new ArrayList<>(caseIds);
        int written = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<CaseId> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Integer n = transactions.execute(status -> refresh(chunk, origin));
            written += n == null ? 0 : n;
        }
        return written;
    }

    /**
     * Judges these cases as of now and writes their alerts, inside the caller's transaction; a case already held
     * from a newer timeline is left as it is. Answers how many cases were written.
     */
    int refresh(Collection<CaseId> caseIds, Origin origin) {
        Map<CaseId, CaseFacts> facts = cases.facts(caseIds);
        return refresh(facts, timelines.loadAll(facts.keySet()), origin);
    }

    /** {@link #refresh(Collection, Origin)} with the facts and timelines in hand (cases imported in bulk). */
    private int refresh(Map<CaseId, CaseFacts> facts, Map<CaseId, Timeline> loaded, Origin origin) {
        Instant now = clock.instant();
        boolean created = origin == Origin.IMPORT;
        Map<CaseId, Map<String, Alert>> before = created ? Map.of() : store.alertsOf(facts.keySet());
        Map<CaseId, AlertStore.State> states = created ? Map.of() : store.states(facts.keySet());
        boolean announced = origin == Origin.EVENT || origin == Origin.SWEEP;
        List<AlertStore.Claim> claims = new ArrayList<>();
        Map<CaseId, List<Alert>> fresh = new java.util.HashMap<>();
        for (Map.Entry<CaseId, CaseFacts> entry : facts.entrySet()) {
            CaseId id = entry.getKey();
            Timeline timeline = loaded.getOrDefault(id, Timeline.empty(id));
            CaseSafeguards judged = safeguards.evaluate(timeline, entry.getValue(), now);
            Map<String, Alert> earlier = before.getOrDefault(id, Map.of());
            List<Alert> alerts = Alert.of(judged, entry.getValue(), earlier, now, announced);
            Instant nextDue = Alert.nextDue(judged, now);
            AlertStore.State state = states.get(id);
            if (state != null && state.timelineVersion() == timeline.version()
                    && java.util.Objects.equals(state.nextDueAt(), nextDue) && unchanged(earlier, alerts)) {
                continue; // nothing to write: the daily pass over every case stays cheap
            }
            fresh.put(id, alerts);
            claims.add(new AlertStore.Claim(id, timeline.version(), now, nextDue));
        }
        Set<CaseId> granted = created ? store.claimNew(claims) : store.claim(claims);
        List<Alert> rows = new ArrayList<>();
        granted.forEach(id -> rows.addAll(fresh.get(id)));
        if (created) {
            store.add(rows);
        } else {
            store.replace(granted, rows);
        }
        return granted.size();
    }

    private static boolean unchanged(Map<String, Alert> before, List<Alert> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (Alert alert : after) {
            if (!alert.equals(before.get(alert.rule()))) {
                return false;
            }
        }
        return true;
    }
}
