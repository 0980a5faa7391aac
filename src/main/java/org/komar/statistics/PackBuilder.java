package org.komar.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntBinaryOperator;

import org.komar.shared.BulkInsert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the packs ({@link PackStore}) from the rows of the read model: at start-up when they have never been built
 * (an upgrade from a version without them), at the end of a rebuild, when an import that held them ends ({@link
 * PackHolds}), and now and then if they are found unbuilt with no live hold (an import that died). Re-offences are
 * judged again first (they need every case of a child), except after an import, which judged those of its children
 * as it went. The packs of a kind are built a month of days at a time (for stretches, the days they began on), each
 * month in a transaction of its own that locks its packs before it reads their rows: an event recorded meanwhile
 * changes a pack before or after, never in between. Those transactions run on several threads at once. Until every
 * pack is built and no import holds them, counting reads the rows.
 */
@Component
@Order(60)
class PackBuilder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PackBuilder.class);
    /** Days of fact packs built in one transaction. */
    private static final int WINDOW = 31;

    private final FactStore store;
    private final PackStore packs;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BulkInsert bulk;
    /** Threads building packs at once (komar.statistics.pack-builders; 0, the default, is one per core, at most 4). */
    private final int builders;

    PackBuilder(FactStore store, PackStore packs, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            BulkInsert bulk, @Value("${komar.statistics.pack-builders:0}") int builders) {
        this.store = store;
        this.bulk = bulk;
        this.builders = builders > 0 ? builders : Math.min(4, Runtime.getRuntime().availableProcessors());
        this.packs = packs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        buildIfDue();
    }

    /**
     * Builds the packs if they are not built and no import holds them. Synchronized like the builds, so that it looks
     * after any build under way: an import that has just let go of its hold is building them, and a look in between
     * would build them all over again once it is done.
     */
    @Scheduled(fixedDelayString = "${komar.statistics.pack-check:PT5M}",
            initialDelayString = "${komar.statistics.pack-check:PT5M}")
    synchronized void buildIfDue() {
        if (Boolean.TRUE.equals(transactions.execute(status -> packs.built()
                || packs.held(clock.instant().minus(PackHolds.LEASE))))) {
            return;
        }
        long started = System.nanoTime();
        Built built = build();
        log.info("Statistics packs built ({} packs) in {} ms{}", built.packs(),
                (System.nanoTime() - started) / 1_000_000, built.marked() ? "" : "; an import holds them");
    }

    /** What a build wrote, and whether it could mark the packs built (no import held them at its end). */
    record Built(int packs, boolean marked) {
    }

    /** Judges every re-offence again, then builds every pack. */
    synchronized Built build() {
        List<Long> released = jdbc.sql("SELECT DISTINCT child_key FROM stat_fact WHERE kind = 'RELEASE'")
                .query(Long.class).list();
        for (int from = 0; from < released.size(); from += 500) {
            List<Long> chunk = released.subList(from, Math.min(released.size(), from + 500));
            transactions.executeWithoutResult(status -> store.updateReoffending(store.lockChildren(chunk)));
        }
        return buildPacks();
    }

    /** Builds every pack from the rows, then lets counting read them unless an import holds them. */
    synchronized Built buildPacks() {
        bulk.vacuum("stat_fact", "stat_spell"); // the family contacts are read from an index alone (V85)
        List<Callable<Integer>> parts = new ArrayList<>();
        for (FactKind kind : FactEntries.PACKED) {
            parts.addAll(factParts(kind));
        }
        parts.addAll(spellParts());
        int written = inParallel(parts);
        boolean marked = Boolean.TRUE.equals(transactions.execute(status -> packs.markBuilt(clock.instant(),
                clock.instant().minus(PackHolds.LEASE))));
        return new Built(written, marked);
    }

    /**
     * Runs the parts on {@link #builders} threads and answers the packs they wrote. Each part is a transaction of its
     * own that locks packs no other part locks, one kind and part after the other in order of day as {@link
     * PackStore#lockRange} takes them, so parts neither wait on each other nor form a circle with an event recorded
     * meanwhile. One thread alone leaves the database idle while it packs the rows it read, and itself idle while
     * the database reads the next: over a million cases two threads build the packs in 48 s (docs/performance.md).
     */
    private int inParallel(List<Callable<Integer>> parts) {
        if (parts.isEmpty()) {
            return 0;
        }
        CustomizableThreadFactory named = new CustomizableThreadFactory("komar-packs-");
        named.setDaemon(true);
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(builders, parts.size()), named);
        try {
            int written = 0;
            for (Future<Integer> part : threads.invokeAll(parts)) {
                written += part.get();
            }
            return written;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("statistics packs: build interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("statistics packs: a part failed", failed.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** The packs of the facts of a kind, a month of days per part. */
    private List<Callable<Integer>> factParts(FactKind kind) {
        return monthly(jdbc.sql("SELECT MIN(occurred_at), MAX(occurred_at) FROM stat_fact WHERE kind = :kind")
                .param("kind", kind.name()), (from, to) -> buildFacts(kind, from, to));
    }

    /**
     * Parts of a month of days each, from the first to the last day of the moments {@code range} answers (its least
     * and greatest), each building the packs of its days in a transaction of its own.
     */
    private List<Callable<Integer>> monthly(JdbcClient.StatementSpec range, IntBinaryOperator build) {
        List<Integer> days = range.query((rs, n) -> {
            OffsetDateTime first = rs.getObject(1, OffsetDateTime.class);
            return first == null ? List.<Integer>of() : List.of(FactEntries.day(first.toInstant()),
                    FactEntries.day(rs.getObject(2, OffsetDateTime.class).toInstant()));
        }).single();
        if (days.isEmpty()) {
            return List.of();
        }
        List<Callable<Integer>> parts = new ArrayList<>();
        int last = days.get(1);
        for (int day = days.get(0); day <= last; day += WINDOW) {
            int from = day;
            int to = Math.min(last, day + WINDOW - 1);
            parts.add(() -> transactions.execute(status -> build.applyAsInt(from, to)));
        }
        return parts;
    }

    /** Builds the packs of the facts of a kind on the days {@code from} to {@code to}; answers how many. */
    private int buildFacts(FactKind kind, int from, int to) {
        Set<Integer> days = new TreeSet<>();
        jdbc.sql("SELECT occurred_at FROM stat_fact WHERE kind = :kind AND occurred_at >= :start"
                        + " AND occurred_at < :end")
                .param("kind", kind.name()).param("start", start(from)).param("end", start(to + 1))
                .query(rs -> {
                    days.add(FactEntries.day(rs.getObject(1, OffsetDateTime.class).toInstant()));
                });
        Map<Integer, List<byte[]>> entries = new TreeMap<>();
        for (int locked : packs.lockRange(kind.name(), 0, from, to, days)) {
            entries.put(locked, new ArrayList<>());
        }
        // Read after the lock: what was committed before it is in these rows, what comes after changes the packs
        // itself.
        factEntries(kind, from, to).forEach((d, ofDay) -> entries.get(d).addAll(ofDay));
        packs.writeAll(kind.name(), 0, entries);
        return entries.size();
    }

    /** The entries of the facts of a kind on the days {@code from} to {@code to}, by day. */
    private Map<Integer, List<byte[]>> factEntries(FactKind kind, int from, int to) {
        Map<Integer, List<byte[]>> entries = new HashMap<>();
        jdbc.sql("""
                        SELECT child_key, profile, flag, occurred_at, aux_at, reoffended_at FROM stat_fact
                        WHERE kind = :kind AND occurred_at >= :start AND occurred_at < :end""")
                .param("kind", kind.name()).param("start", start(from)).param("end", start(to + 1))
                .query(rs -> {
                    Instant at = rs.getObject(4, OffsetDateTime.class).toInstant();
                    entries.computeIfAbsent(FactEntries.day(at), d -> new ArrayList<>()).add(FactEntries.entry(kind,
                            rs.getLong(1), rs.getInt(2), (Boolean) rs.getObject(3), at,
                            FactStore.instant(rs.getObject(5, OffsetDateTime.class)),
                            FactStore.instant(rs.getObject(6, OffsetDateTime.class))));
                });
        return entries;
    }

    /** The packs of the stretches, a month of the days they began on per part, of every year they end in. */
    private List<Callable<Integer>> spellParts() {
        return monthly(jdbc.sql("SELECT MIN(since), MAX(since) FROM stat_spell"), this::buildSpells);
    }

    /**
     * Builds the packs of the stretches begun on the days {@code from} to {@code to}, of every year they end in;
     * answers how many. The packs are locked year after year, each in order of day, before the stretches and their
     * cases' family contacts are read, each in one query: a pack per query made it thousands of small queries, each
     * visiting rows all over the tables.
     */
    private int buildSpells(int from, int to) {
        Map<Integer, Set<Integer>> daysByYear = new TreeMap<>();
        jdbc.sql("SELECT since, until FROM stat_spell WHERE since >= :start AND since < :end")
                .param("start", start(from)).param("end", start(to + 1))
                .query(rs -> {
                    PackStore.Key key = SpellEntries.key(rs.getObject(1, OffsetDateTime.class).toInstant(),
                            rs.getObject(2, OffsetDateTime.class).toInstant());
                    daysByYear.computeIfAbsent(key.part(), year -> new TreeSet<>()).add(key.day());
                });
        Map<Integer, Map<Integer, List<byte[]>>> entries = new TreeMap<>();
        daysByYear.forEach((year, days) -> {
            Map<Integer, List<byte[]>> ofYear = entries.computeIfAbsent(year, y -> new TreeMap<>());
            for (int locked : packs.lockRange(SpellEntries.KIND, year, from, to, days)) {
                ofYear.put(locked, new ArrayList<>());
            }
        });
        Map<UUID, List<Instant>> family = familyContacts(from, to);
        jdbc.sql("""
                        SELECT case_id, child_key, profile, since, until, status, separated, detained_since,
                               status_since
                        FROM stat_spell WHERE since >= :start AND since < :end""")
                .param("start", start(from)).param("end", start(to + 1))
                .query(rs -> {
                    SpellEntries.Entry spell = FactStore.spell(rs, family.getOrDefault(rs.getObject(1, UUID.class),
                            List.of()));
                    PackStore.Key key = SpellEntries.key(spell.since(), spell.until());
                    // A year not locked here came with a stretch recorded since the look above; its recording
                    // wrote that pack itself.
                    List<byte[]> ofDay = entries.getOrDefault(key.part(), Map.of()).get(key.day());
                    if (ofDay != null) {
                        ofDay.add(SpellEntries.entry(spell));
                    }
                });
        int written = 0;
        for (Map.Entry<Integer, Map<Integer, List<byte[]>>> year : entries.entrySet()) {
            packs.writeAll(SpellEntries.KIND, year.getKey(), year.getValue());
            written += year.getValue().size();
        }
        return written;
    }

    /** The family contacts of the cases of the stretches begun on the days {@code from} to {@code to}, by case. */
    private Map<UUID, List<Instant>> familyContacts(int from, int to) {
        Map<UUID, List<Instant>> family = new HashMap<>();
        jdbc.sql("""
                        SELECT case_id, occurred_at FROM stat_fact WHERE kind = 'FAMILY_CONTACT' AND case_id IN (
                            SELECT case_id FROM stat_spell WHERE since >= :start AND since < :end)""")
                .param("start", start(from)).param("end", start(to + 1))
                .query(rs -> {
                    family.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, OffsetDateTime.class).toInstant());
                });
        return family;
    }

    private static OffsetDateTime start(int day) {
        return FactStore.utc(Instant.ofEpochSecond(FactEntries.dayStart(day)));
    }
}
