package org.komar.worklist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.komar.shared.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The passing of time, which no event announces: every {@code komar.worklist.sweep} (5 minutes) the cases with a
 * deadline that has fallen due are judged again (a deadline missed becomes a breach), and every
 * {@code komar.worklist.full-refresh} (a day) every case is, since a new rule-set version or a holiday changes
 * verdicts without an event; then the breaches nobody acknowledged in time are escalated ({@link Escalations}) and
 * the e-mail notices go out ({@link AlertMail}). Reads the time from the injected clock; safe to run on several nodes
 * at once (a case's alerts are written under the timeline version they were judged from).
 */
@Component
class WorklistSweep {

    private static final Logger log = LoggerFactory.getLogger(WorklistSweep.class);

    private final WorklistReadModel model;
    private final Escalations escalations;
    private final AlertMail mail;
    private final AlertStore store;
    private final WorklistProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WorklistSweep(WorklistReadModel model, Escalations escalations, AlertMail mail, AlertStore store,
                  WorklistProperties properties, TransactionTemplate transactions, Clock clock) {
        this.model = model;
        this.escalations = escalations;
        this.mail = mail;
        this.store = store;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${komar.worklist.sweep:PT5M}", initialDelayString = "${komar.worklist.sweep:PT5M}")
    void scheduled() {
        Report report = sweep();
        if (report.judged() > 0) {
            log.info("Worklist sweep: {} case(s) judged again{}", report.judged(), report.full() ? " (all)" : "");
        }
    }

    /** What one sweep did. */
    record Report(int judged, boolean full, int escalated, int mailed) {
    }

    /**
     * Judges again the cases whose deadlines have fallen due by now (or every case when the day has come), then
     * escalates the breaches nobody acknowledged in time and mails the notices due.
     */
    Report sweep() {
        Instant now = clock.instant();
        Instant built = transactions.execute(status -> store.builtAt());
        int judged;
        boolean full = built == null || !built.plus(properties.fullRefresh()).isAfter(now);
        if (full) {
            judged = (int) model.refreshAll(WorklistReadModel.Origin.SWEEP);
            transactions.executeWithoutResult(status -> store.built(WorklistReadModel.DERIVATION, now));
        } else {
            List<CaseId> due = transactions.execute(status -> store.fallenDue(now));
            judged = due == null ? 0 : model.refreshEach(due, WorklistReadModel.Origin.SWEEP);
        }
        int escalated = escalations.escalate();
        return new Report(judged, full, escalated, mail.send());
    }
}
