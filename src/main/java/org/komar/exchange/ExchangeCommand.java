package org.komar.exchange;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.komar.access.Actor;
import org.komar.shared.Cambodia;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The exchange commands of the jar:
 * <ul>
 * <li>{@code generate --cases=N --seed=S --out=FILE [--until=YYYY-MM-DD]}: writes a synthetic caseload
 * ({@link SyntheticCaseload}), without a database or a web server;</li>
 * <li>{@code import FILE [--report=FILE] [--user=admin] [--lang=en|km] [--dry-run] [--demo]}: loads the file into the
 * database Komar is configured with (same properties, profiles and environment as the server, no web server), with
 * a progress bar on standard error, and writes the report of every line to a file (by default next to the input,
 * {@code FILE.report.ndjson}). Exits 0 when no line was refused, 1 when some were, 2 when nothing could be done.
 * {@code --demo} first loads the demonstration agencies and users (and cases) as the server would.</li>
 * </ul>
 */
public final class ExchangeCommand {

    public static final Set<String> NAMES = Set.of("generate", "import");

    private ExchangeCommand() {
    }

    /** The exit status of the command named by the first argument. */
    public static int run(String[] args, Class<?> application) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--spring.") || arg.startsWith("--logging.") || arg.startsWith("--komar.")
                    || arg.equals("--demo")) {
                springArgs.add(arg);
            } else if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                        equals < 0 ? "true" : arg.substring(equals + 1));
            } else {
                positional.add(arg);
            }
        }
        try {
            return args[0].equals("generate") ? generate(options)
                    : importFile(positional, options, springArgs, application);
        } catch (IllegalArgumentException usage) {
            System.err.println(usage.getMessage());
            return 2;
        }
    }

    private static int generate(Map<String, String> options) {
        long cases = number(options, "cases", null);
        long seed = number(options, "seed", 1L);
        String out = options.get("out");
        if (out == null || cases < 0) {
            throw new IllegalArgumentException(
                    "Usage: komar generate --cases=N --seed=S --out=FILE.ndjson [--until=YYYY-MM-DD]");
        }
        Instant until = options.containsKey("until")
                ? LocalDate.parse(options.get("until")).atStartOfDay(Cambodia.ZONE).toInstant()
                : SyntheticCaseload.DEFAULT_UNTIL;
        Path file = Path.of(out);
        long started = System.nanoTime();
        try (OutputStream stream = Files.newOutputStream(file)) {
            SyntheticCaseload caseload = new SyntheticCaseload(seed, until);
            Writer writer = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8),
                    1 << 16);
            Progress progress = new Progress(System.err, cases, "cases");
            for (long i = 0; i < cases; i++) {
                writer.write(ExchangeJson.write(caseload.bundle(i)));
                writer.write('\n');
                progress.show(i + 1, (double) (i + 1) / Math.max(1, cases), false);
            }
            writer.flush();
            progress.show(cases, 1, true);
        } catch (IOException e) {
            System.err.println("Nothing was written: " + e.getMessage());
            return 2;
        }
        System.err.printf(Locale.ROOT, "Wrote %,d cases (seed %d, until %s) to %s in %.1f s%n", cases, seed, until,
                file.toAbsolutePath(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static int importFile(List<String> positional, Map<String, String> options, List<String> springArgs,
                                  Class<?> application) {
        if (positional.size() != 1) {
            throw new IllegalArgumentException("Usage: komar import FILE.ndjson [--report=FILE] [--user=admin]"
                    + " [--lang=en|km] [--dry-run] [--demo] [--spring.datasource.url=…]");
        }
        Path file = Path.of(positional.get(0));
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read " + file.toAbsolutePath());
        }
        Path report = Path.of(options.getOrDefault("report", file + ".report.ndjson"));
        Locale locale = "km".equals(options.get("lang")) ? Locale.forLanguageTag("km") : Locale.ENGLISH;
        boolean dryRun = options.containsKey("dry-run");
        // Defaults of the command, each overridden by the same property given on the command line: quiet, so that
        // the progress bar stays readable; none of the server's rounds (worklist sweep, public figures…) while a
        // file is loaded, since the server does them.
        for (String setting : List.of("--logging.level.org.komar=WARN", "--logging.level.root=WARN",
                "--komar.scheduling.enabled=false")) {
            String property = setting.substring(0, setting.indexOf('=') + 1);
            if (springArgs.stream().noneMatch(arg -> arg.startsWith(property))) {
                springArgs.add(setting);
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(springArgs.toArray(String[]::new))) {
            Actor actor = actor(context, options.getOrDefault("user", "admin"), locale);
            Importer importer = context.getBean(Importer.class);
            Problems problems = context.getBean(Problems.class);
            long size = Files.size(file);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                 Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
                Progress progress = new Progress(System.err, size, "lines");
                long cpuBefore = processCpuNanos();
                Importer.Listener listener = new Importer.Listener() {
                    @Override
                    public void line(LineResult result) {
                        try {
                            out.write(ExchangeJson.write(ReportJson.line(result, problems, locale)));
                            out.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void progress(ImportSummary summary) {
                        progress.show(summary.lines(), (double) summary.bytesRead() / Math.max(1, size), false);
                    }

                    @Override
                    public void finishing() {
                        System.err.println();
                        System.err.println("Every line is stored; building the statistics of the import once for all");
                    }
                };
                ImportSummary summary = dryRun ? importer.dryRun(actor, in, listener)
                        : importer.run(importer.open(actor, Importer.Source.COMMAND, size), actor, in, listener);
                progress.show(summary.lines(), 1, true);
                double cpu = (processCpuNanos() - cpuBefore) / 1e9;
                System.err.printf(Locale.ROOT, "%s %,d lines in %s (%,.0f lines/s): %,d imported, %,d skipped,"
                                + " %,d refused%s, %,d events; %.0f s of CPU in Komar. Report: %s%n",
                        dryRun ? "Checked" : "Imported", summary.lines(), Progress.duration(summary.elapsed()),
                        summary.linesPerSecond(), summary.imported(), summary.skipped(), summary.refused(),
                        dryRun ? ", " + summary.valid() + " valid" : "", summary.events(), cpu,
                        report.toAbsolutePath());
                return summary.refused() > 0 ? 1 : 0;
            }
        } catch (KomarException refused) {
            System.err.println("Nothing was imported: " + refused.code());
            return 2;
        } catch (IOException e) {
            System.err.println("Import stopped: " + e.getMessage());
            return 2;
        }
    }

    /** CPU time of this process so far (all its threads), where the platform tells it. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** The user the import acts as; they must hold DATA_IMPORT (administrators do). */
    private static Actor actor(ConfigurableApplicationContext context, String username, Locale locale) {
        return context.getBean(ImportingUser.class).named(username, locale)
                .orElseThrow(() -> new IllegalArgumentException("No enabled user " + username
                        + " (name the importing administrator with --user=)"));
    }

    private static long number(Map<String, String> options, String name, Long fallback) {
        String value = options.get(name);
        if (value == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("Missing --" + name + "=…");
            }
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException malformed) {
            throw new IllegalArgumentException("--" + name + " must be a whole number");
        }
    }

    /** A progress bar on one line of standard error: done, rate, and the time left, at most twice a second. */
    static final class Progress {

        private static final int WIDTH = 30;
        private final PrintStream out;
        private final String unit;
        private final long startedAt = System.nanoTime();
        private long shownAt;

        Progress(PrintStream out, long total, String unit) {
            this.out = out;
            this.unit = unit;
        }

        void show(long done, double fraction, boolean last) {
            long now = System.nanoTime();
            if (!last && now - shownAt < 500_000_000L) {
                return;
            }
            shownAt = now;
            double seconds = Math.max(0.001, (now - startedAt) / 1e9);
            double rate = done / seconds;
            double share = Math.max(0, Math.min(1, fraction));
            int filled = (int) Math.round(share * WIDTH);
            Duration left = timeLeft(Duration.ofNanos(now - startedAt), share);
            String eta = left == null ? "?" : duration(left);
            out.printf(Locale.ROOT, "\r[%s%s] %3.0f%% %,d %s  %,.0f %s/s  ETA %s   ", "#".repeat(filled),
                    ".".repeat(WIDTH - filled), share * 100, done, unit, rate, unit, last ? "0s" : eta);
            if (last) {
                out.println();
            }
            out.flush();
        }

        /**
         * The time left when {@code share} of the work took {@code elapsed}, at the same pace; null before anything
         * is done. The command's bar and the import page both show it.
         */
        static Duration timeLeft(Duration elapsed, double share) {
            if (share <= 0) {
                return null;
            }
            double left = Math.max(0, Math.min(1, 1 - share));
            return Duration.ofMillis((long) (elapsed.toMillis() * left / share));
        }

        static String duration(Duration duration) {
            long seconds = duration.toSeconds();
            return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                    : seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
                    : seconds + "s";
        }
    }
}
