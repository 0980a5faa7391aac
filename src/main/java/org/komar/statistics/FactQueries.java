package org.komar.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the statistics read model for counting: the facts of a kind over a period, the children held at a moment,
 * the stretches held during a period, row by row for figures over someone's cases, from the packs for national
 * figures ({@link #packed}). {@code scope} is a SQL condition over the fact's {@code case_id} column
 * (always true for national figures), so that figures of someone with case access count only their cases.
 */
@Repository
class FactQueries {

    /** Which cases count: a SQL condition naming the column {@code x.case_id}, with its parameters. */
    record Scope(String condition, Map<String, Object> params) {

        static final Scope NATIONAL = new Scope("1 = 1", Map.of());

        boolean national() {
            return this == NATIONAL;
        }

        Map<String, Object> with(Map<String, Object> more) {
            Map<String, Object> all = new HashMap<>(params);
            all.putAll(more);
            return all;
        }
    }

    private static final int FETCH = 10_000;

    private final JdbcClient jdbc;
    private final PackStore packs;

    FactQueries(JdbcClient jdbc, PackStore packs) {
        this.jdbc = jdbc;
        this.packs = packs;
    }

    /** Whether national figures can be read from the packs (built, see {@link PackBuilder}). */
    boolean packsBuilt() {
        return packs.built();
    }

    FactRows facts(FactKind kind, Instant start, Instant end, Scope scope) {
        FactRows rows = new FactRows();
        jdbc.sql("SELECT x.child_key, x.profile, x.flag, x.occurred_at, x.aux_at FROM stat_fact x"
                        + " WHERE x.kind = :kind AND x.occurred_at >= :start AND x.occurred_at < :end AND "
                        + scope.condition())
                .params(scope.with(Map.of("kind", kind.name(), "start", FactStore.utc(start),
                        "end", FactStore.utc(end))))
                .withFetchSize(FETCH)
                .query(rs -> {
                    rows.add(rs.getLong(1), rs.getInt(2), (Boolean) rs.getObject(3), instant(rs.getObject(4,
                            OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class)));
                });
        return rows;
    }

    /**
     * Releases in the period; the flag says whether the child was brought back in conflict with the law: a case of
     * that role, of the same child, that began after the release, within a year of it and by {@code asOf}.
     */
    FactRows releases(Instant start, Instant end, Instant asOf, Scope scope) {
        FactRows rows = new FactRows();
        jdbc.sql("""
                SELECT x.child_key, x.profile, x.occurred_at, x.aux_at, x.reoffended_at FROM stat_fact x
                WHERE x.kind = 'RELEASE' AND x.occurred_at >= :start AND x.occurred_at < :end"""
                        + " AND " + scope.condition())
                .params(scope.with(Map.of("start", FactStore.utc(start), "end", FactStore.utc(end))))
                .withFetchSize(FETCH)
                .query(rs -> {
                    Instant reoffended = instant(rs.getObject(5, OffsetDateTime.class));
                    rows.add(rs.getLong(1), rs.getInt(2), reoffended != null && !reoffended.isAfter(asOf),
                            instant(rs.getObject(3, OffsetDateTime.class)),
                            instant(rs.getObject(4, OffsetDateTime.class)));
                });
        return rows;
    }

    /** National inputs read from the packs: the same rows, children held and stretches the queries above give. */
    record Packed(Map<FactKind, FactRows> facts, List<HeldChild> held, List<IndicatorEngine.Stay> stays) {
    }

    /**
     * The facts of the period, the children held at {@code asOf} and the stretches held during the period, for
     * national figures, read from the packs ({@link PackStore}) instead of row by row: the facts of the period's
     * days, and the stretches begun by the later of the period's end and {@code asOf} that end in the earlier of
     * their years or later, each then kept or not exactly as the row queries keep it.
     */
    Packed packed(Period period) {
        Map<FactKind, FactRows> facts = new java.util.EnumMap<>(FactKind.class);
        FactEntries.PACKED.forEach(kind -> facts.put(kind, new FactRows()));
        Instant asOf = period.asOf();
        for (PackStore.Pack pack : packs.facts(FactEntries.PACKED, (int) period.from().toEpochDay(),
                (int) period.to().toEpochDay())) {
            FactKind kind = FactKind.valueOf(pack.kind());
            FactEntries.read(pack.payload(), pack.day(), kind == FactKind.RELEASE, asOf, facts.get(kind));
        }
        Instant threeMonthsBefore = asOf.atZone(org.komar.shared.Cambodia.ZONE).minusMonths(3).toInstant();
        long from = period.start().getEpochSecond();
        long to = period.end().getEpochSecond();
        List<HeldChild> held = new ArrayList<>();
        List<IndicatorEngine.Stay> stays = new ArrayList<>();
        int fromYear = Math.min(period.from().getYear(), period.asOfDate().getYear());
        int toDay = (int) Math.max(period.to().toEpochDay(), period.asOfDate().toEpochDay());
        for (PackStore.Pack pack : packs.spells(fromYear, toDay)) {
            SpellEntries.read(pack.payload(), pack.day(), spell -> {
                if (spell.until().isAfter(asOf) && !spell.since().isAfter(asOf)) {
                    boolean family = false;
                    for (Instant contact : spell.familyContacts()) {
                        family |= contact.isAfter(threeMonthsBefore) && !contact.isAfter(asOf);
                    }
                    held.add(new HeldChild(spell.childKey(), spell.profile(),
                            spell.status() == Spell.Status.PRE_SENTENCE, spell.status() == Spell.Status.SENTENCED,
                            spell.detainedSince(), spell.statusSince(), spell.separated(), family));
                }
                if (spell.until().isAfter(period.start()) && spell.since().isBefore(period.end())) {
                    long since = Math.max(from, spell.since().getEpochSecond());
                    long until = Math.min(to, spell.until().getEpochSecond());
                    if (until > since) {
                        stays.add(new IndicatorEngine.Stay(spell.profile(), until - since));
                    }
                }
            });
        }
        return new Packed(facts, held, stays);
    }

    /** Children deprived of liberty at {@code asOf}, with family contact in the three months before it. */
    List<HeldChild> held(Instant asOf, Scope scope) {
        Instant threeMonthsBefore = asOf.atZone(org.komar.shared.Cambodia.ZONE).minusMonths(3).toInstant();
        List<HeldChild> held = new ArrayList<>();
        jdbc.sql("""
                SELECT x.child_key, x.profile, x.status, x.separated, x.detained_since, x.status_since,
                       CASE WHEN EXISTS (SELECT 1 FROM stat_fact f WHERE f.case_id = x.case_id
                                         AND f.kind = 'FAMILY_CONTACT' AND f.occurred_at > :since
                                         AND f.occurred_at <= :asOf) THEN TRUE ELSE FALSE END AS family
                FROM stat_spell x
                WHERE x.until > :asOf AND x.since <= :asOf""" + " AND " + scope.condition())
                .params(scope.with(Map.of("asOf", FactStore.utc(asOf), "since", FactStore.utc(threeMonthsBefore))))
                .withFetchSize(FETCH)
                .query(rs -> {
                    String status = rs.getString(3);
                    held.add(new HeldChild(rs.getLong(1), rs.getInt(2), Spell.Status.PRE_SENTENCE.name().equals(status),
                            Spell.Status.SENTENCED.name().equals(status), instant(rs.getObject(5, OffsetDateTime.class)),
                            instant(rs.getObject(6, OffsetDateTime.class)), (Boolean) rs.getObject(4),
                            rs.getBoolean(7)));
                });
        return held;
    }

    /** The part of every stretch of deprivation of liberty that falls inside the period. */
    List<IndicatorEngine.Stay> stays(Instant start, Instant end, Scope scope) {
        List<IndicatorEngine.Stay> stays = new ArrayList<>();
        long from = start.getEpochSecond();
        long to = end.getEpochSecond();
        jdbc.sql("SELECT x.profile, x.since, x.until FROM stat_spell x WHERE x.until > :start AND x.since < :end AND "
                        + scope.condition())
                .params(scope.with(Map.of("start", FactStore.utc(start), "end", FactStore.utc(end))))
                .withFetchSize(FETCH)
                .query(rs -> {
                    long since = Math.max(from, rs.getObject(2, OffsetDateTime.class).toEpochSecond());
                    long until = Math.min(to, rs.getObject(3, OffsetDateTime.class).toEpochSecond());
                    if (until > since) {
                        stays.add(new IndicatorEngine.Stay(rs.getInt(1), until - since));
                    }
                });
        return stays;
    }

    /** The profile of each of these cases that is within the scope. */
    Map<java.util.UUID, Integer> profiles(List<java.util.UUID> caseIds, Scope scope) {
        Map<java.util.UUID, Integer> profiles = new HashMap<>();
        for (int from = 0; from < caseIds.size(); from += 1000) {
            List<java.util.UUID> chunk = caseIds.subList(from, Math.min(caseIds.size(), from + 1000));
            jdbc.sql("SELECT x.case_id, x.profile FROM stat_case x WHERE x.case_id IN (:ids) AND " + scope.condition())
                    .params(scope.with(Map.of("ids", chunk)))
                    .query(rs -> {
                        profiles.put(rs.getObject(1, java.util.UUID.class), rs.getInt(2));
                    });
        }
        return profiles;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
