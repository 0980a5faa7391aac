package org.komar.exchange;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.access.UserId;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The imports started from the administrators' page: one at a time, in the background, on a thread of their own.
 * Each reads the uploaded file (a temporary file, deleted when the import ends), hears the importer's progress after
 * each chunk (the {@link Importer.Listener} the command's progress bar listens to) and writes the report of every
 * line to a file in the language of the administrator who started it. A real import is also a run in
 * {@code import_run} (source {@code PAGE}); a dry run writes nothing, so it lives here only, as do the reports of
 * the last {@value #KEPT} imports.
 */
@Component
class PageImports {

    /** How many finished imports keep their report (and, for dry runs, their page) until Komar stops. */
    static final int KEPT = 20;
    /** Refused lines a dry run keeps for its page; the report has them all. */
    static final int REFUSALS_SHOWN = 500;
    private static final Logger log = LoggerFactory.getLogger(PageImports.class);

    enum State { RUNNING, DONE, FAILED }

    /** One import from the page, as far as it has gone. */
    static final class Job {
        final UUID id;
        final boolean dryRun;
        final UserId startedBy;
        final Instant startedAt;
        final long totalBytes;
        final Path report;
        final List<LineResult> refusals = Collections.synchronizedList(new ArrayList<>());
        volatile ImportSummary progress;
        volatile State state = State.RUNNING;
        /** Every line is stored and the statistics are being built (a large import's last step). */
        volatile boolean finishing;
        volatile Instant finishedAt;
        /** The reference logged with a failure, for the administrator to quote. */
        volatile String failure;

        Job(UUID id, boolean dryRun, UserId startedBy, Instant startedAt, long totalBytes, Path report) {
            this.id = id;
            this.dryRun = dryRun;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.totalBytes = totalBytes;
            this.report = report;
            this.progress = new ImportSummary(dryRun ? null : id, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO);
        }

        boolean reportReady() {
            return state != State.RUNNING && Files.isRegularFile(report);
        }
    }

    private final Importer importer;
    private final Problems problems;
    private final Clock clock;
    /** Where uploads and reports are kept while they are needed. */
    final Path directory;
    /**
     * One thread and room for one task: {@link #busy} refuses a second import while one runs (rather than queueing
     * it behind), and the room covers the moment the thread takes to turn from the import it has just finished.
     */
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1), runnable -> {
                Thread thread = new Thread(runnable, "komar-page-import");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Map<UUID, Job> jobs = new LinkedHashMap<>();

    PageImports(Importer importer, Problems problems, Clock clock) throws IOException {
        this.importer = importer;
        this.problems = problems;
        this.clock = clock;
        this.directory = Files.createTempDirectory("komar-import-");
    }

    /** A new temporary file for an upload, in this component's own directory (removed when Komar stops). */
    Path newUpload() throws IOException {
        return Files.createTempFile(directory, "upload-", ".ndjson");
    }

    /**
     * Starts importing {@code upload} (a temporary file that is deleted when the import ends, or now if it cannot
     * start) as {@code actor}, reporting each line in {@code locale}. Refused with {@code IMPORT_ALREADY_RUNNING}
     * while another import from the page runs.
     */
    Job start(Actor actor, Path upload, boolean dryRun, Locale locale) {
        try {
            actor.require(Permission.DATA_IMPORT);
            if (!busy.compareAndSet(false, true)) {
                throw KomarException.conflict("IMPORT_ALREADY_RUNNING");
            }
        } catch (RuntimeException refused) {
            delete(upload);
            throw refused;
        }
        try {
            long size = Files.size(upload);
            UUID id = dryRun ? UUID.randomUUID() : importer.open(actor, Importer.Source.PAGE, size);
            Job job = new Job(id, dryRun, actor.userId(), clock.instant(), size,
                    directory.resolve("report-" + id + ".ndjson"));
            keep(job);
            executor.execute(() -> run(job, actor, upload, locale));
            return job;
        } catch (IOException | RuntimeException failed) {
            busy.set(false);
            delete(upload);
            if (failed instanceof KomarException refused) {
                throw refused;
            }
            throw failed instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failed;
        }
    }

    Optional<Job> find(UUID id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** The import from the page under way, if any. */
    Optional<Job> current() {
        synchronized (jobs) {
            return jobs.values().stream().filter(job -> job.state == State.RUNNING).findFirst();
        }
    }

    /** The dry runs this node holds (they have no run in {@code import_run}), newest first. */
    List<Job> dryRuns() {
        synchronized (jobs) {
            List<Job> dryRuns = new ArrayList<>(jobs.values().stream().filter(job -> job.dryRun).toList());
            Collections.reverse(dryRuns);
            return dryRuns;
        }
    }

    private void run(Job job, Actor actor, Path upload, Locale locale) {
        try {
            InputStream in;
            Writer report;
            try {
                in = new BufferedInputStream(new FileInputStream(upload.toFile()), 1 << 16);
                report = Files.newBufferedWriter(job.report, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException unopened) {
                if (!job.dryRun) {
                    importer.abandon(job.id, actor);
                }
                throw unopened;
            }
            try (in; report) {
                job.progress = job.dryRun ? importer.dryRun(actor, in, listener(job, report, locale))
                        : importer.run(job.id, actor, in, listener(job, report, locale));
            }
            job.state = State.DONE;
        } catch (IOException | RuntimeException | Error failed) {
            // The importer has marked the run failed and audited it; what was committed stays (docs/exchange.md).
            String reference = Long.toHexString(System.nanoTime());
            log.error("Import {} from the page broke off, reference {}", job.id, reference, failed);
            job.failure = reference;
            job.state = State.FAILED;
        } finally {
            job.finishedAt = clock.instant();
            delete(upload);
            busy.set(false);
        }
    }

    /** Writes each line's report and keeps the progress after each chunk (and a dry run's first refused lines). */
    private Importer.Listener listener(Job job, Writer report, Locale locale) {
        return new Importer.Listener() {
            @Override
            public void line(LineResult result) {
                try {
                    report.write(ExchangeJson.write(ReportJson.line(result, problems, locale)));
                    report.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (job.dryRun && result.status() == LineResult.Status.REFUSED
                        && job.refusals.size() < REFUSALS_SHOWN) {
                    job.refusals.add(result);
                }
            }

            @Override
            public void progress(ImportSummary summary) {
                job.progress = summary;
            }

            @Override
            public void finishing() {
                job.finishing = true;
            }
        };
    }

    private void keep(Job job) {
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > KEPT) {
                Job oldest = jobs.values().iterator().next();
                if (oldest.state == State.RUNNING) {
                    break;
                }
                jobs.remove(oldest.id);
                delete(oldest.report);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(directory)) {
            files.forEach(PageImports::delete);
        } catch (IOException ignored) {
            // Nothing more to do: the directory is under the system's temporary directory.
        }
        delete(directory);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete the temporary file {}", path.getFileName());
        }
    }
}
