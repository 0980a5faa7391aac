package org.komar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import net.jqwik.api.lifecycle.BeforeProperty;
import org.komar.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the property-based tests that send hostile input to Komar over real HTTP (the browser tests' application
 * context: the whole application on a random port, its database shared with the rest of the suite). jqwik runs the
 * properties; Spring's test context is attached by hand ({@link TestContextManager}), so the context is the one the
 * other tests already started. Every answer to hostile input is checked the same way ({@link #assertHandled}): never a
 * 5xx; a refusal is a 4xx problem (RFC 9457) with a stable {@code code}, a {@code detail} in the language asked for
 * and no trace of an exception; and a refusal changes nothing: the row count of every table, the audit trail
 * included, is the same before and after.
 */
abstract class LiveProperties extends BrowserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern KHMER = Pattern.compile("[\\u1780-\\u17FF]");
    /** Words that would show an exception, a stack trace or the database behind Komar. */
    private static final List<String> LEAKS = List.of("Exception", "exception", "\tat ", "at org.", "at java.",
            "org.springframework", "java.lang", "java.util", "tools.jackson", "com.fasterxml", "SQLState",
            "org.h2", "org.postgresql", "jdbc:", "Caused by", "NullPointer", "Whitelabel", "Apache Tomcat");
    /** Per property: outcomes counted by kind, written to target/fuzz/outcomes.txt for the reliability notes. */
    private static final Map<String, Map<String, AtomicLong>> OUTCOMES = new ConcurrentSkipListMap<>();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext application;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeProperty
    void attachSpring() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    org.komar.support.Fixtures fixtures() {
        return fixtures;
    }

    java.time.Clock clock() {
        return clock;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    // ---- requests

    /** One request: method, path (already encoded), body and its content type, headers. */
    record Call(String method, String path, byte[] body, String contentType, Map<String, String> headers) {

        static Call get(String path, Map<String, String> headers) {
            return new Call("GET", path, null, null, headers);
        }
    }

    HttpResponse<String> send(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + call.path()))
                .timeout(Duration.ofSeconds(60));
        call.headers().forEach(request::header);
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        return send(http, request.build());
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> headers(String token, String language) {
        Map<String, String> headers = new TreeMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        headers.put("Accept-Language", language);
        return headers;
    }

    /** A bearer token through the token call, as a client gets one. */
    String token(String username, String password) {
        HttpResponse<String> response = send(new Call("POST", "/api/v1/auth/token",
                JSON.writeValueAsBytes(Map.of("username", username, "password", password)), "application/json",
                Map.of()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("token").asText();
    }

    // ---- the database before and after

    /** The row count of every table (audit trail included): what a refused request must leave as it was. */
    record Snapshot(Map<String, Long> rows) {

        /** Tables whose count differs, with before → after. */
        List<String> differences(Snapshot after) {
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, Long> entry : after.rows.entrySet()) {
                Long before = rows.get(entry.getKey());
                if (!entry.getValue().equals(before)) {
                    changed.add(entry.getKey() + " " + before + " -> " + entry.getValue());
                }
            }
            return changed;
        }
    }

    private static volatile List<String> tables;

    Snapshot snapshot() {
        if (tables == null) {
            tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name").query(String.class).list().stream()
                    .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        }
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT '").append(table)
                    .append("' AS t, COUNT(*) AS n FROM ").append(table);
        }
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql(sql.toString()).query(rs -> {
            rows.put(rs.getString("t"), rs.getLong("n"));
        });
        return new Snapshot(rows);
    }

    /** Audit actions written after the snapshot (by their count of audit lines). */
    long auditLines() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }

    // ---- the verdict

    /**
     * What every answer to hostile input must be. A 2xx means the input was acceptable after all (nothing more is
     * asked of it here); anything else must be a clean refusal that changed nothing.
     */
    void assertHandled(String property, Call call, HttpResponse<String> response, Snapshot before,
                       String language) {
        int status = response.statusCode();
        String what = call.method() + " " + call.path() + " (" + call.contentType() + ") [" + (call.body() == null ? ""
                : abbreviate(new String(call.body(), StandardCharsets.UTF_8))) + "] answered " + status + ": "
                + abbreviate(response.body());
        count(property, status);
        assertThat(status).as("never a server error: " + what).isLessThan(500);
        assertNoLeak(what, response.body());
        if (status < 300) {
            return;
        }
        assertThat(status).as("a refusal is a 4xx: " + what).isBetween(400, 499);
        String code = assertProblem(what, response, language);
        List<String> changes = before.differences(snapshot());
        if (SIGN_IN_REFUSALS.contains(code)) {
            // A refused sign-in is recorded on purpose: its audit line, and the count towards a lockout.
            assertThat(changes).as("a refused sign-in leaves its audit line only: " + what)
                    .allMatch(change -> change.startsWith("audit_entry "));
        } else {
            assertThat(changes).as("a refused request changes nothing: " + what).isEmpty();
        }
    }

    private static final List<String> SIGN_IN_REFUSALS = List.of("BAD_CREDENTIALS", "ACCOUNT_LOCKED");

    /** Checks the problem and returns its code. */
    String assertProblem(String what, HttpResponse<String> response, String language) {
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("problem details: " + what).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        String code = problem.path("code").asText("");
        String detail = problem.path("detail").asText("");
        assertThat(code).as("a stable code: " + what).matches(CODE);
        assertThat(problem.path("status").asInt()).as("status in the problem: " + what)
                .isEqualTo(response.statusCode());
        assertThat(detail).as("a detail that is a message, not the code: " + what).isNotBlank().isNotEqualTo(code);
        if ("km".equals(language)) {
            assertThat(KHMER.matcher(detail).find()).as("detail in Khmer when Khmer is asked for: " + what)
                    .isTrue();
        }
        for (JsonNode error : problem.path("errors")) {
            assertThat(error.path("code").asText("")).as("field error code: " + what).matches(CODE);
            assertThat(error.path("detail").asText("")).as("field error detail: " + what).isNotBlank()
                    .isNotEqualTo(error.path("code").asText(""));
        }
        return code;
    }

    static void assertNoLeak(String what, String body) {
        for (String leak : LEAKS) {
            assertThat(body).as("no exception text in the answer (" + leak + "): " + what).doesNotContain(leak);
        }
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + "…";
    }

    // ---- outcomes for the notes

    static void count(String property, int status) {
        String kind = status < 300 ? "accepted" : status < 500 ? String.valueOf(status) : "server error";
        OUTCOMES.computeIfAbsent(property, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        writeOutcomes();
    }

    private static synchronized void writeOutcomes() {
        StringBuilder text = new StringBuilder();
        OUTCOMES.forEach((property, outcomes) -> {
            long total = outcomes.values().stream().mapToLong(AtomicLong::get).sum();
            text.append(property).append(": ").append(total).append(" requests ")
                    .append(new TreeMap<>(outcomes)).append(System.lineSeparator());
        });
        try {
            Path file = Paths.get("target", "fuzz", "outcomes.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client with its own cookies, for the pages (a signed-in session). */
    static HttpClient browserlessClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
