package org.komar.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.shared.FieldProblem;
import org.komar.shared.Json;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The imports and their refused lines ({@code import_run}, {@code import_refusal}): progress that any application
 * node can show, and the problems of refused lines as codes and arguments (never the lines themselves).
 */
@Repository
class ImportRuns {

    enum State { RUNNING, DONE, FAILED }

    /** An import as its page shows it. */
    record Run(UUID id, Importer.Source source, State state, UUID startedBy, Instant startedAt, Instant updatedAt,
               Instant finishedAt, Long totalBytes, long readBytes, long lines, long imported, long skipped,
               long refused, long events) {

        /** Per cent of the file read, when its size is known. */
        Integer percent() {
            if (totalBytes == null || totalBytes <= 0) {
                return state == State.RUNNING ? null : 100;
            }
            return (int) Math.min(100, readBytes * 100 / totalBytes);
        }

        boolean running() {
            return state == State.RUNNING;
        }
    }

    /** A refused line as stored: enough to say why, in any language, when shown. */
    record Refusal(long line, String caseId, KomarException problem) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportRuns(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void start(UUID id, Importer.Source source, UUID startedBy, Long totalBytes, Instant now) {
        jdbc.sql("""
                INSERT INTO import_run (id, source, status, started_by, started_at, updated_at, total_bytes)
                VALUES (:id, :source, 'RUNNING', :by, :at, :at, :total)""")
                .param("id", id).param("source", source.name()).param("by", startedBy).param("at", utc(now))
                .param("total", totalBytes).update();
    }

    void progress(UUID id, ImportSummary summary, Instant now) {
        jdbc.sql("""
                UPDATE import_run SET updated_at = :at, read_bytes = :read, lines_read = :lines, imported = :imported,
                       skipped = :skipped, refused = :refused, events = :events
                WHERE id = :id""")
                .param("at", utc(now)).param("read", summary.bytesRead()).param("lines", summary.lines())
                .param("imported", summary.imported()).param("skipped", summary.skipped())
                .param("refused", summary.refused()).param("events", summary.events()).param("id", id).update();
    }

    /**
     * Adds one chunk's lines to the run's progress, in the chunk's transaction. Adding rather than setting keeps the
     * row true to what is stored when chunks stored at once commit in any order.
     */
    void progressBy(UUID id, long lines, long imported, long skipped, long refused, long events, long readSoFar,
                    Instant now) {
        jdbc.sql("""
                UPDATE import_run SET updated_at = :at, read_bytes = GREATEST(read_bytes, :read),
                       lines_read = lines_read + :lines, imported = imported + :imported,
                       skipped = skipped + :skipped, refused = refused + :refused, events = events + :events
                WHERE id = :id""")
                .param("at", utc(now)).param("read", readSoFar).param("lines", lines).param("imported", imported)
                .param("skipped", skipped).param("refused", refused).param("events", events).param("id", id)
                .update();
    }

    void finish(UUID id, State state, Instant now) {
        jdbc.sql("UPDATE import_run SET status = :state, finished_at = :at, updated_at = :at WHERE id = :id")
                .param("state", state.name()).param("at", utc(now)).param("id", id).update();
    }

    void refusals(UUID id, List<LineResult> refused) {
        template.batchUpdate("""
                INSERT INTO import_refusal (run_id, line_no, case_id, status, code, args, errors)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", refused, 500, (ps, result) -> {
            KomarException problem = result.problem();
            List<Map<String, Object>> errors = new ArrayList<>();
            for (FieldProblem field : problem.fieldProblems()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("field", field.field());
                entry.put("code", field.code());
                entry.put("args", Arrays.stream(field.args()).map(String::valueOf).toList());
                errors.add(entry);
            }
            ps.setObject(1, id);
            ps.setInt(2, result.line());
            ps.setString(3, result.caseId());
            ps.setInt(4, problem.status());
            ps.setString(5, problem.code());
            ps.setString(6, Json.write(Arrays.stream(problem.args()).map(String::valueOf).toList()));
            ps.setString(7, errors.isEmpty() ? null : Json.write(errors));
        });
    }

    Optional<Run> find(UUID id) {
        return jdbc.sql("SELECT * FROM import_run WHERE id = :id").param("id", id).query((rs, n) -> run(rs))
                .optional();
    }

    List<Run> recent(int limit) {
        return jdbc.sql("SELECT * FROM import_run ORDER BY started_at DESC, id FETCH FIRST " + limit + " ROWS ONLY")
                .query((rs, n) -> run(rs)).list();
    }

    /** The first refused lines of a run, in line order. */
    List<Refusal> refusals(UUID id, int limit) {
        return jdbc.sql("SELECT * FROM import_refusal WHERE run_id = :id ORDER BY line_no FETCH FIRST " + limit
                        + " ROWS ONLY").param("id", id)
                .query((rs, n) -> refusal(rs)).list();
    }

    private static Refusal refusal(ResultSet rs) throws SQLException {
        List<Object> args = Json.readList(rs.getString("args"));
        List<FieldProblem> fields = new ArrayList<>();
        String errors = rs.getString("errors");
        if (errors != null) {
            for (Object entry : Json.readList(errors)) {
                Map<?, ?> error = (Map<?, ?>) entry;
                List<?> fieldArgs = (List<?>) error.get("args");
                fields.add(new FieldProblem(String.valueOf(error.get("field")), String.valueOf(error.get("code")),
                        fieldArgs == null ? new Object[0] : fieldArgs.toArray()));
            }
        }
        return new Refusal(rs.getInt("line_no"), rs.getString("case_id"), new KomarException(rs.getInt("status"),
                rs.getString("code"), fields, args == null ? new Object[0] : args.toArray()));
    }

    private static Run run(ResultSet rs) throws SQLException {
        long total = rs.getLong("total_bytes");
        Long totalBytes = rs.wasNull() ? null : total;
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new Run(rs.getObject("id", UUID.class), Importer.Source.valueOf(rs.getString("source")),
                State.valueOf(rs.getString("status")), rs.getObject("started_by", UUID.class),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), totalBytes, rs.getLong("read_bytes"),
                rs.getLong("lines_read"), rs.getLong("imported"), rs.getLong("skipped"), rs.getLong("refused"),
                rs.getLong("events"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
