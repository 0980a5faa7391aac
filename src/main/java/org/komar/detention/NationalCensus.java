package org.komar.detention;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The national census as of a moment ago, shared by everyone who asks for "now" within {@code
 * komar.detention.national-census-fresh} (30 s): over a million cases counting it takes about a second, and the
 * statisticians, ministries and monitors reading the national view at once would each count it again. Numbers only,
 * never a child. Any committed change to a case holding a child now, before or after ({@link HeldNowChanged}: an
 * event, a void, a corrected child, an import), has it counted anew (a facility's new capacity shows within the
 * freshness), but one count at a time: while one runs, others are answered with the last count if it is no older
 * than {@code komar.detention.national-census-stale} (5 min; under load a count takes seconds, and every reader would
 * otherwise wait for it once the freshness has passed). The census says the moment it is as of.
 */
@Component
class NationalCensus {

    private record Counted(long changes, Census census) {
    }

    private final Duration fresh;
    private final Duration stale;
    private final AtomicLong changes = new AtomicLong();
    private final ReentrantLock counting = new ReentrantLock();
    private volatile Counted last;

    NationalCensus(@Value("${komar.detention.national-census-fresh:PT30S}") Duration fresh,
                   @Value("${komar.detention.national-census-stale:PT5M}") Duration stale) {
        this.fresh = fresh;
        this.stale = stale;
    }

    /** The census as of {@code now}: the one counted last if still fresh and nothing changed since, else {@code count}. */
    Census asOf(Instant now, Supplier<Census> count) {
        if (fresh.isZero()) {
            return count.get();
        }
        Counted asked = last;
        if (usable(asked, now)) {
            return asked.census();
        }
        if (within(asked, now, stale)) {
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
            long before = changes.get();
            Census census = count.get();
            last = new Counted(before, census);
            return census;
        } finally {
            counting.unlock();
        }
    }

    /** Whether the census was counted as of at most {@code age} before {@code now} (and not after it). */
    private static boolean within(Counted counted, Instant now, Duration age) {
        return counted != null && !now.isBefore(counted.census().asOf())
                && now.isBefore(counted.census().asOf().plus(age));
    }

    private boolean usable(Counted counted, Instant now) {
        return within(counted, now, fresh) && counted.changes() == changes.get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HeldNowChanged changed) {
        changes.incrementAndGet();
    }
}
