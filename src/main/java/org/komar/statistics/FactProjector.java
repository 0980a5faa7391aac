package org.komar.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.komar.cases.CaseFacts;
import org.komar.cases.CaseOutline;
import org.komar.cases.CaseService;
import org.komar.cases.CasesImported;
import org.komar.child.ChildCorrected;
import org.komar.shared.CaseId;
import org.komar.timeline.LegalEventRecorded;
import org.komar.timeline.LegalEventVoided;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the statistics read model in step with the timelines: a case's rows are derived again, inside the
 * transaction that records or voids one of its events or imports the case (so figures never disagree with
 * the timelines they come from), and all cases of a child when the child's details are corrected; the packs
 * ({@link PackStore}) change by the entries the new rows differ by, and the re-offences of the child's releases are
 * judged again. {@link #rebuild} derives everything again, in batches of {@value #BATCH} cases, one transaction
 * each, then builds the packs.
 */
@Component
class FactProjector {

    static final int BATCH = 1000;

    private final CaseService cases;
    private final TimelineStore timelines;
    private final FactStore store;
    private final DetentionSource detention;
    private final PackStore packs;
    private final PackBuilder builder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FactProjector(CaseService cases, TimelineStore timelines, FactStore store, DetentionSource detention,
                  PackStore packs, PackBuilder builder, TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.timelines = timelines;
        this.store = store;
        this.detention = detention;
        this.packs = packs;
        this.builder = builder;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LegalEventRecorded recorded) {
        refresh(List.of(recorded.caseId()), recorded.timelines());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LegalEventVoided voided) {
        refresh(List.of(voided.caseId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CasesImported imported) {
        refresh(imported.cases().keySet(), imported.cases(), imported.timelines(), !imported.bulk());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ChildCorrected corrected) {
        refresh(cases.outlinesOfChild(corrected.childId()).stream().map(CaseOutline::id).toList());
    }

    /** Derives the rows of these cases again from their timelines and facts, and their entries in the packs. */
    void refresh(Collection<CaseId> caseIds) {
        refresh(caseIds, timelines.loadAll(caseIds));
    }

    void refresh(Collection<CaseId> caseIds, Map<CaseId, Timeline> loaded) {
        refresh(caseIds, cases.facts(caseIds), loaded, true);
    }

    /** As above; the packs are left alone when not {@code packed} (a bulk import that holds them, {@link PackHolds}). */
    private void refresh(Collection<CaseId> caseIds, Map<CaseId, CaseFacts> facts, Map<CaseId, Timeline> loaded,
                         boolean packed) {
        List<FactStore.CaseRow> rows = rows(caseIds, facts, loaded);
        Set<Long> children = new HashSet<>(store.childKeysOf(caseIds));
        rows.forEach(row -> children.add(FactStore.childKey(row.childId())));
        Set<UUID> affected = new HashSet<>();
        caseIds.forEach(id -> affected.add(id.value()));
        store.lockChildren(children).forEach(kase -> affected.add(kase.caseId()));
        Map<PackStore.Key, List<byte[]>> before = packed ? store.packEntries(affected) : Map.of();
        store.replace(caseIds, rows, clock.instant());
        // A case begun (or moved) may be the re-offence of a release in another case of the same child.
        List<FactStore.StoredCase> childCases = store.lockChildren(children);
        store.updateReoffending(childCases);
        if (packed) {
            childCases.forEach(kase -> affected.add(kase.caseId()));
            packs.change(before, store.packEntries(affected));
        }
    }

    private List<FactStore.CaseRow> rows(Collection<CaseId> caseIds, Map<CaseId, CaseFacts> facts,
                                         Map<CaseId, Timeline> loaded) {
        Map<CaseId, List<Spell>> spells = detention.spells(loaded, facts);
        List<FactStore.CaseRow> rows = new ArrayList<>();
        for (CaseId id : caseIds) {
            CaseFacts fact = facts.get(id);
            Timeline timeline = loaded.get(id);
            if (fact == null || timeline == null || timeline.isEmpty()) {
                continue;
            }
            rows.add(row(subject(fact), timeline, spells.getOrDefault(id, List.of())));
        }
        return rows;
    }

    static FactStore.CaseRow row(CaseSubject subject, Timeline timeline, List<Spell> spells) {
        return new FactStore.CaseRow(subject.caseId(), subject.childId().value(),
                subject.profile(timeline).code(), subject.role().name(), subject.startedAt(timeline).orElse(null),
                CaseStatistics.derive(timeline), spells);
    }

    static CaseSubject subject(CaseFacts facts) {
        var child = facts.child();
        var offence = facts.offence();
        return new CaseSubject(facts.id(), child.id(), facts.role(), offence == null ? null : offence.code(),
                offence == null ? null : offence.offenceClass(), facts.provinceCode(),
                child.sex() == null ? null : child.sex().name(), child.disability(), child.ethnicity(),
                child.nationality(), child.birthClaim(), facts.offenceDate());
    }

    /**
     * Forgets the read model and derives it again from every timeline; reports progress in cases done. The rows are
     * derived batch by batch, then the re-offences and the packs once at the end ({@link PackBuilder}): counting
     * reads the rows meanwhile.
     */
    long rebuild(LongConsumer progress) {
        transactions.executeWithoutResult(status -> {
            packs.deleteAll();
            store.deleteAll();
        });
        long done = 0;
        CaseId after = null;
        while (true) {
            List<CaseId> batch = cases.caseIdsAfter(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(status -> store.replace(batch,
                    rows(batch, cases.facts(batch), timelines.loadAll(batch)), clock.instant()));
            done += batch.size();
            progress.accept(done);
            after = batch.get(batch.size() - 1);
        }
        builder.build();
        return done;
    }
}
