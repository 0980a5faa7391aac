package org.komar.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs PostgreSQL's client tools against the database a JDBC connection points at. The password travels in the
 * tool's environment ({@code PGPASSWORD}), never on its command line where other users of the machine could read it.
 */
final class PostgresTools {

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;

    private PostgresTools(String host, int port, String database, String user, String password) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    static PostgresTools of(Connection connection, String password) throws SQLException {
        String jdbcUrl = connection.getMetaData().getURL();
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null || uri.getPath().length() < 2 ? "/postgres" : uri.getPath();
        return new PostgresTools(uri.getHost() == null ? "localhost" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(), path.substring(1), connection.getMetaData().getUserName(),
                password);
    }

    void run(String tool, String... arguments) throws BackupException {
        List<String> command = new ArrayList<>(List.of(tool, "--host=" + host, "--port=" + port,
                "--username=" + user, "--dbname=" + database, "--no-password"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new BackupException(tool + " failed (exit " + exit + "): " + output);
            }
        } catch (IOException e) {
            throw new BackupException(tool + " could not be started; install PostgreSQL's client tools "
                    + "(Debian: postgresql-client) of the server's version or newer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(tool + " was interrupted", e);
        }
    }
}
