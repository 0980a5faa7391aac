package org.komar.statistics;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.komar.shared.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the statistics read model: one {@code stat_case} row and its {@code stat_fact} rows per case. */
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
