package org.komar.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The floor under Komar's figures: the same reads and writes as the load, as the plain SQL Komar itself runs for
 * them, through JDBC with no web layer, no security, no JSON, no audit and no read models, with as many threads as
 * virtual users, each pausing between requests as the virtual users do. Komar's cost is then its latency as a
 * multiple of this one ({@link LoadReport}).
 */
final class JdbcFloor {

    static final Path RESULT = Path.of("target", "load", "jdbc-floor.json");

    private record Target(UUID caseId, String latin, String khmer, String province) {
    }

    private final String url;
    private final String user;
    private final String password;
    private final int sampleSize;
    private final Map<String, Histogram> latencies = new LinkedHashMap<>();
    private volatile boolean worklistKept;

    JdbcFloor(String url, String user, String password, int sampleSize) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.sampleSize = Math.max(sampleSize, 100);
        for (String name : List.of("open a case", "search a name (Latin)", "search a name (Khmer)",
                "append an event", "read the worklist", "read the national detention view")) {
            latencies.put(name, new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(1), 3));
        }
    }

    /**
     * A connection with the session settings Komar's own connections have ({@code application-prod.yml}: no JIT, no
     * parallel workers), so that the floor is the same SQL run the same way; {@code komar.load.jdbcOptions} to change.
     */
    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("options", System.getProperty("komar.load.jdbcOptions",
                "-c jit=off -c max_parallel_workers_per_gather=0"));
        return DriverManager.getConnection(url, properties);
    }

    /** {@code thinkMillis}: each thread pauses between half and one and a half times that after a request (0: none). */
    void run(int threads, int seconds, int thinkMillis) {
        try {
            List<Target> targets = targets();
            UUID recorder = recorder();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread worker = new Thread(() -> work(targets, recorder, end, thinkMillis),
                        "jdbc-floor-" + i);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            write(seconds);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The JDBC floor could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work(List<Target> targets, UUID recorder, long end, int thinkMillis) {
        try (Connection connection = connect()) {
            while (System.nanoTime() < end) {
                Target target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
                int dice = ThreadLocalRandom.current().nextInt(100);
                long start = System.nanoTime();
                String name;
                if (dice < 35) {
                    name = "open a case";
                    openCase(connection, target);
                } else if (dice < 45) {
                    name = "search a name (Latin)";
                    search(connection, "search_latin", target.latin());
                } else if (dice < 55) {
                    name = "search a name (Khmer)";
                    search(connection, "search_khmer", target.khmer());
                } else if (dice < 75) {
                    name = "append an event";
                    append(connection, target, recorder);
                } else if (dice < 90) {
                    name = "read the worklist";
                    worklist(connection, target);
                } else {
                    name = "read the national detention view";
                    detention(connection);
                }
                latencies.get(name).recordValue(System.nanoTime() - start);
                if (thinkMillis > 0) {
                    Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextInt(thinkMillis + 1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void openCase(Connection connection, Target target) throws SQLException {
        drain(connection, "SELECT * FROM case_file WHERE id = ?", target.caseId());
        drain(connection, "SELECT * FROM legal_event WHERE case_id = ? ORDER BY seq", target.caseId());
    }

    private static void search(Connection connection, String column, String key) throws SQLException {
        drain(connection, "SELECT * FROM child WHERE " + column + " LIKE ? ORDER BY registered_at DESC LIMIT 50",
                "%" + key + "%");
    }

    private static void append(Connection connection, Target target, UUID recorder) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement bump = connection.prepareStatement(
                "UPDATE timeline_stream SET version = version + 1 WHERE case_id = ? RETURNING version")) {
            bump.setObject(1, target.caseId());
            int version;
            try (ResultSet rs = bump.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO legal_event (id, case_id, seq,"
                    + " type, occurred_at, occurred_offset, recorded_at, recorded_by, attributes)"
                    + " VALUES (?, ?, ?, 'NOTIFIED', ?, 25200, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, target.caseId());
                insert.setInt(3, version);
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.setObject(6, recorder);
                insert.setString(7, "{\"party\":\"GUARDIAN\",\"reached\":true,\"means\":\"telephone\"}");
                insert.executeUpdate();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void worklist(Connection connection, Target target) throws SQLException {
        if (worklistKept) {
            drain(connection, "SELECT * FROM worklist_alert WHERE province_code = ?"
                    + " ORDER BY urgency_rank, urgent_at LIMIT 50", target.province());
        }
    }

    private static void detention(Connection connection) throws SQLException {
        drain(connection, "SELECT facility_code, status, COUNT(*) FROM detention_stay WHERE since <= ? AND until > ?"
                + " AND deprived = TRUE GROUP BY facility_code, status", Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
    }

    private static void drain(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int column = 1; column <= columns; column++) {
                        rs.getObject(column);
                    }
                }
            }
        }
    }

    /** Open cases picked at random (from a random point of the key space), with parts of their child's names. */
    private List<Target> targets() throws SQLException {
        List<Target> targets = new ArrayList<>();
        try (Connection connection = connect()) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "worklist_alert", null)) {
                worklistKept = tables.next();
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT c.id, ch.search_latin,"
                    + " ch.search_khmer, c.province_code FROM case_file c JOIN child ch ON ch.id = c.child_id"
                    + " WHERE c.id > ? ORDER BY c.id LIMIT ?")) {
                // From a random point of the key space, and from its start if that point is past every case.
                for (UUID from : List.of(UUID.randomUUID(), new UUID(0, 0))) {
                    statement.setObject(1, from);
                    statement.setInt(2, sampleSize);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            targets.add(new Target(rs.getObject(1, UUID.class), part(rs.getString(2)),
                                    part(rs.getString(3)), rs.getString(4)));
                        }
                    }
                    if (!targets.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (targets.isEmpty()) {
            throw new SQLException("no case in the database at " + url);
        }
        return targets;
    }

    private UUID recorder() throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("SELECT id FROM app_user ORDER BY username");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static String part(String key) {
        if (key == null || key.isBlank()) {
            return "a";
        }
        return Samples.partial(key, 3);
    }

    private void write(int seconds) throws IOException {
        StringBuilder json = new StringBuilder("{\"seconds\":").append(seconds).append(",\"requests\":{");
        String separator = "";
        for (Map.Entry<String, Histogram> entry : latencies.entrySet()) {
            Histogram h = entry.getValue();
            json.append(separator).append('"').append(entry.getKey()).append("\":{\"count\":")
                    .append(h.getTotalCount())
                    .append(",\"p50\":").append(millis(h, 50)).append(",\"p95\":").append(millis(h, 95))
                    .append(",\"p99\":").append(millis(h, 99)).append('}');
            separator = ",";
        }
        json.append("}}");
        Files.createDirectories(RESULT.getParent());
        Files.writeString(RESULT, json);
        System.out.println("JDBC floor: " + json);
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0
                : Math.round(histogram.getValueAtPercentile(percentile) / 10_000.0) / 100.0;
    }
}
