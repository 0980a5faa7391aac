package org.komar.detention;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.komar.cases.CasesImported;
import org.komar.child.ChildCorrected;
import org.komar.timeline.LegalEventRecorded;
import org.komar.timeline.LegalEventVoided;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The national census as of a moment ago, shared by everyone who asks for "now" within {@code
 * komar.detention.national-census-fresh} (30 s): over a million cases counting it takes about a second, and the
 * statisticians, ministries and monitors reading the national view at once would each count it again. Numbers only,
 * never a child. Any committed change to a timeline or a child, and any import, has it counted anew (a facility's new
 * capacity shows within the freshness); the census says the moment it is as of.
 */
@Component
class NationalCensus {

    private record Counted(long changes, Census census) {
    }

    private final Duration fresh;
    private final AtomicLong changes = new AtomicLong();
    private final Object counting = new Object();
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
        synchronized (counting) {
            seen = last;
            if (usable(seen, now)) {
                return seen.census();
            }
            long before = changes.get();
            Census census = count.get();
            last = new Counted(before, census);
            return census;
        }
    }

    private boolean usable(Counted counted, Instant now) {
        return counted != null && counted.changes() == changes.get() && !now.isBefore(counted.census().asOf())
                && now.isBefore(counted.census().asOf().plus(fresh));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LegalEventRecorded recorded) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LegalEventVoided voided) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CasesImported imported) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChildCorrected corrected) {
        changes.incrementAndGet();
    }
}
