package org.komar.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

/**
 * Writes the whole database to one file and puts it back, with the tools each database provides for it: H2's
 * {@code SCRIPT} (a gzip-compressed SQL script) and PostgreSQL's {@code pg_dump} custom format. A restore replaces
 * everything in the target database; a file that is not a backup of the same kind of database is refused before
 * anything is touched.
 */
public final class DatabaseBackup {

    /** The first line H2 writes into every script; a restore checks for it before dropping anything. */
    private static final String H2_SCRIPT_START = "-- H2 ";
    private static final byte[] PG_DUMP_MAGIC = {'P', 'G', 'D', 'M', 'P'};

    private final DataSource dataSource;
    private final String password;

    /** The password is needed for PostgreSQL's own tools, which open their own connections. */
    public DatabaseBackup(DataSource dataSource, String password) {
        this.dataSource = dataSource;
        this.password = password == null ? "" : password;
    }

    public void backup(Path file) throws BackupException {
        Path target = file.toAbsolutePath();
        try (Connection connection = dataSource.getConnection()) {
            switch (Vendor.of(connection)) {
                case H2 -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SCRIPT TO " + quoted(target) + " COMPRESSION GZIP");
                    }
                }
                case POSTGRESQL -> PostgresTools.of(connection, password)
                        .run("pg_dump", "--format=custom", "--no-owner", "--file=" + target);
            }
        } catch (SQLException e) {
            throw new BackupException("The database could not be read: " + e.getMessage(), e);
        }
    }

    public void restore(Path file) throws BackupException {
        Path source = file.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new BackupException("No backup file at " + source);
        }
        try (Connection connection = dataSource.getConnection()) {
            switch (Vendor.of(connection)) {
                case H2 -> restoreH2(connection, source);
                case POSTGRESQL -> {
                    requireStart(source, PG_DUMP_MAGIC, "a PostgreSQL backup (pg_dump custom format)");
                    // --single-transaction: a restore that fails part-way leaves the database as it was.
                    PostgresTools.of(connection, password).run("pg_restore", "--clean", "--if-exists",
                            "--no-owner", "--single-transaction", "--exit-on-error", source.toString());
                }
            }
        } catch (SQLException e) {
            throw new BackupException("The database could not be restored: " + e.getMessage(), e);
        }
    }

    private static void restoreH2(Connection connection, Path source) throws SQLException, BackupException {
        requireH2Script(source);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
            statement.execute("RUNSCRIPT FROM " + quoted(source) + " COMPRESSION GZIP");
        }
    }

    private static void requireH2Script(Path source) throws BackupException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(source))) {
            byte[] start = in.readNBytes(H2_SCRIPT_START.length());
            if (!H2_SCRIPT_START.equals(new String(start, java.nio.charset.StandardCharsets.US_ASCII))) {
                throw notA(source, "an H2 backup (Komar's embedded database)");
            }
        } catch (IOException notGzip) {
            throw notA(source, "an H2 backup (Komar's embedded database)");
        }
    }

    private static void requireStart(Path source, byte[] magic, String what) throws BackupException {
        try (InputStream in = Files.newInputStream(source)) {
            if (!java.util.Arrays.equals(in.readNBytes(magic.length), magic)) {
                throw notA(source, what);
            }
        } catch (IOException e) {
            throw new BackupException("The backup file cannot be read: " + e.getMessage(), e);
        }
    }

    private static BackupException notA(Path source, String what) {
        return new BackupException(source + " is not " + what + "; nothing was changed");
    }

    private static String quoted(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }

    enum Vendor {
        H2, POSTGRESQL;

        static Vendor of(Connection connection) throws SQLException, BackupException {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" -> H2;
                case "PostgreSQL" -> POSTGRESQL;
                default -> throw new BackupException("Backups of " + product + " are not supported");
            };
        }
    }
}
