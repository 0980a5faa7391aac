package org.komar.exchange;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseImports;
import org.komar.shared.BulkInsert;
import org.komar.shared.KomarException;
import org.komar.statistics.PackHolds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;

/**
 * Imports NDJSON case bundles, as stages per chunk of lines: read and parse each line, look up at once which of the
 * chunk's cases and children exist, validate each bundle in memory ({@link CaseImports}), then store every valid one
 * of the chunk in one transaction, as batches, with the chunk's audit line, its refused lines and the run's
 * progress. Nothing of a refused line is written, and a line is stored whole or not at all: should the chunk's
 * transaction fail (an event id already used elsewhere, another import racing this one), it is rolled back and
 * each of its lines is stored again in a transaction of its own, so that only the lines at fault are refused. A line
 * whose case exists is skipped (see {@link CaseImports}), which makes an import safe to run again. Once a run has
 * imported {@code komar.import.bulk-after} cases, or a tenth of that if its file's size says it has that many lines,
 * it holds the statistics packs ({@link PackHolds}) and stores the rest as bulk; they are built once when it ends,
 * however it ends.
 */
@Service
public class Importer {

    /** Lines per chunk: large enough for batches to pay, small enough to keep a chunk's memory and locks small. */
    public static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final Object END = new Object();
    /**
     * The planner's statistics are refreshed when a run's imported cases first reach this, then each time they are
     * four times as many (and once at the end). Plans go wrong only while a table is nearly empty; each {@code ANALYZE}
     * of a large database takes seconds, in which no chunk is handed out.
     */
    private static final long FIRST_ANALYSIS = 5_000;

    /** Where an import came from (kept with its run). */
    public enum Source { API, PAGE, COMMAND, DEMO }

    /** Hears of each line as it is settled, in line order, and of the progress after each chunk. */
    public interface Listener {

        default void line(LineResult result) {
        }

        default void progress(ImportSummary summary) {
        }

        /** Every line is settled; the statistics packs the run held are now built once for all (a large import). */
        default void finishing() {
        }
    }

    private final CaseImports imports;
    private final BulkInsert bulk;
    private final ImportRuns runs;
    private final AuditLog audit;
    private final PackHolds holds;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long bulkAfter;
    private final int storers;

    Importer(CaseImports imports, BulkInsert bulk, ImportRuns runs, AuditLog audit, PackHolds holds,
             TransactionTemplate transactions, Clock clock, @Value("${komar.import.bulk-after:50000}") long bulkAfter,
             @Value("${komar.import.storers:0}") int storers) {
        this.imports = imports;
        this.bulk = bulk;
        this.runs = runs;
        this.audit = audit;
        this.holds = holds;
        this.transactions = transactions;
        this.clock = clock;
        this.bulkAfter = bulkAfter;
        this.storers = storers;
    }

    /**
     * How many chunks a run that holds the packs stores at once: as configured, else two on PostgreSQL (whose one
     * connection storing was the whole bottleneck of a large import) and one on H2.
     */
    private int storers() {
        return storers > 0 ? storers : bulk.postgresql() ? 2 : 1;
    }

