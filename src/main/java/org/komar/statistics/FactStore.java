package org.komar.statistics;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.shared.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the statistics read model: one {@code stat_case} row and its {@code stat_fact} and {@code stat_spell} rows
 * per case; reads back what a case keeps in the packs ({@link PackStore}) from those rows, as stored, so that the
 * entries a change removes are exactly those it once added.
 */
@Repository
class FactStore {

    /** One case as the read model keeps it. */
    record CaseRow(CaseId caseId, UUID childId, int profile, String role, Instant startedAt, List<Fact> facts,
                   List<Spell> spells) {
    }

    /** Stored as the end of a stretch that has not ended, so that "held at a moment" is one range condition. */
    static final Instant OPEN_END = Instant.parse("9999-12-31T00:00:00Z");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FactStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A case as {@code stat_case} keeps it: what re-offending is judged from. */
    record StoredCase(UUID caseId, long childKey, String role, Instant startedAt) {
    }

    /** A 64-bit key for a child, so that counting distinct children compares longs rather than UUIDs. */
    static long childKey(UUID childId) {
        return childId.getMostSignificantBits() ^ childId.getLeastSignificantBits();
    }

    /** Replaces what is kept for these cases (those absent from {@code rows} are forgotten). */
    void replace(Collection<CaseId> caseIds, List<CaseRow> rows, Instant now) {
        delete(caseIds);
        insert(rows, now);
    }

