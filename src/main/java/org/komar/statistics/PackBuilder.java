package org.komar.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.komar.shared.Cambodia;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the packs ({@link PackStore}) from the rows of the read model: at start-up when they have never been built
 * (an upgrade from a version without them), and at the end of a rebuild. Re-offences are judged again first (they
 * need every case of a child). Each pack is built in a transaction of its own, under its lock, from the rows as
 * committed then: an event recorded meanwhile changes the pack before or after, never in between. Until every pack
 * is built, counting reads the rows.
 */
@Component
@Order(60)
class PackBuilder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PackBuilder.class);

    private final FactStore store;
    private final PackStore packs;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PackBuilder(FactStore store, PackStore packs, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.packs = packs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Boolean.TRUE.equals(transactions.execute(status -> packs.built()))) {
            long started = System.nanoTime();
            int built = build();
            log.info("Statistics packs built ({} packs) in {} ms", built, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Judges every re-offence again, builds every pack, then lets counting read them; answers the packs written. */
    int build() {
        List<Long> released = jdbc.sql("SELECT DISTINCT child_key FROM stat_fact WHERE kind = 'RELEASE'")
                .query(Long.class).list();
        for (int from = 0; from < released.size(); from += 500) {
            List<Long> chunk = released.subList(from, Math.min(released.size(), from + 500));
            transactions.executeWithoutResult(status -> store.updateReoffending(store.lockChildren(chunk)));
        }
        int written = 0;
        for (FactKind kind : FactEntries.PACKED) {
            written += buildFacts(kind);
        }
        written += buildSpells();
        transactions.executeWithoutResult(status -> packs.markBuilt(clock.instant()));
        return written;
    }

    private int buildFacts(FactKind kind) {
        List<Instant> range = jdbc.sql("SELECT MIN(occurred_at), MAX(occurred_at) FROM stat_fact WHERE kind = :kind")
                .param("kind", kind.name()).query((rs, n) -> {
                    OffsetDateTime first = rs.getObject(1, OffsetDateTime.class);
                    return first == null ? List.<Instant>of() : List.of(first.toInstant(),
                            rs.getObject(2, OffsetDateTime.class).toInstant());
                }).single();
        if (range.isEmpty()) {
            return 0;
        }
        int written = 0;
        for (int day = FactEntries.day(range.get(0)); day <= FactEntries.day(range.get(1)); day++) {
            PackStore.Key key = new PackStore.Key(kind.name(), 0, day);
            int d = day;
            Boolean wrote = transactions.execute(status -> {
                List<byte[]> entries = factEntries(kind, d);
                if (entries.isEmpty() && !exists(key)) {
                    return false;
                }
                packs.lock(key);
                packs.write(key, factEntries(kind, d));
                return true;
            });
            written += Boolean.TRUE.equals(wrote) ? 1 : 0;
        }
        return written;
    }

    private List<byte[]> factEntries(FactKind kind, int day) {
        return jdbc.sql("""
                        SELECT child_key, profile, flag, occurred_at, aux_at, reoffended_at FROM stat_fact
                        WHERE kind = :kind AND occurred_at >= :start AND occurred_at < :end""")
                .param("kind", kind.name()).param("start", start(day)).param("end", start(day + 1))
                .query((rs, n) -> FactEntries.entry(kind, rs.getLong(1), rs.getInt(2), (Boolean) rs.getObject(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        FactStore.instant(rs.getObject(5, OffsetDateTime.class)),
                        FactStore.instant(rs.getObject(6, OffsetDateTime.class)))).list();
    }

    private int buildSpells() {
        TreeSet<PackStore.Key> keys = new TreeSet<>(PackStore.Key.ORDER);
        jdbc.sql("SELECT since, until FROM stat_spell").query(rs -> {
            keys.add(SpellEntries.key(rs.getObject(1, OffsetDateTime.class).toInstant(),
                    rs.getObject(2, OffsetDateTime.class).toInstant()));
        });
        for (PackStore.Key key : keys) {
            transactions.executeWithoutResult(status -> {
                packs.lock(key);
                packs.write(key, spellEntries(key));
            });
        }
        return keys.size();
    }

    /** The entries of a stretch pack, from the stretches begun on its day that end in its year. */
    private List<byte[]> spellEntries(PackStore.Key key) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("""
                        SELECT case_id, child_key, profile, since, until, status, separated, detained_since,
                               status_since
                        FROM stat_spell WHERE since >= :start AND since < :end AND until >= :yearStart
                        AND until < :yearEnd""")
                .param("start", start(key.day())).param("end", start(key.day() + 1))
                .param("yearStart", yearStart(key.part())).param("yearEnd", yearStart(key.part() + 1))
                .query(rs -> {
                    rows.add(new Object[] {rs.getObject(1, UUID.class), FactStore.spell(rs, List.of())});
                });
        Map<UUID, List<Instant>> family = new HashMap<>();
        List<UUID> caseIds = rows.stream().map(row -> (UUID) row[0]).distinct().toList();
        for (int from = 0; from < caseIds.size(); from += 1000) {
            jdbc.sql("SELECT case_id, occurred_at FROM stat_fact WHERE kind = 'FAMILY_CONTACT' AND case_id IN (:ids)")
                    .param("ids", caseIds.subList(from, Math.min(caseIds.size(), from + 1000)))
                    .query(rs -> {
                        family.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(rs.getObject(2, OffsetDateTime.class).toInstant());
                    });
        }
        List<byte[]> entries = new ArrayList<>();
        for (Object[] row : rows) {
            SpellEntries.Entry spell = (SpellEntries.Entry) row[1];
            entries.add(SpellEntries.entry(new SpellEntries.Entry(spell.childKey(), spell.profile(), spell.status(),
                    spell.separated(), spell.since(), spell.until(), spell.detainedSince(), spell.statusSince(),
                    family.getOrDefault((UUID) row[0], List.of()).stream().sorted().toList())));
        }
        return entries;
    }

    private boolean exists(PackStore.Key key) {
        return jdbc.sql("SELECT COUNT(*) FROM stat_pack WHERE kind = :kind AND part = :part AND day_number = :day")
                .param("kind", key.kind()).param("part", key.part()).param("day", key.day()).query(Long.class)
                .single() > 0;
    }

    private static OffsetDateTime start(int day) {
        return FactStore.utc(Instant.ofEpochSecond(FactEntries.dayStart(day)));
    }

    private static OffsetDateTime yearStart(int year) {
        return FactStore.utc(LocalDate.of(year, 1, 1).atStartOfDay(Cambodia.ZONE).toInstant());
    }
}
