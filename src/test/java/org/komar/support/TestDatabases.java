package org.komar.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database the test suite runs on, chosen with {@code -Dkomar.test.db=h2|postgresql} (H2 by default). For
 * PostgreSQL a fresh database is created once per test JVM on the server named by {@code KOMAR_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code KOMAR_TEST_PG_USER}, default
 * {@code postgres}) and dropped when the JVM exits, so parallel runs never share data.
 */
public final class TestDatabases {

    private static String url;
    private static String username;

    private TestDatabases() {
    }

    /** The datasource and data directory of every test context (see IntegrationTest and BrowserTest). */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::url);
        registry.add("spring.datasource.username", TestDatabases::username);
        registry.add("spring.datasource.password", TestDatabases::password);
        registry.add("komar.data-dir", () -> System.getProperty("java.io.tmpdir") + "/komar-test");
        // Each test context keeps its own pool; opened lazily and kept small, so that several suites can share one
        // PostgreSQL server. Ten is still more than the concurrency tests' writers need.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    }

    public static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty("komar.test.db", "h2"));
    }

    public static synchronized String url() {
        if (url == null) {
            if (postgresql()) {
                createPostgresDatabase();
            } else {
                url = "jdbc:h2:mem:komar-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
                username = "sa";
            }
        }
        return url;
    }

    public static String password() {
        return postgresql() ? env("KOMAR_TEST_PG_PASSWORD", "") : "";
    }

    public static synchronized String username() {
        url();
        return username;
    }

    /**
     * A new, empty PostgreSQL database of its own on the test server (for tests that start Komar in another JVM or
     * restore into a fresh database); its JDBC URL. Drop it with {@link #dropPostgres}.
     */
    public static String newPostgres(String prefix) {
        String admin = env("KOMAR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        execute(admin, pgUser(), "CREATE DATABASE " + name);
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }

    public static void dropPostgres(String jdbcUrl) {
        String admin = env("KOMAR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        execute(admin, pgUser(), "DROP DATABASE IF EXISTS " + jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1)
                + " WITH (FORCE)");
    }

    public static String pgUser() {
        return env("KOMAR_TEST_PG_USER", "postgres");
    }

    private static void createPostgresDatabase() {
        String admin = env("KOMAR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        username = env("KOMAR_TEST_PG_USER", "postgres");
        String name = "komar_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        execute(admin, username, "CREATE DATABASE " + name);
        url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(admin, username, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException ignored) {
                // The server may already be gone at exit; an orphan test database is harmless.
            }
        }));
    }

    private static void execute(String jdbcUrl, String user, String sql) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password());
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
                return;
            } catch (SQLException e) {
                // 53300: the server has no connection left for now (other suites running); wait for one.
                if ("53300".equals(e.getSQLState()) && attempt < 30) {
                    pause();
                    continue;
                }
                throw new IllegalStateException("PostgreSQL for tests is not reachable at " + jdbcUrl
                        + " (start it, or run the tests on H2): " + e.getMessage(), e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
