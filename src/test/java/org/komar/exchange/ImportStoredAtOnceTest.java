package org.komar.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.komar.access.Actor;
import org.komar.support.IntegrationTest;
import org.komar.support.SyntheticFiles;
import org.komar.support.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An import past {@code komar.import.bulk-after} (500 cases in the tests) stores its later chunks several at once on
 * PostgreSQL, one after the other on H2, and either way comes out as if stored in order: a child registered at the
 * end of one chunk and met again at the start of the next is the same child, a line whose event id another chunk
 * took is refused alone, case numbers follow the file, and the run's progress row adds up to its summary. An
 * import broken off meanwhile keeps whole chunks, as many as its progress row says, and the same file finishes it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportStoredAtOnceTest extends IntegrationTest {

    @Autowired
    Importer importer;

    @Autowired
    ImportRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void chunks_stored_at_once_come_out_as_if_stored_in_order(CapturedOutput output) {
        Actor administrator = fixtures.caseloadAdministrator();
        List<String> generated = SyntheticFiles.outsidePhnomPenh(20261205_3L, 4000);
        int pair = reoffenceOfTheNextLine(generated);
        List<String> others = new ArrayList<>(generated);
        others.remove(pair + 1);
        others.remove(pair);
        List<String> lines = new ArrayList<>(others.subList(0, 999));
        lines.add(generated.get(pair)); // line 1000, the last of the second chunk: registers a child
        lines.add(generated.get(pair + 1)); // line 1001, the first of the third: the same child's next case
        lines.addAll(others.subList(999, 1498));
        // Line 1200 (third chunk) takes an event id of line 600 (second chunk): its chunk fails, then it alone.
        String taken = firstEventId(lines.get(599));
        lines.set(1199, lines.get(1199).replace(firstEventId(lines.get(1199)), taken));
        byte[] file = SyntheticFiles.file(lines);
        Map<Integer, LineResult> results = new LinkedHashMap<>();

        UUID run = importer.open(administrator, Importer.Source.API, null);
        ImportSummary summary = importer.run(run, administrator, new ByteArrayInputStream(file),
                new Importer.Listener() {
                    @Override
                    public void line(LineResult result) {
                        results.put(result.line(), result);
                    }
                });

        assertThat(output.getOut()).contains((TestDatabases.postgresql() ? 2 : 1) + " storing at once");
        assertThat(results.keySet()).as("reported in line order").containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 1500).boxed().toList());
        assertThat(summary.imported()).isEqualTo(1499);
        assertThat(summary.refused()).isEqualTo(1);
        assertThat(results.get(1200).status()).isEqualTo(LineResult.Status.REFUSED);
        assertThat(results.get(1200).problem().code()).isEqualTo("IMPORT_CONFLICT");
        assertThat(results.get(1001).status()).isEqualTo(LineResult.Status.IMPORTED);
        assertThat(results.get(1001).newChild()).as("the child of line 1000").isFalse();
        assertThat(results.get(1001).childId()).isEqualTo(results.get(1000).childId());

        ImportRuns.Run stored = runs.find(run).orElseThrow();
        assertThat(List.of(stored.lines(), stored.imported(), stored.skipped(), stored.refused(), stored.events()))
                .as("the progress row").containsExactly(summary.lines(), summary.imported(), summary.skipped(),
                        summary.refused(), summary.events());

        // Per province, numbers rise with the file; only a line refused while stored at once leaves one unused.
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        results.values().stream().filter(r -> r.status() == LineResult.Status.IMPORTED).forEach(r -> numbers
                .computeIfAbsent(r.caseNumber().substring(0, 7), k -> new ArrayList<>())
                .add(Integer.parseInt(r.caseNumber().substring(8))));
        int unused = 0;
        for (List<Integer> series : numbers.values()) {
            assertThat(series).isSorted().doesNotHaveDuplicates();
            unused += series.get(series.size() - 1) - series.get(0) + 1 - series.size();
        }
        assertThat(unused).isLessThanOrEqualTo(TestDatabases.postgresql() ? 1 : 0);
    }

    @Test
    void an_import_broken_off_while_chunks_are_stored_at_once_keeps_them_whole_and_the_same_file_finishes_it() {
        Actor administrator = fixtures.caseloadAdministrator();
        List<String> lines = SyntheticFiles.outsidePhnomPenh(20261205_4L, 4000).subList(0, 2000);
        byte[] file = SyntheticFiles.file(lines);
        Importer.Listener breaking = new Importer.Listener() {
            @Override
            public void line(LineResult result) {
                if (result.line() == 1200) {
                    throw new IllegalStateException("the report could not be written");
                }
            }
        };
        UUID first = importer.open(administrator, Importer.Source.API, null);
        assertThatThrownBy(() -> importer.run(first, administrator, new ByteArrayInputStream(file), breaking))
                .hasMessage("the report could not be written");
        ImportRuns.Run broken = runs.find(first).orElseThrow();
        assertThat(broken.state()).isEqualTo(ImportRuns.State.FAILED);
        assertThat(broken.imported()).as("whole chunks only").isEqualTo(broken.lines())
                .isGreaterThanOrEqualTo(1000).isEqualTo(broken.lines() / 500 * 500);
        Set<String> caseIds = lines.stream().map(line -> json.readTree(line).path("case").path("id").asString())
                .collect(Collectors.toSet());
        assertThat(casesStored(caseIds)).as("the cases stored are those the progress row counts")
                .isEqualTo(broken.imported());

        ImportSummary again = importer.run(importer.open(administrator, Importer.Source.API, null), administrator,
                new ByteArrayInputStream(file), new Importer.Listener() { });

        assertThat(again.skipped()).isEqualTo(broken.imported());
        assertThat(again.imported()).isEqualTo(2000 - broken.imported());
        assertThat(again.refused()).isZero();
        assertThat(casesStored(caseIds)).isEqualTo(2000);
    }

    private long casesStored(Set<String> caseIds) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE id IN (:ids)")
                .param("ids", caseIds.stream().map(UUID::fromString).toList()).query(Long.class).single();
    }

    /** The first line whose next line is a case of the same child (a re-offence). */
    private int reoffenceOfTheNextLine(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (childId(lines.get(i)).equals(childId(lines.get(i + 1)))) {
                return i;
            }
        }
        throw new AssertionError("no re-offence among the generated lines");
    }

    private String childId(String line) {
        return json.readTree(line).path("child").path("id").asString();
    }

    private String firstEventId(String line) {
        JsonNode events = json.readTree(line).path("events");
        return events.get(0).path("id").asString();
    }
}
