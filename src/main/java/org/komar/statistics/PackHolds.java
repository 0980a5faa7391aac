package org.komar.statistics;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a large import leave the statistics packs alone and have them built once at its end. Changing the packs
 * chunk by chunk rewrites the pack of every day a chunk touches, and packs grow with the data: over a national
 * caseload that is most of an import's work. An import that holds the packs stores its cases as bulk ({@code
 * CasesImported.bulk()}), whose rows the read model keeps but whose entries it leaves out of the packs; meanwhile
 * the packs are not marked built, so counting reads the rows. Releasing the last live hold builds every pack again
 * from the rows. A hold lives while it is renewed within {@link #LEASE}: an import that died releases nothing, and
 * its hold is ignored once the lease has run out ({@link PackBuilder#buildIfDue}).
 */
@Service
public class PackHolds {

    /** How long a hold lives without being renewed. */
    public static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(PackHolds.class);

    private final PackStore packs;
    private final PackBuilder builder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PackHolds(PackStore packs, PackBuilder builder, TransactionTemplate transactions, Clock clock) {
        this.packs = packs;
        this.builder = builder;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The import {@code run} holds the packs from now on; the cases it stores after this may be bulk. */
    public void hold(UUID run) {
        transactions.executeWithoutResult(status -> packs.hold(run, clock.instant()));
    }

    /** Keeps the hold of {@code run} alive for another {@link #LEASE}. */
    public void renew(UUID run) {
        transactions.executeWithoutResult(status -> packs.renew(run, clock.instant()));
    }

    /**
     * Ends the hold of {@code run} and builds the packs again from the rows; they are marked built unless another
     * import holds them still (which builds them at its end). Call once the run's last chunk is committed.
     */
    public void release(UUID run) {
        transactions.executeWithoutResult(status -> packs.release(run));
        long started = System.nanoTime();
        PackBuilder.Built built = builder.buildPacks();
        log.info("Statistics packs built after import {} ({} packs) in {} ms{}", run, built.packs(),
                (System.nanoTime() - started) / 1_000_000, built.marked() ? "" : "; another import holds them");
    }
}
