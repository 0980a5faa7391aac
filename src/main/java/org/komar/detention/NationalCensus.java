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
 * freshness), but one count at a time: while one runs, others are answered with the last count if it is still fresh.
 * The census says the moment it is as of.
 */
@Component
class NationalCensus {

    private record Counted(long changes, Census census) {
    }

    private final Duration fresh;
    private final AtomicLong changes = new AtomicLong();
    private final ReentrantLock counting = new ReentrantLock();
    private volatile Counted last;

    NationalCensus(@Value("${komar.detention.national-census-fresh:PT30S}") Duration fresh) {
        this.fresh = fresh;
    }

    /** The census as of {@code now}: the one counted last if still fresh and nothing changed since, else {@code count}. */
    Census asOf(Instant now, Supplier<Census> count) {
        if (fresh.isZero()) {
            return count.get();
        }
        Counted seen = last;
        if (usable(seen, now)) {
            return seen.census();
        }
        if (fresh(seen, now)) {
            if (!counting.tryLock()) {
                return seen.census(); // changed since, and being counted again: the last count, a moment old
            }
        } else {
            counting.lock();
        }
        try {
            seen = last;
            if (usable(seen, now)) {
                return seen.census();
            }
            long before = changes.get();
            Census census = count.get();
            last = new Counted(before, census);
            return census;
        } finally {
            counting.unlock();
        }
    }

    private boolean fresh(Counted counted, Instant now) {
        return counted != null && !now.isBefore(counted.census().asOf())
                && now.isBefore(counted.census().asOf().plus(fresh));
    }

    private boolean usable(Counted counted, Instant now) {
        return fresh(counted, now) && counted.changes() == changes.get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HeldNowChanged changed) {
        changes.incrementAndGet();
    }
}
