package org.komar.shared;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Many rows into one table in one go, in the caller's transaction: a {@code COPY … FROM STDIN} on PostgreSQL (several
 * times cheaper for the server than batched inserts), a JDBC batch of inserts elsewhere (H2). For bulk paths only
 * (imports): values are strings, numbers, booleans, UUIDs, instants, offset date-times, dates or null.
 */
@Component
public class BulkInsert {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private volatile Boolean postgresql;

    public BulkInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (postgresql()) {
            copy(table, columns, rows);
            return;
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        jdbc.batchUpdate(sql, rows, BATCH, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                Object value = row[i];
                ps.setObject(i + 1, value instanceof Instant instant ? OffsetDateTime.ofInstant(instant,
                        ZoneOffset.UTC) : value);
            }
        });
    }

    private void copy(String table, List<String> columns, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, row[i]);
            }
            text.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        jdbc.execute((ConnectionCallback<Long>) connection ->
                copyIn(connection, sql, text.toString()));
    }

    private static long copyIn(Connection connection, String sql, String text) throws java.sql.SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text));
        } catch (java.io.IOException e) {
            throw new java.sql.SQLException(e);
        }
    }

    /** A value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else if (value instanceof Number || value instanceof UUID || value instanceof LocalDate) {
            text.append(value);
        } else if (value instanceof Instant instant) {
            text.append(instant.atOffset(ZoneOffset.UTC)); // Instant's own text goes through a formatter, slower
        } else if (value instanceof OffsetDateTime moment) {
            text.append(moment);
        } else {
            String string = value.toString();
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }

    /**
     * Brings PostgreSQL's planner statistics up to date after many rows went in. Autovacuum analyses a table only
     * once a tenth of it changed, may be behind during a long load, and may be off: planning a chunk's lookups of a
     * few cases with the statistics of a nearly empty table, PostgreSQL scans every row of a kind instead of using
     * the case's index, and each chunk of an import costs more than the one before. {@code ANALYZE} samples a fixed
     * number of rows per table, so it costs about the same at any size. Outside any transaction; nothing on H2.
     */
    public void refreshStatistics() {
        if (postgresql()) {
            jdbc.execute("ANALYZE");
        }
    }

    /**
     * Marks the pages of these tables as seen by every transaction (PostgreSQL's {@code VACUUM}) after many rows went
     * in, so that an index-only scan reads the index alone instead of visiting the rows: until a vacuum, it visits
     * every row it finds. Only outside a transaction (a vacuum cannot run in one); nothing on H2.
     */
    public void vacuum(String... tables) {
        if (postgresql() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.execute("VACUUM " + String.join(", ", tables));
        }
    }

    /** Whether the database is PostgreSQL (else H2). */
    public boolean postgresql() {
        Boolean known = postgresql;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                            .contains("postgresql"));
            postgresql = known;
        }
        return known;
    }
}
