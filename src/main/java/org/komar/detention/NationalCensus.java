package org.komar.detention;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The national census as of a moment ago, shared by everyone who asks for "now" within {@code
 * komar.detention.national-census-fresh} (30 s): over a million cases counting it takes about a second, and the
 * statisticians, ministries and monitors reading the national view at once would each count it again. Numbers only,
 * never a child. Any committed change to a case holding a child now, before or after ({@link HeldNowChanged}: an
 * event, a void, a corrected child, an import), has it counted anew once the last count is {@code
 * komar.detention.national-census-after-change} old (30 s, as the freshness: set lower, a change is counted sooner;
 * a facility's new capacity shows within the freshness), one count at a time: while people keep recording,
 * counting again after every change kept a core busy counting. Once the last count will no longer do, readers are
 * answered with it while it is no older than {@code komar.detention.national-census-stale} (5 min) and it is
 * counted again in the background ({@code komar.detention.national-census-in-background}, true), so that no reader
 * waits a second for it; or, with that set to false, by the first of them while the others get the last count.
 * Older than that, or never counted, readers wait for the count. The census says the moment it is as of.
 */
@Component
class NationalCensus {

    private record Counted(long changes, Census census) {
    }

    private static final Logger log = LoggerFactory.getLogger(NationalCensus.class);

    private final Duration fresh;
    private final Duration afterChange;
    private final Duration stale;
    private final Executor background;
    private final boolean recountInBackground;
    private final AtomicLong changes = new AtomicLong();
    private final ReentrantLock counting = new ReentrantLock();
    private final AtomicBoolean recounting = new AtomicBoolean();
    private volatile Counted last;

    @Autowired
    NationalCensus(@Value("${komar.detention.national-census-fresh:PT30S}") Duration fresh,
                   @Value("${komar.detention.national-census-after-change:PT30S}") Duration afterChange,
                   @Value("${komar.detention.national-census-stale:PT5M}") Duration stale,
                   @Value("${komar.detention.national-census-in-background:true}") boolean inBackground) {
        this(fresh, afterChange, stale, Executors.newSingleThreadExecutor(counter -> {
            Thread thread = new Thread(counter, "komar-national-census");
            thread.setDaemon(true);
            return thread;
        }), inBackground);
    }

    /**
     * {@code afterChange}: how old a count may be and still be answered after a change (zero: not at all).
     * {@code background}: where counts are made in the background ({@link #countInBackground}); with {@code
     * recountInBackground}, also where a census that will no longer do is counted again, else by its first reader.
     */
    NationalCensus(Duration fresh, Duration afterChange, Duration stale, Executor background,
                   boolean recountInBackground) {
        this.fresh = fresh;
        this.afterChange = afterChange;
        this.stale = stale;
        this.background = background;
        this.recountInBackground = recountInBackground;
    }

    /** The census as of {@code now}: the last count if it will do (see above), else one made by {@code count}. */
    Census asOf(Instant now, Supplier<Census> count) {
        if (fresh.isZero()) {
            return count.get();
        }
        Counted asked = last;
        if (usable(asked, now)) {
            return asked.census();
        }
        if (within(asked, now, stale)) {
            if (recountInBackground) {
                countInBackground(count);
                return last.census(); // the last count, a moment old (or the new one, if it was that quick)
            }
            if (!counting.tryLock()) {
                return asked.census(); // being counted again: the last count, a moment old
            }
        } else {
            counting.lock();
        }
        try {
            Counted seen = last;
            if (usable(seen, now) || (seen != asked && seen != null)) {
                return seen.census(); // counted by another while this reader waited
            }
            return counted(count);
        } finally {
            counting.unlock();
        }
    }

    /**
     * Counts in the background, unless a count is under way there already: a census that will no longer do, and the
     * census of now when Komar has started ({@link DetentionService}), so that no reader waits for it.
     */
    void countInBackground(Supplier<Census> count) {
        if (!recounting.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                counting.lock();
                try {
                    counted(count);
                } catch (RuntimeException failed) {
                    // The last count stands; the next reader starts another.
                    log.warn("The national census could not be counted ({})", failed.getClass().getSimpleName());
                } finally {
                    counting.unlock();
                    recounting.set(false);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            recounting.set(false);
        }
    }

    /** Counts, holding {@link #counting}, and keeps the count with the changes seen before it began. */
    private Census counted(Supplier<Census> count) {
        long before = changes.get();
        Census census = count.get();
        last = new Counted(before, census);
        return census;
    }

    /** Whether the census was counted as of at most {@code age} before {@code now} (and not after it). */
    private static boolean within(Counted counted, Instant now, Duration age) {
        return counted != null && !now.isBefore(counted.census().asOf())
                && now.isBefore(counted.census().asOf().plus(age));
    }

    private boolean usable(Counted counted, Instant now) {
        return within(counted, now, fresh)
                && (counted.changes() == changes.get() || within(counted, now, afterChange));
    }

    @PreDestroy
    void stop() {
        if (background instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HeldNowChanged changed) {
        changes.incrementAndGet();
    }
}