    /**
     * Opens an import run (its page and progress exist from here on), checking the permission and auditing the start.
     * {@code totalBytes}, when known, lets the progress say how far it is.
     */
    public UUID open(Actor actor, Source source, Long totalBytes) {
        actor.require(Permission.DATA_IMPORT);
        UUID run = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            runs.start(run, source, actor.userId().value(), totalBytes,
                    clock.instant());
            audit.record(actor, "IMPORT_STARTED", AuditSubject.of("IMPORT", run.toString()), null, source.name());
        });
        return run;
    }

    /** Imports every line of {@code in} into the opened run; the run ends done, or failed if the import broke off. */
    public ImportSummary run(UUID run, Actor actor, InputStream in, Listener listener) {
        Work work = new Work(run, actor, in, listener);
        try {
            work.all();
        } catch (RuntimeException failed) {
            work.release();
            transactions.executeWithoutResult(status -> {
                runs.finish(run, ImportRuns.State.FAILED, clock.instant());
                audit.record(actor, "IMPORT_FAILED", AuditSubject.of("IMPORT", run.toString()), null,
                        work.counts());
            });
            throw failed;
        }
        if (work.imported >= FIRST_ANALYSIS) {
            bulk.refreshStatistics(); // for what runs on the imported cases next
        }
        work.release();
        ImportSummary summary = work.summary();
        transactions.executeWithoutResult(status -> {
            runs.progress(run, summary, clock.instant());
            runs.finish(run, ImportRuns.State.DONE, clock.instant());
            audit.record(actor, "IMPORT_FINISHED", AuditSubject.of("IMPORT", run.toString()), null, work.counts());
        });
        return summary;
    }

    /** Ends, as failed, an opened run whose file could not even be opened; nothing of it was read. */
    void abandon(UUID run, Actor actor) {
        transactions.executeWithoutResult(status -> {
            runs.finish(run, ImportRuns.State.FAILED, clock.instant());
            audit.record(actor, "IMPORT_FAILED", AuditSubject.of("IMPORT", run.toString()), null, "lines=0");
        });
    }

    /** Checks every line as an import would, and writes nothing at all: lines come out valid, skipped or refused. */
    public ImportSummary dryRun(Actor actor, InputStream in, Listener listener) {
        Work work = new Work(null, actor, in, listener);
        work.all();
        return work.summary();
    }

    /** One import under way. */
    private final class Work {

        private final UUID run;
        private final Actor actor;
        private final NdjsonLines lines;
        private final Listener listener;
        private final CaseImports.Session session;
        private final long started = System.nanoTime();
        private long count;
        private long imported;
        private long skipped;
        private long refused;
        private long valid;
        private long events;
        private long bytesRead;
        private long nextAnalysis = FIRST_ANALYSIS;
        /** When this run took or last renewed its hold on the statistics packs; null while it holds none. */
        private Long heldSince;
        /** The threads storing chunks at once, from the hold on; null while chunks are stored one after the other. */
        private ExecutorService storingThreads;
        /** The chunks given to the storing threads, oldest first, not yet settled. */
        private final Deque<Future<Chunk>> storing = new ArrayDeque<>();
        private final int storerCount = storers();
        /** The size of the file being imported when it is known (a file, an upload), else null. */
        private final Long totalBytes;

        Work(UUID run, Actor actor, InputStream in, Listener listener) {
            this.run = run;
            this.actor = actor;
            this.lines = new NdjsonLines(in);
            this.listener = listener;
            this.session = imports.begin(actor);
            this.totalBytes = run == null ? null : runs.find(run).map(ImportRuns.Run::totalBytes).orElse(null);
        }

        /**
         * Reads, checks and stores every line. A real import runs as stages: a reading thread parses, looks up and
         * checks each chunk while the chunks before it are stored, so that the database and the checks work at the
         * same time; a dry run does it all here. Chunks are stored one after the other until the run holds the
         * packs, then (on PostgreSQL) by several storing threads at once, each chunk in its own transaction; they
         * are settled and reported in line order all the same.
         */
        void all() {
            if (run == null) {
                for (Chunk chunk = read(); chunk != null; chunk = read()) {
                    settle(chunk);
                }
                return;
            }
            BlockingQueue<Object> ready = new ArrayBlockingQueue<>(1);
            AtomicBoolean stopped = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                try {
                    for (Chunk chunk = read(); chunk != null && !stopped.get(); chunk = read()) {
                        hand(ready, chunk, stopped);
                    }
                    hand(ready, END, stopped);
                } catch (RuntimeException | Error failed) {
                    hand(ready, failed, stopped);
                }
            }, "komar-import-reader");
            reader.setDaemon(true);
            reader.start();
            try {
                while (true) {
                    Object next = ready.take();
                    if (next == END) {
                        while (!storing.isEmpty()) {
                            stored(storing.removeFirst());
                        }
                        return;
                    }
                    if (next instanceof RuntimeException failed) {
                        throw failed;
                    }
                    if (next instanceof Error failed) {
                        throw failed;
                    }
                    Chunk chunk = (Chunk) next;
                    if (storingThreads == null) {
                        store(chunk);
                        stored(chunk);
                    } else {
                        imports.numberApart(session, chunk.prepared); // here, in the file's order
                        List<Future<Chunk>> earlier = chunk.afterEarlier ? List.copyOf(storing) : List.of();
                        storing.addLast(storingThreads.submit(() -> {
                            awaitAll(earlier);
                            store(chunk);
                            return chunk;
                        }));
                        // One chunk more than threads: a thread done with its chunk takes the next at once, even
                        // while the importing thread still waits for an older one to settle it in line order.
                        while (storing.size() > storerCount) {
                            stored(storing.removeFirst());
                        }
                    }
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", interrupted);
            } finally {
                stopped.set(true);
                reader.interrupt();
                stopStoring();
            }
        }

        /** A chunk's lines are all settled: they are reported, and the run does what its size now calls for. */
        private void stored(Chunk chunk) {
            settle(chunk);
            if (imported >= nextAnalysis) {
                bulk.refreshStatistics();
                nextAnalysis = 4 * imported;
            }
            holdWhenLarge();
        }

        /** Waits for the chunk stored by a storing thread; its failure is the run's. */
        private void stored(Future<Chunk> chunk) throws InterruptedException {
            try {
                stored(chunk.get());
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (failed.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw new IllegalStateException(failed.getCause());
            }
        }

        /**
         * Waits, in a storing thread, for the chunks before (they were handed out first, so they are under way). A
         * chunk that failed is the run's failure, which the importing thread reports; this one is stored all the
         * same, its lines that relied on the failed one refused as conflicts.
         */
        private static void awaitAll(List<Future<Chunk>> earlier) throws InterruptedException {
            for (Future<Chunk> chunk : earlier) {
                try {
                    chunk.get();
                } catch (ExecutionException failedThere) {
                    // reported by the importing thread, in line order
                }
            }
        }

        /**
         * Lets the chunks still being stored finish (a transaction is not cut off in the middle), then ends the
         * storing threads. After a failure their lines are stored but not reported; a run again skips them.
         */
        private void stopStoring() {
            if (storingThreads == null) {
                return;
            }
            storingThreads.shutdown();
            try {
                while (!storingThreads.awaitTermination(1, TimeUnit.MINUTES)) {
                    log.info("Import {}: waiting for the chunks being stored", run);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * From {@code bulkAfter} cases on, or from a tenth of that when the file's size says it has that many lines,
         * holds the statistics packs (renewed now and then) and stores as bulk. With the default, that tenth is where
         * the planner's statistics are first refreshed; holding from the very first chunk was slower.
         */
        private void holdWhenLarge() {
            long now = System.nanoTime();
            if (heldSince == null && (imported >= bulkAfter
                    || imported >= bulkAfter / 10 && expectedLines() >= bulkAfter)) {
                holds.hold(run);
                session.bulk(storerCount);
                if (storerCount > 1) {
                    CustomizableThreadFactory named = new CustomizableThreadFactory("komar-import-storer-");
                    named.setDaemon(true);
                    storingThreads = Executors.newFixedThreadPool(storerCount, named);
                }
                heldSince = now;
                log.info("Import {}: statistics packs held from line {} on, built at the end; {} storing at once",
                        run, count + 1, storerCount);
            } else if (heldSince != null && now - heldSince > PackHolds.LEASE.toNanos() / 4) {
                holds.renew(run);
                heldSince = now;
            }
        }

        /**
         * The lines the whole file should hold, judging by the bytes of those read so far; 0 when its size is not
         * known. Past the first tenth of {@code bulkAfter}, a million-case file holds the packs instead of storing
         * 50,000 lines one chunk at a time at about half the speed (docs/performance.md).
         */
        private long expectedLines() {
            return totalBytes == null || bytesRead <= 0 ? 0 : (long) ((double) totalBytes * count / bytesRead);
        }

        /** Ends the hold, if this run took one, building the packs; a failure here leaves it to the lease. */
        void release() {
            if (heldSince == null) {
                return;
            }
            heldSince = null;
            listener.finishing();
            try {
                holds.release(run);
            } catch (RuntimeException failed) {
                log.warn("Import {}: statistics packs not built at the end ({}); they will be once the hold lapses",
                        run, failed.getClass().getSimpleName());
            }
        }

        private static void hand(BlockingQueue<Object> ready, Object item, AtomicBoolean stopped) {
            try {
                while (!stopped.get() && !ready.offer(item, 200, TimeUnit.MILLISECONDS)) {
                    // the storing thread is busy with the chunk before; wait for it
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** One line on its way through the stages. */
        private final class Pending {
            final int line;
            String caseId;
            CaseImports.Bundle bundle;
            CaseImports.Outcome outcome;
            LineResult result;

            Pending(int line) {
                this.line = line;
            }
        }

        /**
         * A chunk read and checked, ready to be stored; {@code afterEarlier} when one of its lines needs a line of a
         * chunk before it stored first.
         */
        private record Chunk(List<Pending> pending, List<CaseImports.Prepared> prepared, long bytesRead,
                             boolean afterEarlier) {
        }

        /** The next chunk of lines, parsed, looked up and checked; null at the end. */
        private Chunk read() {
            List<NdjsonLines.Line> lines = new ArrayList<>(CHUNK);
            for (NdjsonLines.Line line = this.lines.next(); line != null; line = this.lines.next()) {
                lines.add(line);
                if (lines.size() == CHUNK) {
                    break;
                }
            }
            if (lines.isEmpty()) {
                return null;
            }
            List<Pending> pending = new ArrayList<>(lines.size());
            List<CaseImports.Bundle> bundles = new ArrayList<>();
            for (NdjsonLines.Line line : lines) {
                Pending p = parse(line);
                pending.add(p);
                if (p.bundle != null) {
                    bundles.add(p.bundle);
                }
            }
            CaseImports.Batch batch = imports.batch(session, bundles);
            List<CaseImports.Prepared> prepared = new ArrayList<>();
            for (Pending p : pending) {
                if (p.bundle == null) {
                    continue;
                }
                try {
                    p.outcome = batch.prepare(p.bundle);
                } catch (KomarException invalid) {
                    p.result = LineResult.refused(p.line, p.caseId, invalid);
                    continue;
                }
                if (p.outcome instanceof CaseImports.Skipped skip) {
                    p.result = LineResult.skipped(p.line, skip.caseId().toString(), skip.code());
                } else if (run == null) {
                    p.result = settled((CaseImports.Prepared) p.outcome, p, LineResult.Status.VALID);
                } else {
                    prepared.add((CaseImports.Prepared) p.outcome);
                }
            }
            return new Chunk(pending, prepared, this.lines.bytesRead(), batch.reliesOnEarlierChunks());
        }

        /** Counts the chunk's lines and reports them, in line order. */
        private void settle(Chunk chunk) {
            bytesRead = chunk.bytesRead;
            for (Pending p : chunk.pending) {
                tally(p.result);
                listener.line(p.result);
            }
            listener.progress(summary());
        }

        private Pending parse(NdjsonLines.Line line) {
            Pending p = new Pending(line.number());
            if (line.problem() != null) {
                p.result = LineResult.refused(line.number(), null, KomarException.invalid(line.problem()));
                return p;
            }
            Object tree;
            try {
                tree = ExchangeJson.read(line.text());
            } catch (JacksonException malformed) {
                p.result = LineResult.refused(line.number(), null, KomarException.invalid("MALFORMED_LINE"));
                return p;
            }
            p.caseId = caseIdOf(tree);
            try {
                p.bundle = BundleReader.read(tree);
            } catch (KomarException invalid) {
                p.result = LineResult.refused(line.number(), p.caseId, invalid);
            }
            return p;
        }

        /** Stores the chunk's prepared lines in one transaction; if that fails, each line in one of its own. */
        private void store(Chunk chunk) {
            List<Pending> pending = chunk.pending;
            List<CaseImports.Prepared> prepared = chunk.prepared;
            long readSoFar = chunk.bytesRead;
            int first = pending.get(0).line;
            int last = pending.get(pending.size() - 1).line;
            try {
                transactions.executeWithoutResult(status -> {
                    imports.store(session, prepared, details(first, last, prepared.size()));
                    for (Pending p : pending) {
                        if (p.result == null) {
                            p.result = settled((CaseImports.Prepared) p.outcome, p, LineResult.Status.IMPORTED);
                        }
                    }
                    bookkeeping(pending, readSoFar);
                });
            } catch (DataAccessException | KomarException failed) {
                log.info("Import {}: lines {}-{} stored one by one after the chunk failed ({})", run, first, last,
                        failed.getClass().getSimpleName());
                for (Pending p : pending) {
                    if (p.outcome instanceof CaseImports.Prepared) {
                        p.result = alone(p);
                    }
                }
                transactions.executeWithoutResult(status -> bookkeeping(pending, readSoFar));
            }
        }

        /** One line in a transaction of its own, looked up and checked again (the chunk's lookups may be stale). */
        private LineResult alone(Pending p) {
            try {
                return transactions.execute(status -> {
                    CaseImports.Outcome outcome = imports.prepareAgain(session, p.bundle, p.outcome);
                    if (outcome instanceof CaseImports.Skipped skip) {
                        return LineResult.skipped(p.line, skip.caseId().toString(), skip.code());
                    }
                    CaseImports.Prepared one = (CaseImports.Prepared) outcome;
                    imports.store(session, List.of(one), details(p.line, p.line, 1));
                    return settled(one, p, LineResult.Status.IMPORTED);
                });
            } catch (KomarException invalid) {
                return LineResult.refused(p.line, p.caseId, invalid);
            } catch (DataIntegrityViolationException conflict) {
                return LineResult.refused(p.line, p.caseId, KomarException.conflict("IMPORT_CONFLICT"));
            }
        }

        /**
         * The run's refused lines and the chunk's share of its progress, in the transaction of the lines they are
         * about; last in it, as the run's row is shared by the chunks being stored at once.
         */
        private void bookkeeping(List<Pending> pending, long readSoFar) {
            List<LineResult> refusedLines = pending.stream().map(p -> p.result)
                    .filter(r -> r.status() == LineResult.Status.REFUSED).toList();
            if (!refusedLines.isEmpty()) {
                runs.refusals(run, refusedLines);
            }
            long addEvents = pending.stream().filter(p -> p.result.status() == LineResult.Status.IMPORTED)
                    .mapToLong(p -> p.result.events()).sum();
            runs.progressBy(run, pending.size(), count(pending, LineResult.Status.IMPORTED),
                    count(pending, LineResult.Status.SKIPPED), refusedLines.size(), addEvents, readSoFar,
                    clock.instant());
        }

        private long count(List<Pending> pending, LineResult.Status status) {
            return pending.stream().filter(p -> p.result.status() == status).count();
        }

        private LineResult settled(CaseImports.Prepared prepared, Pending p, LineResult.Status status) {
            boolean idsGiven = p.bundle.events().stream().allMatch(e -> e == null || e.id() != null);
            return new LineResult(p.line, status, prepared.childId().toString(), prepared.newChild(),
                    prepared.caseId().toString(), prepared.caseNumber(), prepared.eventIds().size(),
                    idsGiven ? List.of() : prepared.eventIds().stream().map(Object::toString).toList(), null);
        }

        private String details(int first, int last, int cases) {
            return "run=" + run + " lines=" + first + "-" + last + " cases=" + cases;
        }

        private void tally(LineResult result) {
            count++;
            switch (result.status()) {
                case IMPORTED -> {
                    imported++;
                    events += result.events();
                }
                case SKIPPED -> skipped++;
                case REFUSED -> refused++;
                case VALID -> {
                    valid++;
                    events += result.events();
                }
            }
        }

        ImportSummary summary() {
            return new ImportSummary(run, count, imported, skipped, refused, valid, events, bytesRead,
                    Duration.ofNanos(System.nanoTime() - started));
        }

        String counts() {
            return "lines=" + count + " imported=" + imported + " skipped=" + skipped + " refused=" + refused;
        }
    }

    /** The case id a line names, if it names one readably (for the report of a line refused before it is read). */
    private static String caseIdOf(Object tree) {
        if (tree instanceof Map<?, ?> root && root.get("case") instanceof Map<?, ?> kase
                && kase.get("id") instanceof String id && id.length() <= 60) {
            return id;
        }
        return null;
    }
}
