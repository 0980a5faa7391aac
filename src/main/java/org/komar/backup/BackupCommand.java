package org.komar.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar komar.jar backup FILE} and {@code restore FILE}: start only the data source Komar is configured
 * with (same properties, profiles and environment as the server, no web server, no migrations), do the one thing,
 * and exit with 0 on success. On the embedded database Komar must be stopped first (H2 locks its file).
 */
public final class BackupCommand {

    public static final Set<String> NAMES = Set.of("backup", "restore");

    private BackupCommand() {
    }

    /** The exit status of the command named by the first argument. */
    public static int run(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("Usage: komar " + args[0] + " FILE [--spring.datasource.url=…]");
            return 2;
        }
        String command = args[0];
        Path file = Path.of(args[1]);
        String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DataSourceOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.com.zaxxer.hikari=WARN").run(springArgs)) {
            DatabaseBackup backups = new DatabaseBackup(context.getBean(DataSource.class),
                    context.getBean(DataSourceProperties.class).getPassword());
            if (command.equals("backup")) {
                backups.backup(file);
                System.err.println("Backed up the whole database to " + file.toAbsolutePath());
            } else {
                backups.restore(file);
                System.err.println("Restored the whole database from " + file.toAbsolutePath());
            }
            return 0;
        } catch (BackupException e) {
            System.err.println("Nothing was done: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("Nothing was done: " + rootMessage(e)
                    + " (on the embedded database, stop Komar before a backup or restore)");
            return 1;
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Not a component: read only when a command starts it, so the server's context never sees it. */
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class DataSourceOnly {
    }
}
