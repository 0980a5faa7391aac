package org.komar.statistics;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child-population tables: imported by administrators from CSV (validated whole, written whole or not at all),
 * listed, retired; and the table a period's rates use: the newest table of the period's year, else of the nearest
 * earlier year, else of the nearest later year.
 */
@Service
public class PopulationService {

    /** The outcome of an import: the table written, or every problem found (nothing written then). */
    public record ImportReport(PopulationTable table, List<PopulationProblem> problems, boolean truncated) {

        public boolean imported() {
            return table != null;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<UUID, Population> loaded = new ConcurrentHashMap<>();

    PopulationService(JdbcClient jdbc, JdbcTemplate template, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PopulationTable> tables() {
        return jdbc.sql("SELECT * FROM stat_population_table ORDER BY reference_year DESC, imported_at DESC")
                .query((rs, n) -> new PopulationTable(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("reference_year"), rs.getString("source"), rs.getLong("total"),
                        rs.getObject("imported_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getBoolean("retired")))
                .list();
    }

    @Transactional
    public ImportReport importCsv(Actor actor, String name, Integer year, String source, Reader csv) {
        actor.require(Permission.REFERENCE_ADMIN);
        FieldProblems problems = new FieldProblems();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            problems.add("name", "REQUIRED");
        } else if (cleanName.length() > 200) {
            problems.add("name", "TEXT_TOO_LONG", 200);
        }
        if (year == null) {
            problems.add("year", "REQUIRED");
        } else if (year < 1990 || year > 2100) {
            problems.add("year", "OUT_OF_RANGE", 1990, 2100);
        }
        String cleanSource = source == null || source.isBlank() ? null : source.strip();
        if (cleanSource != null && cleanSource.length() > 500) {
            problems.add("source", "TEXT_TOO_LONG", 500);
        }
        problems.throwIfAny();
        PopulationCsv.Result result;
        try {
            result = PopulationCsv.read(csv);
        } catch (IOException unreadable) {
            result = new PopulationCsv.Result(List.of(), List.of(new PopulationProblem(0, "MALFORMED", List.of())),
                    false);
        }
        if (!result.ok()) {
            return new ImportReport(null, result.problems(), result.truncated());
        }
        Instant now = clock.instant();
        PopulationTable table = new PopulationTable(UUID.randomUUID(), cleanName, year, cleanSource, result.total(),
                now, false);
        jdbc.sql("""
                INSERT INTO stat_population_table (id, name, reference_year, source, total, imported_at, imported_by)
                VALUES (:id, :name, :year, :source, :total, :at, :by)""")
                .param("id", table.id()).param("name", table.name()).param("year", table.referenceYear())
                .param("source", table.source()).param("total", table.total()).param("at", FactStore.utc(now))
                .param("by", actor.userId().value()).update();
        template.batchUpdate("INSERT INTO stat_population (table_id, province_code, sex, age, children) "
                + "VALUES (?, ?, ?, ?, ?)", result.rows(), 500, (ps, row) -> {
                    ps.setObject(1, table.id());
                    ps.setString(2, row.province());
                    ps.setString(3, row.sex());
                    ps.setInt(4, row.age());
                    ps.setLong(5, row.children());
                });
        audit.record(actor, "POPULATION_IMPORTED", AuditSubject.of("POPULATION", table.id().toString()), null,
                "year=" + year + " total=" + table.total());
        return new ImportReport(table, List.of(), false);
    }

    @Transactional
    public void retire(Actor actor, UUID id) {
        actor.require(Permission.REFERENCE_ADMIN);
        int updated = jdbc.sql("UPDATE stat_population_table SET retired = TRUE WHERE id = :id AND retired = FALSE")
                .param("id", id).update();
        if (updated == 0) {
            throw KomarException.notFound("POPULATION_NOT_FOUND");
        }
        audit.record(actor, "POPULATION_RETIRED", AuditSubject.of("POPULATION", id.toString()));
    }

    /** The table rates for a period ending in {@code year} are computed with, if any table was imported. */
    @Transactional(readOnly = true)
    public Optional<PopulationTable> tableFor(int year) {
        List<PopulationTable> live = tables().stream().filter(table -> !table.retired()).toList();
        Comparator<PopulationTable> newest = Comparator.comparing(PopulationTable::importedAt).reversed();
        Optional<PopulationTable> exact = live.stream().filter(t -> t.referenceYear() == year).min(newest);
        if (exact.isPresent()) {
            return exact;
        }
        Optional<PopulationTable> earlier = live.stream().filter(t -> t.referenceYear() < year)
                .max(Comparator.comparingInt(PopulationTable::referenceYear).thenComparing(PopulationTable::importedAt));
        return earlier.isPresent() ? earlier : live.stream().filter(t -> t.referenceYear() > year)
                .min(Comparator.comparingInt(PopulationTable::referenceYear)
                        .thenComparing(PopulationTable::importedAt, Comparator.reverseOrder()));
    }

    Optional<Population> populationFor(int year) {
        return tableFor(year).map(table -> loaded.computeIfAbsent(table.id(), id -> load(table)));
    }

    private Population load(PopulationTable table) {
        Population population = new Population(table);
        jdbc.sql("SELECT province_code, sex, age, children FROM stat_population WHERE table_id = :id")
                .param("id", table.id())
                .query(rs -> {
                    population.add(rs.getString("province_code"), rs.getString("sex"), rs.getInt("age"),
                            rs.getLong("children"));
                });
        return population;
    }
}
