package org.komar.diversion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.komar.calendar.HolidayCalendar;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseService;
import org.komar.cases.CasesImported;
import org.komar.shared.CaseId;
import org.komar.timeline.EventType;
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
 * Keeps the diversion register in step with the timelines: a case's rows are derived again inside the transaction
 * that records or voids one of its diversion events (or imports the case), so the register never disagrees with the timeline. On the
 * first start after the register was added, it is derived once from every timeline, in batches.
 */
@Component
@Order(50)
class RegisterProjector implements ApplicationRunner {

    static final Set<EventType> DIVERSION_EVENTS = EnumSet.of(EventType.DIVERSION_CONSIDERED,
            EventType.DIVERSION_ORDERED, EventType.DIVERSION_PLAN_DECIDED, EventType.DIVERSION_MODIFICATION_REQUESTED,
            EventType.DIVERSION_MODIFICATION_DECIDED, EventType.DIVERSION_NONCOMPLIANCE_REPORTED,
            EventType.DIVERSION_HEARING_HELD, EventType.DIVERSION_COMPLETED, EventType.DIVERSION_FAILED);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(RegisterProjector.class);

    private final CaseService cases;
    private final TimelineStore timelines;
    private final HolidayCalendar calendar;
    private final RegisterStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RegisterProjector(CaseService cases, TimelineStore timelines, HolidayCalendar calendar, RegisterStore store,
                      TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.timelines = timelines;
        this.calendar = calendar;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LegalEventRecorded recorded) {
        if (DIVERSION_EVENTS.contains(recorded.event().type())) {
            refresh(List.of(recorded.caseId()), recorded.timelines());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LegalEventVoided voided) {
        if (DIVERSION_EVENTS.contains(voided.event().type())) {
            refresh(List.of(voided.caseId()));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CasesImported imported) {
        List<CaseId> diverted = imported.timelines().entrySet().stream()
                .filter(entry -> entry.getValue().contains(EventType.DIVERSION_ORDERED))
                .map(Map.Entry::getKey).toList();
        store.insert(rows(diverted, imported.cases(), imported.timelines()), clock.instant());
    }

    void refresh(Collection<CaseId> caseIds) {
        refresh(caseIds, timelines.loadAll(caseIds));
    }

    void refresh(Collection<CaseId> caseIds, Map<CaseId, Timeline> loaded) {
        store.replace(caseIds, rows(caseIds, cases.facts(caseIds), loaded), clock.instant());
    }

    private List<RegisterRow> rows(Collection<CaseId> caseIds, Map<CaseId, CaseFacts> facts,
                                   Map<CaseId, Timeline> loaded) {
        List<RegisterRow> rows = new ArrayList<>();
        var workingDays = calendar.workingDays();
        for (CaseId id : caseIds) {
            Timeline timeline = loaded.get(id);
            CaseFacts fact = facts.get(id);
            if (timeline == null || fact == null || !timeline.contains(EventType.DIVERSION_ORDERED)) {
                continue;
            }
            DiversionHistory history = DiversionHistory.of(timeline, workingDays);
            history.orders().forEach(order -> rows.add(RegisterRow.of(order, id, fact.child().id().value(),
                    fact.caseNumber(), fact.provinceCode())));
        }
        return rows;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Boolean.TRUE.equals(transactions.execute(status -> store.built()))) {
            long started = System.nanoTime();
            long done = rebuild();
            log.info("Diversion register derived from {} cases in {} ms", done,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Derives the whole register again from every timeline, one transaction per batch of cases. */
    long rebuild() {
        long done = 0;
        CaseId after = null;
        while (true) {
            List<CaseId> batch = cases.caseIdsAfter(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(status -> refresh(batch));
            done += batch.size();
            after = batch.get(batch.size() - 1);
        }
        transactions.executeWithoutResult(status -> store.markBuilt(clock.instant()));
        return done;
    }
}