    void delete(Collection<CaseId> caseIds) {
        List<UUID> ids = caseIds.stream().map(CaseId::value).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.sql("DELETE FROM stat_fact WHERE case_id IN (:ids)").param("ids", chunk).update();
            jdbc.sql("DELETE FROM stat_spell WHERE case_id IN (:ids)").param("ids", chunk).update();
            jdbc.sql("DELETE FROM stat_case WHERE case_id IN (:ids)").param("ids", chunk).update();
        }
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM stat_fact").update();
        jdbc.sql("DELETE FROM stat_spell").update();
        jdbc.sql("DELETE FROM stat_case").update();
    }

    private void insert(List<CaseRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime refreshed = utc(now);
        template.batchUpdate("""
                INSERT INTO stat_case (case_id, child_id, child_key, profile, role, started_at, refreshed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows, 500, (ps, row) -> {
            ps.setObject(1, row.caseId().value());
            ps.setObject(2, row.childId());
            ps.setLong(3, childKey(row.childId()));
            ps.setInt(4, row.profile());
            ps.setString(5, row.role());
            setInstant(ps, 6, row.startedAt());
            ps.setObject(7, refreshed);
        });
        List<Object[]> facts = new ArrayList<>();
        for (CaseRow row : rows) {
            for (Fact fact : row.facts()) {
                facts.add(new Object[] {row.caseId().value(), childKey(row.childId()), fact, row.profile()});
            }
        }
        template.batchUpdate("""
                INSERT INTO stat_fact (case_id, child_key, kind, occurred_at, profile, flag, aux_at, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", facts, 1000, (ps, values) -> {
            Fact fact = (Fact) values[2];
            ps.setObject(1, values[0]);
            ps.setLong(2, (Long) values[1]);
            ps.setString(3, fact.kind().name());
            setInstant(ps, 4, fact.at());
            ps.setInt(5, (Integer) values[3]);
            if (fact.flag() == null) {
                ps.setNull(6, Types.BOOLEAN);
            } else {
                ps.setBoolean(6, fact.flag());
            }
            setInstant(ps, 7, fact.auxAt());
            ps.setString(8, fact.detail() == null || fact.detail().length() <= 60 ? fact.detail()
                    : fact.detail().substring(0, 60));
        });
        insertSpells(rows);
    }

    private void insertSpells(List<CaseRow> rows) {
        List<Object[]> spells = new ArrayList<>();
        for (CaseRow row : rows) {
            for (Spell spell : row.spells()) {
                spells.add(new Object[] {row, spell});
            }
        }
        template.batchUpdate("""
                INSERT INTO stat_spell (case_id, child_key, profile, since, until, status, separated,
                                        detained_since, status_since)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", spells, 1000, (ps, values) -> {
            CaseRow row = (CaseRow) values[0];
            Spell spell = (Spell) values[1];
            ps.setObject(1, row.caseId().value());
            ps.setLong(2, childKey(row.childId()));
            ps.setInt(3, row.profile());
            setInstant(ps, 4, spell.since());
            setInstant(ps, 5, spell.until() == null ? OPEN_END : spell.until());
            ps.setString(6, spell.status().name());
            if (spell.separated() == null) {
                ps.setNull(7, Types.BOOLEAN);
            } else {
                ps.setBoolean(7, spell.separated());
            }
            setInstant(ps, 8, spell.detainedSince());
            setInstant(ps, 9, spell.statusSince());
        });
    }

    /** The children of these cases, as stored. */
    List<Long> childKeysOf(Collection<CaseId> caseIds) {
        List<Long> keys = new ArrayList<>();
        forChunks(caseIds.stream().map(CaseId::value).toList(), chunk -> keys.addAll(jdbc.sql(
                "SELECT DISTINCT child_key FROM stat_case WHERE case_id IN (:ids)").param("ids", chunk)
                .query(Long.class).list()));
        return keys;
    }

    /**
     * Every case of these children, their rows locked until the transaction ends: changes to a child's cases (one
     * event, a correction of the child, an import) are made one after the other, so that what one case's release
     * says about the child's later cases is never judged from a state another transaction is changing.
     */
    List<StoredCase> lockChildren(Collection<Long> childKeys) {
        List<Long> keys = childKeys.stream().distinct().sorted().toList();
        List<StoredCase> found = new ArrayList<>();
        forChunks(keys, chunk -> found.addAll(jdbc.sql("""
                        SELECT case_id, child_key, role, started_at FROM stat_case WHERE child_key IN (:keys)
                        ORDER BY child_key, case_id FOR UPDATE""").param("keys", chunk)
                .query((rs, n) -> new StoredCase(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class)))).list()));
        return found;
    }

    /**
     * Sets {@code reoffended_at} of every release of these cases (all cases of some children, as locked by {@link
     * #lockChildren} after any change to them), where it differs from what is stored.
     */
    void updateReoffending(List<StoredCase> cases) {
        Map<UUID, StoredCase> byId = new HashMap<>();
        Map<Long, List<StoredCase>> byChild = new HashMap<>();
        for (StoredCase kase : cases) {
            byId.put(kase.caseId(), kase);
            byChild.computeIfAbsent(kase.childKey(), k -> new ArrayList<>()).add(kase);
        }
        List<Object[]> changed = new ArrayList<>();
        forChunks(new ArrayList<>(byId.keySet()), chunk -> jdbc.sql("""
                        SELECT case_id, occurred_at, reoffended_at FROM stat_fact
                        WHERE kind = 'RELEASE' AND case_id IN (:ids)""").param("ids", chunk)
                .query(rs -> {
                    UUID caseId = rs.getObject(1, UUID.class);
                    OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                    Instant stored = instant(rs.getObject(3, OffsetDateTime.class));
                    Instant now = reoffendedAt(at.toInstant(), caseId, byChild.get(byId.get(caseId).childKey()));
                    if (!java.util.Objects.equals(stored, now)) {
                        changed.add(new Object[] {now == null ? null : utc(now), caseId, at});
                    }
                }));
        template.batchUpdate("UPDATE stat_fact SET reoffended_at = ? WHERE case_id = ? AND kind = 'RELEASE'"
                + " AND occurred_at = ?", changed, 500, (ps, values) -> {
            if (values[0] == null) {
                ps.setNull(1, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(1, values[0]);
            }
            ps.setObject(2, values[1]);
            ps.setObject(3, values[2]);
        });
    }

    /**
     * When a child released was brought back in conflict with the law: the start of the child's first other case
     * in that role that began after the release and within twelve months of it (months counted in UTC, as the
     * database counts them); null if none. Whether that was by the census moment is decided when counting.
     */
    static Instant reoffendedAt(Instant release, UUID releaseCase, List<StoredCase> childCases) {
        Instant limit = OffsetDateTime.ofInstant(release, ZoneOffset.UTC).plusMonths(12).toInstant();
        Instant first = null;
        for (StoredCase kase : childCases) {
            Instant started = kase.startedAt();
            if (!kase.caseId().equals(releaseCase) && "CONFLICT_WITH_LAW".equals(kase.role()) && started != null
                    && started.isAfter(release) && !started.isAfter(limit)
                    && (first == null || started.isBefore(first))) {
                first = started;
            }
        }
        return first;
    }

    /** What these cases keep in the packs, read from their stored rows: entries by pack. */
    Map<PackStore.Key, List<byte[]>> packEntries(Collection<UUID> caseIds) {
        Map<PackStore.Key, List<byte[]>> entries = new HashMap<>();
        Map<UUID, List<Instant>> family = new HashMap<>();
        forChunks(new ArrayList<>(caseIds), chunk -> jdbc.sql("""
                        SELECT case_id, child_key, kind, occurred_at, profile, flag, aux_at, reoffended_at
                        FROM stat_fact WHERE case_id IN (:ids)""").param("ids", chunk)
                .query(rs -> {
                    FactKind kind = FactKind.valueOf(rs.getString(3));
                    Instant at = rs.getObject(4, OffsetDateTime.class).toInstant();
                    if (kind == FactKind.FAMILY_CONTACT) {
                        family.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(at);
                    } else if (FactEntries.PACKED.contains(kind)) {
                        entries.computeIfAbsent(FactEntries.key(kind, at), k -> new ArrayList<>()).add(
                                FactEntries.entry(kind, rs.getLong(2), rs.getInt(5), (Boolean) rs.getObject(6), at,
                                        instant(rs.getObject(7, OffsetDateTime.class)),
                                        instant(rs.getObject(8, OffsetDateTime.class))));
                    }
                }));
        forChunks(new ArrayList<>(caseIds), chunk -> jdbc.sql("""
                        SELECT case_id, child_key, profile, since, until, status, separated, detained_since,
                               status_since
                        FROM stat_spell WHERE case_id IN (:ids)""").param("ids", chunk)
                .query(rs -> {
                    SpellEntries.Entry spell = spell(rs, family.getOrDefault(rs.getObject(1, UUID.class), List.of()));
                    entries.computeIfAbsent(SpellEntries.key(spell.since(), spell.until()), k -> new ArrayList<>())
                            .add(SpellEntries.entry(spell));
                }));
        return entries;
    }

    /** A {@code stat_spell} row (columns as {@link #packEntries} selects them) with its case's family contacts. */
    static SpellEntries.Entry spell(java.sql.ResultSet rs, List<Instant> familyContacts) throws SQLException {
        return new SpellEntries.Entry(rs.getLong(2), rs.getInt(3), Spell.Status.valueOf(rs.getString(6)),
                (Boolean) rs.getObject(7), rs.getObject(4, OffsetDateTime.class).toInstant(),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getObject(9, OffsetDateTime.class).toInstant(),
                familyContacts.stream().sorted().toList());
    }

    private static <T> void forChunks(List<T> values, java.util.function.Consumer<List<T>> each) {
        for (int from = 0; from < values.size(); from += 1000) {
            each.accept(values.subList(from, Math.min(values.size(), from + 1000)));
        }
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    long caseCount() {
        return jdbc.sql("SELECT COUNT(*) FROM stat_case").query(Long.class).single();
    }

    private static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, utc(instant));
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
