package org.komar.diversion;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.komar.access.UserId;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.calendar.HolidayCalendar;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseService;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.KomarException;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * JJL Art. 70: a modification of a diversion plan that the authority has not decided within 5 working days of the
 * social agent's request is deemed approved. This job records that on the timeline, as Komar ({@link
 * UserId#SYSTEM}), a {@code DIVERSION_MODIFICATION_DECIDED} with {@code approved} and {@code automatic} true,
 * occurring at the deadline (24:00 of the fifth working day, weekends and the public holidays of the calendar not
 * counted). It reads the time from the injected clock and is idempotent: a request decided, by a person or by an
 * earlier run, is never decided again; two nodes running it at once cannot both record (the second gets a stale
 * timeline and leaves the case to the first).
 */
@Component
class DeemedApproval {

    private static final Logger log = LoggerFactory.getLogger(DeemedApproval.class);

    private final RegisterStore register;
    private final TimelineStore timelines;
    private final CaseService cases;
    private final HolidayCalendar calendar;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeemedApproval(RegisterStore register, TimelineStore timelines, CaseService cases, HolidayCalendar calendar,
                   AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.register = register;
        this.timelines = timelines;
        this.cases = cases;
        this.calendar = calendar;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${komar.diversion.deemed-approval-check:PT10M}",
            initialDelayString = "${komar.diversion.deemed-approval-check:PT10M}")
    void scheduled() {
        int recorded = approveOverdue();
        if (recorded > 0) {
            log.info("Recorded {} diversion modification(s) deemed approved (JJL 70)", recorded);
        }
    }

    /** Records every overdue deemed approval as of now; returns how many were recorded. */
    int approveOverdue() {
        Instant now = clock.instant();
        int recorded = 0;
        for (CaseId caseId : register.casesWithPendingModification()) {
            try {
                Integer done = transactions.execute(status -> approve(caseId, now));
                recorded += done == null ? 0 : done;
            } catch (KomarException stale) {
                if (!"STALE_TIMELINE".equals(stale.code())) {
                    throw stale;
                }
                log.info("Case {} changed while its modification requests were checked; left for the next run",
                        caseId);
            }
        }
        return recorded;
    }

    private int approve(CaseId caseId, Instant now) {
        Timeline timeline = timelines.load(caseId);
        List<DiversionHistory.Modification> overdue = DiversionHistory.of(timeline, calendar.workingDays())
                .overdueModifications(now);
        if (overdue.isEmpty()) {
            return 0;
        }
        CaseFacts facts = cases.facts(List.of(caseId)).get(caseId);
        int version = timeline.version();
        for (DiversionHistory.Modification request : overdue) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("approved", true);
            attributes.put("automatic", true);
            LegalEvent decided = timelines.append(caseId, version, new NewEvent(
                    EventType.DIVERSION_MODIFICATION_DECIDED.name(),
                    request.dueAt().atZone(Cambodia.ZONE).toOffsetDateTime(), attributes), UserId.SYSTEM);
            version = decided.seq();
            audit.record(null, "DIVERSION_MODIFICATION_DEEMED_APPROVED", AuditSubject.event(decided.id().value(),
                    caseId.value(), facts == null ? null : facts.child().id().value()), null,
                    "request=" + request.id());
        }
        return overdue.size();
    }
}
