package org.komar.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.komar.KomarApplication;
import org.komar.support.KomarProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar's exchange commands as an operator runs them: {@code generate} writes the synthetic caseload without a
 * database; {@code import} loads a file into the configured database (here a new embedded one) with a progress bar
 * on standard error, writes the report of every line, and exits 1 when a line was refused.
 */
class ExchangeCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void generate_writes_the_caseload_of_the_seed_and_size(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cases.ndjson");

        int status = ExchangeCommand.run(new String[] {"generate", "--cases=40", "--seed=3",
                "--out=" + file}, KomarApplication.class);

        assertThat(status).isZero();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new SyntheticCaseload(3L).write(40, expected);
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
        assertThat(ExchangeCommand.run(new String[] {"generate", "--seed=3"}, KomarApplication.class)).isEqualTo(2);
    }

    @Test
    void import_loads_the_file_reports_every_line_and_exits_1_when_a_line_was_refused(@TempDir Path dir)
            throws Exception {
        Clock clock = Clock.systemUTC();
        Map<String, Object> bad = ExchangeSamples.bundle(clock);
        ExchangeSamples.caseOf(bad).put("role", "BYSTANDER");
        String file = ExchangeSamples.lines(clock, 2) + JSON.writeValueAsString(bad) + "\n"
                + ExchangeSamples.line(clock) + "\n";
        Path input = dir.resolve("bundles.ndjson");
        Files.writeString(input, file, StandardCharsets.UTF_8);

        KomarProcess.CommandResult result = KomarProcess.command(List.of("import", input.toString(),
                        "--komar.data-dir=" + dir.resolve("data"), "--logging.level.org.komar=INFO"),
                Map.of("KOMAR_ADMIN_PASSWORD", "command-test-1"), dir, Duration.ofMinutes(5));

        assertThat(result.exitCode()).as(result.errors()).isEqualTo(1);
        assertThat(result.errors()).contains("100%").contains("lines/s").contains("ETA")
                .contains("3 imported, 0 skipped, 1 refused");
        List<String> report = Files.readAllLines(dir.resolve("bundles.ndjson.report.ndjson"));
        assertThat(report).hasSize(4);
        JsonNode refused = JSON.readTree(report.get(2));
        assertThat(refused.get("line").asInt()).isEqualTo(3);
        assertThat(refused.get("status").asText()).isEqualTo("refused");
        assertThat(refused.at("/problem/errors/0/field").asText()).isEqualTo("case.role");
        assertThat(JSON.readTree(report.get(3)).get("status").asText()).isEqualTo("imported");
        assertThat(result.output()).as("the level asked for, not the command's quiet default")
                .contains("INFO").contains("Statistics packs built");

        KomarProcess.CommandResult again = KomarProcess.command(List.of("import", input.toString(),
                        "--komar.data-dir=" + dir.resolve("data"), "--report=" + dir.resolve("again.ndjson")),
                Map.of("KOMAR_ADMIN_PASSWORD", "command-test-1"), dir, Duration.ofMinutes(5));
        assertThat(again.errors()).contains("0 imported, 3 skipped, 1 refused");
        assertThat(again.output()).as("quiet by default").doesNotContain(" INFO ");
    }
}
