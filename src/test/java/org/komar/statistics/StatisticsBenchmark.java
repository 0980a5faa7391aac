package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.komar.support.IntegrationTest;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long all the indicators of one year take, with every disaggregation (each dimension alone and every pair),
 * over a synthetic population of a million cases, on PostgreSQL. Not part of the test run (its name is not a test's):
 *
 * <pre>./mvnw -B -ntp verify -Dtest=StatisticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkomar.test.db=postgresql [-Dkomar.benchmark.cases=1000000]</pre>
 *
 * The read model is filled directly by {@code COPY} with the facts a million timelines of about fifteen events
 * each would give (arrests, hearings, diversions or sentences, releases and aftercare, family contacts, stretches
 * held), then the year is counted as {@link StatisticsService#computeNational} counts it, stocks included, and
 * timed: each run with the time spent reading and counting, the CPU time of this thread and of the PostgreSQL
 * server processes (read from {@code /proc}, same machine), and the load average around the runs, since the
 * machine may be shared. {@code -Dkomar.benchmark.dump=DIR} also writes the synthetic rows as {@code COPY} files,
 * to load into a database of one's own and {@code EXPLAIN ANALYZE} queries there.
 */
class StatisticsBenchmark extends IntegrationTest {

    private static final int YEAR = 2040;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatisticsService statistics;

    @Autowired
    FactQueries queries;

    @Autowired
    PackStore packs;

    @Autowired
    PackBuilder builder;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void all_indicators_of_a_year_with_every_disaggregation_over_a_million_cases() throws Exception {
        int cases = Integer.getInteger("komar.benchmark.cases", 1_000_000);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).as("run with -Dkomar.test.db=postgresql")
                    .isEqualTo("PostgreSQL");
        }
        long loadStart = System.nanoTime();
        long[] rows = load(cases);
        long loadSeconds = (System.nanoTime() - loadStart) / 1_000_000_000L;
        jdbc.sql("ANALYZE stat_case").update();
        jdbc.sql("ANALYZE stat_fact").update();
        jdbc.sql("ANALYZE stat_spell").update();
        long packStart = System.nanoTime();
        packs.deleteAll();
        int packed = builder.build().packs();
        jdbc.sql("ANALYZE stat_pack").update();
        long packSeconds = (System.nanoTime() - packStart) / 1_000_000_000L;
        dumpPacks();

        Period period = Period.year(YEAR);
        List<Breakdown> all = Breakdown.all();
        List<String> runs = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        Figures figures = null;
        String loadBefore = loadAverage();
        for (int run = 0; run < 6; run++) {
            long postgresBefore = postgresCpuMillis();
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            IndicatorEngine.Inputs national = statistics.nationalInputs(period);
            long read = System.nanoTime();
            figures = IndicatorEngine.compute(RowCounting.withBreakdowns(national, all));
            long end = System.nanoTime();
            millis.add((end - start) / 1_000_000L);
            runs.add(String.format("%d ms (reading %d, counting %d; Java CPU %d ms, PostgreSQL CPU %d ms)",
                    (end - start) / 1_000_000L, (read - start) / 1_000_000L, (end - read) / 1_000_000L,
                    (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000L,
                    postgresCpuMillis() - postgresBefore));
        }
        List<Long> measured = new ArrayList<>(millis.subList(1, millis.size()));
        measured.sort(Long::compare);
        long median = measured.get(measured.size() / 2);
        System.out.printf("%nSTATISTICS BENCHMARK: %,d cases, %,d facts, %,d stretches held (loaded in %d s, %,d packs"
                        + " built in %d s); all %d indicators and %d operational figures of %d with %d breakdowns"
                        + " (%d cells each); load average before %s, after %s:%n  %s%n  median of the warm runs %d ms%n%n",
                rows[0], rows[1], rows[2], loadSeconds, packed, packSeconds, figures.indicators().size(),
                figures.operational().size(), YEAR, all.size(), new CellSpace(all).size(), loadBefore, loadAverage(),
                String.join("\n  ", runs), median);
        if (!Boolean.getBoolean("komar.benchmark.skipRows")) {
            long rowsStart = System.nanoTime();
            Figures fromRows = IndicatorEngine.compute(RowCounting.fromRows(queries, period,
                    statistics.nationalInputs(period), all));
            System.out.printf("The same figures counted from the rows, one by one: %d ms%n%n",
                    (System.nanoTime() - rowsStart) / 1_000_000L);
            assertThat(figures).as("packs and rows give the same figures").isEqualTo(fromRows);
        }
        assertThat(figures.indicator(Indicator.CHILDREN_ARRESTED).orElseThrow().total().numerator()).isPositive();
        assertThat(figures.indicator(Indicator.CHILDREN_IN_DETENTION).orElseThrow().total().numerator())
                .isPositive();
    }

    /** With {@code komar.benchmark.dump}, the packs too (after the rows: {@code stat_pack.tsv}). */
    private void dumpPacks() throws Exception {
        String dump = System.getProperty("komar.benchmark.dump");
        if (dump == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             var out = Files.newBufferedWriter(Path.of(dump).resolve("stat_pack.tsv"))) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY stat_pack TO STDOUT", out);
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }

    /** CPU time used so far by the PostgreSQL server processes of this database (same machine; 0 if unreadable). */
    private long postgresCpuMillis() {
        List<Integer> pids = jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                .query(Integer.class).list();
        long ticks = 0;
        for (int pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException unreadable) {
                return 0;
            }
        }
        return ticks * 10;
    }

    /** Fills the read model with synthetic cases of the year (and a few of the year before); answers the counts. */
    private long[] load(int cases) throws Exception {
        Random random = new Random(42);
        long[] counts = new long[3];
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder caseRows = new StringBuilder();
            StringBuilder factRows = new StringBuilder();
            StringBuilder spellRows = new StringBuilder();
            UUID previousChild = null;
            for (int i = 0; i < cases; i++) {
                UUID caseId = new UUID(0x4b4f4d4152L, i);
                // One child in twelve comes back with a second case.
                UUID childId = previousChild != null && random.nextInt(12) == 0 ? previousChild : UUID.randomUUID();
                previousChild = childId;
                long childKey = FactStore.childKey(childId);
                int profile = profile(random);
                Instant start = moment(random, YEAR - (random.nextInt(10) == 0 ? 1 : 0));
                caseRows.append(caseId).append('\t').append(childId).append('\t').append(childKey).append('\t')
                        .append(profile).append('\t').append(new Profile(profile).value(Dimension.ROLE)).append('\t')
                        .append(ts(start)).append('\t').append(ts(start)).append('\n');
                counts[0]++;
                counts[1] += facts(factRows, random, caseId, childKey, profile, start);
                counts[2] += spells(spellRows, random, caseId, childKey, profile, start);
                if (caseRows.length() > 4_000_000) {
                    flush(copy, caseRows, factRows, spellRows);
                }
            }
            flush(copy, caseRows, factRows, spellRows);
        }
        return counts;
    }

    private static void flush(CopyManager copy, StringBuilder cases, StringBuilder facts, StringBuilder spells)
            throws Exception {
        String dump = System.getProperty("komar.benchmark.dump");
        if (dump != null) {
            Path directory = Files.createDirectories(Path.of(dump));
            for (var part : Map.of("stat_case", cases, "stat_fact", facts, "stat_spell", spells).entrySet()) {
                Files.writeString(directory.resolve(part.getKey() + ".tsv"), part.getValue(),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
        copy.copyIn("COPY stat_case (case_id, child_id, child_key, profile, role, started_at, refreshed_at) FROM STDIN",
                new StringReader(cases.toString()));
        copy.copyIn("COPY stat_fact (case_id, child_key, kind, occurred_at, profile, flag, aux_at, detail) FROM STDIN",
                new StringReader(facts.toString()));
        copy.copyIn("COPY stat_spell (case_id, child_key, profile, since, until, status, separated, detained_since,"
                + " status_since) FROM STDIN", new StringReader(spells.toString()));
        cases.setLength(0);
        facts.setLength(0);
        spells.setLength(0);
    }

    /** The facts of about fifteen events: arrest, questionings and hearings, a decision, release, family. */
    private static int facts(StringBuilder out, Random random, UUID caseId, long childKey, int profile, Instant start)
            throws IOException {
        int n = 0;
        Instant arrest = start.plusSeconds(random.nextInt(3 * 86_400));
        Instant lawyer = random.nextInt(4) == 0 ? null : arrest.plusSeconds(random.nextInt(96 * 3600));
        n += fact(out, caseId, childKey, "ARREST", arrest, profile, random.nextBoolean(), lawyer, null);
        int hearings = random.nextInt(4);
        for (int h = 0; h < hearings; h++) {
            n += fact(out, caseId, childKey, "HEARING", arrest.plusSeconds(86_400L * (20 + random.nextInt(200))),
                    profile, random.nextInt(5) > 0, null, "COURT" + random.nextInt(25));
        }
        Instant decision = arrest.plusSeconds(86_400L * (30 + random.nextInt(300)));
        if (random.nextInt(10) < 4) {
            n += fact(out, caseId, childKey, "DIVERSION", decision, profile, null, null, "PROSECUTOR");
        } else if (random.nextInt(10) < 6) {
            n += fact(out, caseId, childKey, "SENTENCE", decision, profile, random.nextInt(3) == 0, null, null);
        }
        if (random.nextInt(5) == 0) {
            Instant release = decision.plusSeconds(86_400L * random.nextInt(200));
            Instant aftercare = random.nextBoolean() ? release.plusSeconds(86_400L * random.nextInt(30)) : null;
            n += fact(out, caseId, childKey, "RELEASE", release, profile, null, aftercare, "END_OF_SENTENCE");
        }
        int family = random.nextInt(5);
        for (int f = 0; f < family; f++) {
            n += fact(out, caseId, childKey, "FAMILY_CONTACT", arrest.plusSeconds(86_400L * random.nextInt(330)),
                    profile, null, null, "VISIT");
        }
        if (random.nextInt(20_000) == 0) {
            n += fact(out, caseId, childKey, "DEATH", decision, profile, null, null, null);
        }
        return n;
    }

    private static int fact(StringBuilder out, UUID caseId, long childKey, String kind, Instant at, int profile,
                            Boolean flag, Instant aux, String detail) {
        out.append(caseId).append('\t').append(childKey).append('\t').append(kind).append('\t').append(ts(at))
                .append('\t').append(profile).append('\t').append(flag == null ? "\\N" : flag.toString()).append('\t')
                .append(aux == null ? "\\N" : ts(aux)).append('\t').append(detail == null ? "\\N" : detail)
                .append('\n');
        return 1;
    }

    /** A quarter of cases are held: custody, pre-trial detention, then for some a sentence. */
    private static int spells(StringBuilder out, Random random, UUID caseId, long childKey, int profile,
                              Instant start) {
        if (random.nextInt(4) != 0) {
            return 0;
        }
        Instant since = start.plusSeconds(random.nextInt(86_400));
        Instant preEnd = since.plusSeconds(86_400L * (2 + random.nextInt(240)));
        boolean sentenced = random.nextInt(3) == 0;
        Boolean separated = random.nextInt(10) == 0 ? null : random.nextInt(6) > 0;
        spell(out, caseId, childKey, profile, since, random.nextInt(5) == 0 && !sentenced ? null : preEnd,
                "PRE_SENTENCE", separated, since, since);
        if (!sentenced) {
            return 1;
        }
        Instant end = random.nextInt(3) == 0 ? null : preEnd.plusSeconds(86_400L * (30 + random.nextInt(700)));
        spell(out, caseId, childKey, profile, preEnd, end, "SENTENCED", separated, since, preEnd);
        return 2;
    }

    private static void spell(StringBuilder out, UUID caseId, long childKey, int profile, Instant since, Instant until,
                              String status, Boolean separated, Instant detainedSince, Instant statusSince) {
        out.append(caseId).append('\t').append(childKey).append('\t').append(profile).append('\t').append(ts(since))
                .append('\t').append(ts(until == null ? FactStore.OPEN_END : until)).append('\t').append(status)
                .append('\t').append(separated == null ? "\\N" : separated.toString()).append('\t')
                .append(ts(detainedSince)).append('\t').append(ts(statusSince)).append('\n');
    }

    /** A profile with Cambodia-like proportions: mostly boys, 14–17, in conflict with the law, Khmer. */
    private static int profile(Random random) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        values.put(Dimension.SEX, random.nextInt(10) < 9 ? "M" : "F");
        values.put(Dimension.AGE_BAND, pick(random, Dimension.AGE_BAND.codes(), 10, 35, 50, 3, 2));
        values.put(Dimension.PROVINCE, Dimension.PROVINCE.codes().get(random.nextInt(26)));
        values.put(Dimension.OFFENCE_CLASS, pick(random, Dimension.OFFENCE_CLASS.codes(), 10, 55, 30, 5));
        values.put(Dimension.DRUG, random.nextInt(10) < 4 ? "YES" : "NO");
        values.put(Dimension.DISABILITY, random.nextInt(50) == 0 ? "YES" : "NO");
        values.put(Dimension.ETHNICITY, pick(random, Dimension.ETHNICITY.codes(), 85, 4, 4, 3, 2, 2));
        values.put(Dimension.NATIONALITY, pick(random, Dimension.NATIONALITY.codes(), 95, 2, 1, 2));
        values.put(Dimension.ROLE, pick(random, Dimension.ROLE.codes(), 80, 12, 4, 2, 2));
        return Profile.of(values).code();
    }

    private static String pick(Random random, List<String> values, int... weights) {
        int total = Arrays.stream(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    private static Instant moment(Random random, int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(7))
                .plusSeconds((long) random.nextInt(365) * 86_400 + random.nextInt(86_400));
    }

    private static String ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }
}
