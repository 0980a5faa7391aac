package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.exchange.ImportSummary;
import org.komar.exchange.Importer;
import org.komar.support.IntegrationTest;
import org.komar.support.SyntheticFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import large enough to hold the packs ({@code komar.import.bulk-after}, 500 cases in the tests) stores its later
 * chunks without changing them and builds them once at its end: the packs are then exactly those a rebuild from
 * every timeline gives, and national figures counted from them are those counted row by row. While a live hold is
 * there the packs are not marked built, so counting reads the rows.
 */
class BulkImportPacksTest extends IntegrationTest {

    @Autowired
    Importer importer;

    @Autowired
    PackStore packs;

    @Autowired
    PackHolds holds;

    @Autowired
    PackBuilder builder;

    @Autowired
    FactProjector projector;

    @Autowired
    StatisticsService statistics;

    @Autowired
    FactQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_large_import_holds_the_packs_while_it_runs_and_builds_them_at_its_end() {
        Actor administrator = fixtures.caseloadAdministrator();
        List<String> kept = SyntheticFiles.outsidePhnomPenh(20261206L, 2000);
        long lines = kept.size();
        assertThat(lines).as("three chunks").isBetween(1001L, 1500L);
        byte[] file = SyntheticFiles.file(kept);
        assertThat(packs.built()).as("built before the import").isTrue();
        List<Boolean> builtAfterChunk = new ArrayList<>();
        List<Long> finishingAfterLines = new ArrayList<>();

        ImportSummary summary = importer.run(importer.open(administrator, Importer.Source.API, null), administrator,
                new ByteArrayInputStream(file), new Importer.Listener() {
                    @Override
                    public void progress(ImportSummary progress) {
                        builtAfterChunk.add(packs.built());
                        finishingAfterLines.add(progress.lines());
                    }

                    @Override
                    public void finishing() {
                        finishingAfterLines.add(-1L);
                    }
                });

        assertThat(summary.imported()).isEqualTo(lines);
        // The hold is taken once the first chunk (500 cases) is in: counting read the rows for the rest.
        assertThat(builtAfterChunk).containsExactly(true, false, false);
        assertThat(finishingAfterLines).as("told once every line is settled, before the packs are built")
                .containsExactly(500L, 1000L, lines, -1L);
        assertThat(packs.built()).as("built at the end").isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stat_pack_hold").query(Long.class).single()).isZero();
        List<Period> periods = List.of(Period.year(2024), Period.year(2025), Period.year(2026));
        for (Period period : periods) {
            PackChecks.assertSameFromRows(statistics, queries, period);
        }

        Map<String, List<ByteBuffer>> built = PackChecks.snapshot(jdbc);
        projector.rebuild(done -> { });
        assertThat(PackChecks.snapshot(jdbc)).as("packs derived again from every timeline").isEqualTo(built);
    }

    @Test
    void a_file_whose_size_says_it_is_large_holds_the_packs_from_a_tenth_of_the_bulk_on() {
        Actor administrator = fixtures.caseloadAdministrator();
        List<String> kept = SyntheticFiles.outsidePhnomPenh(20261207L, 1000);
        assertThat(kept.size()).as("two chunks").isBetween(501, 1000);
        byte[] first = SyntheticFiles.file(kept.subList(0, 100));
        byte[] file = SyntheticFiles.file(kept);
        importer.run(importer.open(administrator, Importer.Source.API, (long) first.length), administrator,
                new ByteArrayInputStream(first), new Importer.Listener() { });
        assertThat(packs.built()).as("a small file: never held").isTrue();
        List<Boolean> builtAfterChunk = new ArrayList<>();

        // Its first chunk stores 400 cases (100 are there already): past a tenth of komar.import.bulk-after, under
        // the whole of it, so only the file's size says the run is large. The small file stored 100, also past the
        // tenth, and was never held.
        ImportSummary summary = importer.run(importer.open(administrator, Importer.Source.API, (long) file.length),
                administrator, new ByteArrayInputStream(file), new Importer.Listener() {
                    @Override
                    public void progress(ImportSummary progress) {
                        builtAfterChunk.add(packs.built());
                    }
                });

        assertThat(summary.imported()).isEqualTo(kept.size() - 100);
        assertThat(summary.skipped()).isEqualTo(100);
        assertThat(builtAfterChunk).as("held from the first chunk on").containsExactly(true, false);
        assertThat(packs.built()).as("built at the end").isTrue();
        PackChecks.assertSameFromRows(statistics, queries, Period.year(2025));
    }

    @Test
    void the_packs_are_marked_built_only_once_no_live_hold_is_left() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        holds.hold(first);
        holds.hold(second);
        assertThat(packs.built()).isFalse();

        holds.release(first);
        assertThat(packs.built()).as("the second import holds them still").isFalse();
        builder.buildIfDue();
        assertThat(packs.built()).as("not built while a hold lives").isFalse();

        // The second import died: its hold is never renewed, and lapses.
        clock.advance(PackHolds.LEASE.plus(Duration.ofMinutes(1)));
        builder.buildIfDue();
        assertThat(packs.built()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stat_pack_hold").query(Long.class).single()).isZero();
    }

    @Test
    void a_look_for_unbuilt_packs_while_an_import_builds_them_waits_for_it_and_leaves_them_be() throws Exception {
        UUID run = UUID.randomUUID();
        holds.hold(run);
        Thread look = new Thread(builder::buildIfDue, "look-for-unbuilt-packs");
        OffsetDateTime builtAt;
        synchronized (builder) { // as the import's build at its end holds it
            transactions.executeWithoutResult(status -> packs.release(run)); // the hold gone, the packs not built
            look.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (look.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(look.getState()).as("waiting for the build under way").isEqualTo(Thread.State.BLOCKED);
            builder.buildPacks();
            builtAt = builtAt();
            clock.advance(Duration.ofMinutes(1));
        }
        look.join(Duration.ofMinutes(2).toMillis());

        assertThat(look.isAlive()).isFalse();
        assertThat(packs.built()).isTrue();
        assertThat(builtAt()).as("built once, by the import").isEqualTo(builtAt);
    }

    private OffsetDateTime builtAt() {
        return jdbc.sql("SELECT built_at FROM stat_pack_build").query(OffsetDateTime.class).single();
    }
}
