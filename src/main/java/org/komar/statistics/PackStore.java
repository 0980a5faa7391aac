package org.komar.statistics;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The packed read model, {@code stat_pack}: the entries of one key (a kind of fact and a day, or the stretches held
 * that began on a day and end in a year) in one row, so that counting a year reads a few hundred rows instead of
 * millions. Written only under the row's lock: a pack is locked (created empty first if missing), changed and
 * written back in the transaction that changed the rows it is packed from, keys in order so that two transactions
 * never wait on each other in a circle.
 */
@Repository
class PackStore {

    /** Where entries are packed: {@code kind}, {@code part} (0 for facts, the year a stretch ends for stretches) and a day. */
    record Key(String kind, int part, int day) {

        static final Comparator<Key> ORDER = Comparator.comparing(Key::kind).thenComparingInt(Key::part)
                .thenComparingInt(Key::day);
    }

    /** A pack as read for counting. */
    record Pack(String kind, int part, int day, byte[] payload) {
    }

    private static final byte[] EMPTY = new byte[0];
    private static final int SLICE = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PackStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Replaces, in each pack, the entries {@code before} had by those {@code after} has (each a multiset of entries
     * per key); unchanged entries are left alone. An entry to remove that the pack does not hold (packs being built)
     * is skipped: the build reads the rows again under the same lock.
     */
    void change(Map<Key, List<byte[]>> before, Map<Key, List<byte[]>> after) {
        Map<Key, List<byte[]>[]> changes = new TreeMap<>(Key.ORDER);
        for (Key key : union(before, after)) {
            Map<ByteBuffer, Integer> balance = new HashMap<>();
            before.getOrDefault(key, List.of()).forEach(e -> balance.merge(ByteBuffer.wrap(e), -1, Integer::sum));
            after.getOrDefault(key, List.of()).forEach(e -> balance.merge(ByteBuffer.wrap(e), 1, Integer::sum));
            List<byte[]> removed = new ArrayList<>();
            List<byte[]> added = new ArrayList<>();
            balance.forEach((entry, count) -> {
                for (int i = 0; i < Math.abs(count); i++) {
                    (count < 0 ? removed : added).add(entry.array());
                }
            });
            if (!removed.isEmpty() || !added.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<byte[]>[] change = new List[] {removed, added};
                changes.put(key, change);
            }
        }
        Map<Key, byte[]> locked = lockAll(changes.keySet());
        List<Object[]> rows = new ArrayList<>();
        changes.forEach((key, change) -> {
            List<byte[]> entries = PackBytes.entries(locked.get(key));
            for (byte[] gone : change[0]) {
                ByteBuffer wanted = ByteBuffer.wrap(gone);
                for (int i = 0; i < entries.size(); i++) {
                    if (ByteBuffer.wrap(entries.get(i)).equals(wanted)) {
                        entries.remove(i);
                        break;
                    }
                }
            }
            entries.addAll(change[1]);
            rows.add(new Object[] {entries.size(), PackBytes.payload(entries), key.kind(), key.part(), key.day()});
        });
        if (!rows.isEmpty()) {
            template.batchUpdate("UPDATE stat_pack SET entries = ?, payload = ? WHERE kind = ? AND part = ?"
                    + " AND day_number = ?", rows);
        }
    }

    /**
     * Locks these packs (creating the missing ones empty) and answers their payloads: a few statements per kind and
     * year rather than two per pack, since an import's chunk changes hundreds of packs. Keys are taken in {@link
     * Key#ORDER}: groups of one kind and part one after the other, and within a group the missing packs created,
     * then all locked, each in order of day, as {@link #lockRange} takes them; so that two transactions never
     * wait on each other in a circle.
     */
    private Map<Key, byte[]> lockAll(Collection<Key> keys) {
        Map<Key, byte[]> locked = new HashMap<>();
        Map<Key, List<Integer>> groups = new TreeMap<>(Key.ORDER);
        for (Key key : keys) {
            groups.computeIfAbsent(new Key(key.kind(), key.part(), 0), k -> new ArrayList<>()).add(key.day());
        }
        groups.forEach((group, days) -> {
            for (List<Integer> slice : slices(days.stream().sorted().toList())) {
                create(group.kind(), group.part(), slice);
                jdbc.sql("SELECT day_number, payload FROM stat_pack WHERE kind = :kind AND part = :part"
                                + " AND day_number IN (:days) ORDER BY day_number FOR UPDATE")
                        .param("kind", group.kind()).param("part", group.part()).param("days", slice)
                        .query(rs -> {
                            locked.put(new Key(group.kind(), group.part(), rs.getInt(1)), rs.getBytes(2));
                        });
            }
        });
        return locked;
    }

    /** Creates empty those of these packs of one kind and part (days in order, at most a slice) that are missing. */
    private void create(String kind, int part, List<Integer> days) {
        if (days.isEmpty()) {
            return;
        }
        Set<Integer> present = new HashSet<>(jdbc.sql("SELECT day_number FROM stat_pack WHERE kind = :kind"
                        + " AND part = :part AND day_number IN (:days)")
                .param("kind", kind).param("part", part).param("days", days).query(Integer.class).list());
        List<Object[]> missing = days.stream().filter(day -> !present.contains(day))
                .map(day -> new Object[] {kind, part, day, EMPTY}).toList();
        if (!missing.isEmpty()) {
            // Two transactions may create one pack at once: the second waits for the first, inserts nothing.
            template.batchUpdate("INSERT INTO stat_pack (kind, part, day_number, entries, payload)"
                    + " VALUES (?, ?, ?, 0, ?) ON CONFLICT DO NOTHING", missing);
        }
    }

