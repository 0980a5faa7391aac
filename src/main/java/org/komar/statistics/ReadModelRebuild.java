package org.komar.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.KomarException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derives the statistics read model again from every timeline: after an upgrade that changes what is counted, or
 * to check it. One rebuild at a time; an administrator starts it in the background from the statistics
 * administration page, the {@code statistics-rebuild} command runs it in the foreground.
 */
@Service
class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    /** Where the last or current rebuild stands. */
    public record Status(boolean running, long casesDone, Instant startedAt, Instant finishedAt, long casesKept) {
    }

    private final FactProjector projector;
    private final FactStore store;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;

    ReadModelRebuild(FactProjector projector, FactStore store, AuditLog audit, TransactionTemplate transactions,
                     @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.projector = projector;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
    }

    Status status() {
        return new Status(running.get(), done.get(), startedAt, finishedAt,
                transactions.execute(s -> store.caseCount()));
    }

    /** Starts a rebuild in the background; refused while one runs. */
    void start(Actor actor) {
        actor.require(Permission.REFERENCE_ADMIN);
        begin(actor);
        executor.execute(this::runAndFinish);
    }

    /** Runs a rebuild here and now (the command); answers the number of cases derived. */
    long run(Actor actor) {
        begin(actor);
        return runAndFinish();
    }

    private void begin(Actor actor) {
        if (!running.compareAndSet(false, true)) {
            throw KomarException.conflict("REBUILD_RUNNING");
        }
        done.set(0);
        startedAt = clock.instant();
        finishedAt = null;
        transactions.executeWithoutResult(s -> audit.record(actor, "STATISTICS_REBUILT", AuditSubject.none()));
    }

    private long runAndFinish() {
        try {
            long cases = projector.rebuild(done::set);
            log.info("Statistics read model rebuilt from {} cases", cases);
            return cases;
        } finally {
            finishedAt = clock.instant();
            running.set(false);
        }
    }
}
