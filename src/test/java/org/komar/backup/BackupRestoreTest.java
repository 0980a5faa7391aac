package org.komar.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.support.IntegrationTest;
import org.komar.support.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The backup and restore commands round-trip the whole database: a backup of Komar's live database restored into
 * an empty one gives the same rows in every table, a restore over changed data puts the backed-up state back, and a
 * file that is not a backup changes nothing.
 */
class BackupRestoreTest extends IntegrationTest {

    @Autowired
    DataSource live;

    @TempDir
    Path directory;

    private String targetUrl;
    private DataSource target;

    @BeforeEach
    void emptyTarget() {
        if (TestDatabases.postgresql()) {
            targetUrl = TestDatabases.newPostgres("komar_restore");
            target = new DriverManagerDataSource(targetUrl, TestDatabases.pgUser(), TestDatabases.password());
        } else {
            targetUrl = "jdbc:h2:mem:restore-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            target = new DriverManagerDataSource(targetUrl, "sa", "");
        }
    }

    @AfterEach
    void dropTarget() throws SQLException {
        if (TestDatabases.postgresql()) {
            TestDatabases.dropPostgres(targetUrl);
        } else {
            execute(target, "SHUTDOWN");
        }
    }

    @Test
    void the_command_restores_a_backup_into_an_empty_database_with_every_row_of_every_table() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        fixtures.conflictCase(police, fixtures.child(police));
        Path file = directory.resolve("komar.backup");

        assertThat(BackupCommand.run(args("backup", file, TestDatabases.url(), TestDatabases.username()))).isZero();
        assertThat(file).isNotEmptyFile();
        assertThat(BackupCommand.run(args("restore", file, targetUrl, user()))).isZero();

        Map<String, String> restored = fingerprint(target);
        assertThat(restored).containsKeys("legal_event", "child", "flyway_schema_history");
        assertThat(rows(target, "child")).isPositive();
        assertThat(restored).isEqualTo(fingerprint(live));
    }

    @Test
    void a_restore_over_changed_data_brings_back_the_backed_up_state() throws Exception {
        DatabaseBackup targetBackups = new DatabaseBackup(target, TestDatabases.password());
        new DatabaseBackup(live, TestDatabases.password()).backup(directory.resolve("live.backup"));
        targetBackups.restore(directory.resolve("live.backup"));
        Map<String, String> backedUp = fingerprint(target);
        long agencies = rows(target, "agency");

        execute(target, "DELETE FROM user_role");
        execute(target, "UPDATE app_user SET failed_logins = failed_logins + 7");
        assertThat(fingerprint(target)).isNotEqualTo(backedUp);

        targetBackups.restore(directory.resolve("live.backup"));
        assertThat(fingerprint(target)).isEqualTo(backedUp);
        assertThat(rows(target, "agency")).isEqualTo(agencies);
    }

    @Test
    void a_file_that_is_not_a_backup_changes_nothing() throws Exception {
        DatabaseBackup targetBackups = new DatabaseBackup(target, TestDatabases.password());
        new DatabaseBackup(live, TestDatabases.password()).backup(directory.resolve("live.backup"));
        targetBackups.restore(directory.resolve("live.backup"));
        Map<String, String> before = fingerprint(target);
        Path notABackup = Files.writeString(directory.resolve("notes.txt"), "DROP TABLE child;",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> targetBackups.restore(notABackup)).isInstanceOf(BackupException.class)
                .hasMessageContaining("nothing was changed");
        assertThatThrownBy(() -> targetBackups.restore(directory.resolve("missing.backup")))
                .isInstanceOf(BackupException.class);
        assertThat(BackupCommand.run(args("restore", notABackup, targetUrl, user()))).isEqualTo(1);
        assertThat(fingerprint(target)).isEqualTo(before);
    }

    private String user() {
        return TestDatabases.postgresql() ? TestDatabases.pgUser() : "sa";
    }

    private static String[] args(String command, Path file, String url, String user) {
        return new String[] {command, file.toString(), "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + TestDatabases.password(),
                "--logging.level.root=WARN"};
    }

    /** Per table of the application's schema, its row count and a digest of all its rows in a stable order. */
    private static Map<String, String> fingerprint(DataSource dataSource) throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            Object value = rs.getObject(column);
                            row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value)
                                    .append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
                tables.put(table, rows.size() + ":" + HexFormat.of().formatHex(digest.digest()));
            }
        }
        return tables;
    }

    private static long rows(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