    /**
     * Locks every pack of one kind and part from {@code fromDay} to {@code toDay}, after creating empty those of
     * {@code needed} that are missing, in order of day as {@link #lockAll} takes them; answers the days locked.
     */
    List<Integer> lockRange(String kind, int part, int fromDay, int toDay, Collection<Integer> needed) {
        for (List<Integer> slice : slices(needed.stream().sorted().toList())) {
            create(kind, part, slice);
        }
        return jdbc.sql("SELECT day_number FROM stat_pack WHERE kind = :kind AND part = :part"
                        + " AND day_number >= :from AND day_number <= :to ORDER BY day_number FOR UPDATE")
                .param("kind", kind).param("part", part).param("from", fromDay).param("to", toDay)
                .query(Integer.class).list();
    }

    /** Writes packs of one kind and part already locked, by day. */
    void writeAll(String kind, int part, Map<Integer, List<byte[]>> entriesByDay) {
        List<Object[]> rows = new ArrayList<>();
        entriesByDay.forEach((day, entries) -> rows.add(new Object[] {entries.size(), PackBytes.payload(entries),
                kind, part, day}));
        if (!rows.isEmpty()) {
            template.batchUpdate("UPDATE stat_pack SET entries = ?, payload = ? WHERE kind = ? AND part = ?"
                    + " AND day_number = ?", rows);
        }
    }

    /** Days in slices of at most {@value #SLICE}, in order (a statement's parameters are limited). */
    private static List<List<Integer>> slices(List<Integer> days) {
        List<List<Integer>> slices = new ArrayList<>();
        for (int i = 0; i < days.size(); i += SLICE) {
            slices.add(days.subList(i, Math.min(days.size(), i + SLICE)));
        }
        return slices;
    }

    /** The fact packs of these kinds for the days {@code fromDay} to {@code toDay}. */
    List<Pack> facts(List<FactKind> kinds, int fromDay, int toDay) {
        return jdbc.sql("SELECT kind, part, day_number, payload FROM stat_pack WHERE kind IN (:kinds) AND part = 0"
                        + " AND day_number >= :from AND day_number <= :to")
                .param("kinds", kinds.stream().map(FactKind::name).toList()).param("from", fromDay)
                .param("to", toDay).query((rs, n) -> new Pack(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getBytes(4))).list();
    }

    /** The stretch packs of stretches that began by {@code toDay} and end in {@code fromYear} or later. */
    List<Pack> spells(int fromYear, int toDay) {
        return jdbc.sql("SELECT kind, part, day_number, payload FROM stat_pack WHERE kind = :kind AND part >= :year"
                        + " AND day_number <= :to")
                .param("kind", SpellEntries.KIND).param("year", fromYear).param("to", toDay)
                .query((rs, n) -> new Pack(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4))).list();
    }

    /** Whether every pack has been built from the rows (see {@link PackBuilder}) and no import holds them. */
    boolean built() {
        return jdbc.sql("SELECT COUNT(*) FROM stat_pack_build").query(Long.class).single() > 0;
    }

    /**
     * Marks every pack built, unless a hold renewed since {@code liveSince} is there (its import will build them
     * again); holds older than that are of imports that died, and are forgotten. Answers whether marked.
     */
    boolean markBuilt(Instant at, Instant liveSince) {
        guard();
        jdbc.sql("DELETE FROM stat_pack_hold WHERE held_at < :since").param("since", FactStore.utc(liveSince))
                .update();
        if (held(liveSince)) {
            return false;
        }
        jdbc.sql("""
                MERGE INTO stat_pack_build b USING (VALUES (1)) AS v (id) ON b.id = v.id
                WHEN MATCHED THEN UPDATE SET built_at = :at
                WHEN NOT MATCHED THEN INSERT (id, built_at) VALUES (1, :at)""").param("at", FactStore.utc(at))
                .update();
        return true;
    }

    /** An import holds the packs: they are no longer built, and counting reads the rows until they are again. */
    void hold(UUID run, Instant at) {
        guard();
        jdbc.sql("INSERT INTO stat_pack_hold (run_id, held_at) VALUES (:run, :at)").param("run", run)
                .param("at", FactStore.utc(at)).update();
        jdbc.sql("DELETE FROM stat_pack_build").update();
    }

    void renew(UUID run, Instant at) {
        jdbc.sql("UPDATE stat_pack_hold SET held_at = :at WHERE run_id = :run").param("run", run)
                .param("at", FactStore.utc(at)).update();
    }

    void release(UUID run) {
        jdbc.sql("DELETE FROM stat_pack_hold WHERE run_id = :run").param("run", run).update();
    }

    /** Whether a hold renewed since {@code liveSince} is there. */
    boolean held(Instant liveSince) {
        return jdbc.sql("SELECT COUNT(*) FROM stat_pack_hold WHERE held_at >= :since")
                .param("since", FactStore.utc(liveSince)).query(Long.class).single() > 0;
    }

    /** Taking a hold and marking the packs built lock this one row first, so that they never cross. */
    private void guard() {
        jdbc.sql("SELECT id FROM stat_pack_guard WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }

    /** Forgets every pack (before the read model is derived again); counting reads the rows until rebuilt. */
    void deleteAll() {
        jdbc.sql("DELETE FROM stat_pack_build").update();
        jdbc.sql("DELETE FROM stat_pack").update();
    }

    private static List<Key> union(Map<Key, ?> a, Map<Key, ?> b) {
        List<Key> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }
}
