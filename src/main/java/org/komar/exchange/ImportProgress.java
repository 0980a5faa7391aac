package org.komar.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An import as its page shows it, from the page's own job while this node holds it, else from its run in
 * {@code import_run} (an import from the API or the command, or one this node no longer holds). {@code state} is
 * {@code RUNNING}, {@code DONE} or {@code FAILED}; {@code finishing} while every line is stored and the statistics
 * of a large import are being built.
 */
record ImportProgress(UUID id, Importer.Source source, boolean dryRun, String state, String startedBy,
                      Instant startedAt, Instant finishedAt, Long totalBytes, long readBytes, long lines,
                      long imported, long skipped, long refused, long valid, long events, Duration elapsed,
                      double linesPerSecond, String failure, boolean reportReady, boolean finishing) {

    static ImportProgress of(PageImports.Job job, String startedBy, Instant now) {
        ImportSummary at = job.progress;
        boolean running = job.state == PageImports.State.RUNNING;
        // Once done, the importer's own measure (the clock may be coarser than an import of a few seconds).
        Duration elapsed = running ? Duration.between(job.startedAt, now) : at.elapsed();
        return new ImportProgress(job.id, Importer.Source.PAGE, job.dryRun, job.state.name(), startedBy,
                job.startedAt, job.finishedAt, job.totalBytes, at.bytesRead(), at.lines(), at.imported(),
                at.skipped(), at.refused(), at.valid(), at.events(), elapsed,
                at.lines() == 0 ? 0 : at.linesPerSecond(), job.failure, job.reportReady(),
                running && job.finishing);
    }

    static ImportProgress of(ImportRuns.Run run, String startedBy, Instant now) {
        Instant until = run.finishedAt() != null ? run.finishedAt() : run.running() ? now : run.updatedAt();
        Duration elapsed = Duration.between(run.startedAt(), until);
        Duration working = Duration.between(run.startedAt(), run.updatedAt());
        double rate = run.lines() == 0 ? 0 : run.lines() / Math.max(0.001, working.toNanos() / 1e9);
        return new ImportProgress(run.id(), run.source(), false, run.state().name(), startedBy, run.startedAt(),
                run.finishedAt(), run.totalBytes(), run.readBytes(), run.lines(), run.imported(), run.skipped(),
                run.refused(), 0, run.events(), elapsed, rate, null, false, false);
    }

    public boolean running() {
        return "RUNNING".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }

    /** Per cent of the file read; 100 once done; null while the size is unknown. */
    public Integer percent() {
        if ("DONE".equals(state)) {
            return 100;
        }
        if (totalBytes == null || totalBytes <= 0) {
            return null;
        }
        return (int) Math.min(100, readBytes * 100 / totalBytes);
    }

    /** The time left at the pace so far (the command's progress bar reckons it the same way); null if unknown. */
    public Duration timeLeft() {
        if (!running() || totalBytes == null || totalBytes <= 0) {
            return null;
        }
        return ExchangeCommand.Progress.timeLeft(elapsed, (double) readBytes / totalBytes);
    }
}
