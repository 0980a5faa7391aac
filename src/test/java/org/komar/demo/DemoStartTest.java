package org.komar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.komar.support.KomarProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Komar started with {@code --demo} as a newcomer starts it (its own JVM, a new embedded database): the
 * demonstration cases are the synthetic caseload, all 300 imported in one run, in the caseload's proportions, with
 * children held now and breaches on the worklists, and every demonstration account sees cases of its own scope.
 * Started again with {@code --demo}, it adds nothing.
 */
class DemoStartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LOADED = Pattern.compile("Loaded demonstration data: .* in (\\d+) ms");
    private static final String DEMONSTRATION_ROWS = "SELECT (SELECT COUNT(*) FROM case_file),"
            + " (SELECT COUNT(*) FROM hearing), (SELECT COUNT(*) FROM aftercare_plan), (SELECT COUNT(*) FROM agency),"
            + " (SELECT COUNT(*) FROM app_user), (SELECT COUNT(*) FROM legal_event)";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_demonstration_start_imports_the_synthetic_caseload_and_every_account_sees_its_scope(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("data");
        Path log = Paths.get("target", "demo-start", UUID.randomUUID() + ".log");
        List<Long> firstStart;

        try (KomarProcess komar = KomarProcess.start(List.of("--demo", "--komar.data-dir=" + data,
                        "--logging.level.root=WARN", "--logging.level.org.komar=INFO"),
                Map.of("KOMAR_ADMIN_PASSWORD", "demo-start-1"), log, Duration.ofMinutes(8))) {
            Matcher loaded = LOADED.matcher(Files.readString(log));
            assertThat(loaded.find()).as(komar.tail()).isTrue();
            System.out.println("Demonstration data loaded in " + loaded.group(1) + " ms");

            assertOnlyProvince(komar, "police", "12");
            assertOnlyProvince(komar, "police.17", "17");
            assertOnlyProvince(komar, "prosecutor", "12");
            assertOnlyProvince(komar, "prosecutor.17", "17");
            assertOnlyProvince(komar, "judge", "12");
            assertOnlyProvince(komar, "social", "12");
            for (String user : List.of("lawyer", "ngo", "prison", "centre")) {
                assertThat(get(komar, user, "/api/v1/cases?size=1").get("total").asLong()).as(user + "'s cases")
                        .isPositive();
            }
            assertThat(get(komar, "monitor", "/api/v1/monitoring/hearings").get("items")).as("monitored hearings")
                    .isNotEmpty();

            JsonNode census = get(komar, "statistician", "/api/v1/detention");
            assertThat(census.get("total").asLong()).as("children held now").isPositive();
            assertThat(census.get("pastLimit").asLong()).as("children held past a limit").isPositive();
            assertThat(get(komar, "prison.03", "/api/v1/detention/children").get("total").asLong())
                    .as("children of the generated cases held now in Kampong Cham, where no other demonstration"
                            + " data places any").isPositive();

            long breaches = 0;
            for (String user : List.of("police", "prosecutor", "police.17", "prosecutor.17")) {
                breaches += get(komar, user, "/api/v1/worklist?kind=BREACHES&size=1").get("total").asLong();
            }
            assertThat(breaches).as("safeguard breaches on the worklists").isPositive();
            komar.stop();
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("komar")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "komar", "");
             Statement sql = db.createStatement()) {
            List<Long> run = row(sql, "SELECT lines_read, imported, skipped, refused FROM import_run"
                    + " WHERE source = 'DEMO' AND status = 'DONE'");
            assertThat(run).as("lines read, imported, skipped, refused").containsExactly(300L, 300L, 0L, 0L);
            List<Long> sexes = row(sql, "SELECT COUNT(*), SUM(CASE WHEN ch.sex = 'M' THEN 1 ELSE 0 END)"
                    + " FROM case_file c JOIN child ch ON ch.id = c.child_id WHERE c.role = 'CONFLICT_WITH_LAW'");
            assertThat(sexes.get(0)).isGreaterThan(200);
            assertThat((double) sexes.get(1) / sexes.get(0)).as("share of boys in conflict with the law")
                    .isBetween(0.90, 1.0);
            assertThat(row(sql, "SELECT COUNT(*) FROM case_file").get(0)).isGreaterThanOrEqualTo(300);
            firstStart = row(sql, DEMONSTRATION_ROWS);
        }

        // Started again with --demo, as the README's command does each time: nothing is added twice.
        try (KomarProcess komar = KomarProcess.start(List.of("--demo", "--komar.data-dir=" + data,
                        "--logging.level.root=WARN", "--logging.level.org.komar=INFO"),
                Map.of("KOMAR_ADMIN_PASSWORD", "demo-start-1"), log, Duration.ofMinutes(8))) {
            komar.stop();
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("komar")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "komar", "");
             Statement sql = db.createStatement()) {
            assertThat(row(sql, DEMONSTRATION_ROWS)).as("cases, hearings, aftercare plans, agencies, users, events")
                    .isEqualTo(firstStart);
        }
    }

    private void assertOnlyProvince(KomarProcess komar, String user, String province) throws Exception {
        JsonNode page = get(komar, user, "/api/v1/cases?size=200");
        assertThat(page.get("total").asLong()).as(user + "'s cases").isPositive();
        List<String> provinces = new ArrayList<>();
        page.get("items").forEach(item -> provinces.add(item.get("province").asText()));
        assertThat(provinces).as(user + "'s cases").isNotEmpty().containsOnly(province);
    }

    private JsonNode get(KomarProcess komar, String user, String path) throws Exception {
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(komar.url("/api/v1/auth/token")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + DemoLoader.DEFAULT_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(user + " signs in").isEqualTo(200);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(komar.url(path)))
                .header("Authorization", "Bearer " + JSON.readTree(token.body()).get("token").asText())
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(user + " GET " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<Long> row(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            assertThat(row.next()).as(query).isTrue();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                values.add(row.getLong(i));
            }
            return values;
        }
    }
}
