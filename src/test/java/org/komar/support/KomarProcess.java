package org.komar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Komar running in a JVM of its own, started from the test class path (the application's classes and its
 * dependencies, without the test classes, so it is the production application and nothing else), on a free port and
 * the database given by its arguments. {@link #kill()} is SIGKILL on Linux: no shutdown hook, no graceful stop.
 */
public final class KomarProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private KomarProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Komar with the given {@code --name=value} arguments (the port is added) and environment, writing its
     * output to {@code log}; returns once {@code /actuator/health} says UP.
     */
    public static KomarProcess start(List<String> arguments, Map<String, String> environment, Path log,
                                     Duration timeout) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", applicationClassPath(),
                "org.komar.KomarApplication", "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            KomarProcess started = new KomarProcess(builder.start(), port, log);
            started.awaitHealthy(timeout);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM stops where it stands, mid-request and mid-transaction. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Komar (pid " + process.pid() + ") did not die");
        }
    }

    /** SIGTERM: a graceful stop, as an operator's service manager would do it. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Komar exited with " + process.exitValue() + " while starting: "
                        + tail());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Komar did not become healthy within " + timeout + ": " + tail());
    }

    /** The last lines Komar wrote, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** What a command of the jar did: its exit status and what it wrote on standard output and error. */
    public record CommandResult(int exitCode, String output, String errors) {
    }

    /**
     * Runs a command of the jar ({@code KomarApplication} with {@code arguments}, e.g. {@code import FILE}) in a JVM of
     * its own, as {@code java -jar komar.jar …} would, and waits for it to end.
     */
    public static CommandResult command(List<String> arguments, Map<String, String> environment, Path workDir,
                                        Duration timeout) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", applicationClassPath(),
                "org.komar.KomarApplication"));
        command.addAll(arguments);
        try {
            Path out = Files.createTempFile(workDir, "command", ".out");
            Path err = Files.createTempFile(workDir, "command", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the command did not end within " + timeout + ": " + arguments);
            }
            return new CommandResult(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The class path this test JVM runs on, with surefire's manifest-only jar expanded, minus the test classes: the
     * application's own classes and its dependencies.
     */
    static String applicationClassPath() {
        String given = System.getProperty("surefire.test.class.path");
        if (given == null || given.isBlank()) {
            given = System.getProperty("java.class.path");
        }
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : given.split(java.io.File.pathSeparator)) {
            entries.addAll(expand(entry));
        }
        entries.removeIf(entry -> Paths.get(entry).endsWith(Paths.get("target", "test-classes"))
                || entry.contains("surefirebooter"));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<String> expand(String entry) {
        List<String> expanded = new ArrayList<>();
        expanded.add(entry);
        if (entry.endsWith(".jar") && Paths.get(entry).getFileName().toString().startsWith("surefirebooter")) {
            try (JarFile jar = new JarFile(entry)) {
                Manifest manifest = jar.getManifest();
                String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                if (classPath != null) {
                    for (String url : classPath.trim().split("\\s+")) {
                        expanded.add(Paths.get(URI.create(url.startsWith("file:") ? url : "file:" + url)).toString());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return expanded;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
