package org.komar.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every line the synthetic caseload writes passes the import's checks (a dry run over 5,000 cases, with the
 * agencies it names present as the demonstration creates them), and a few hundred import for real.
 */
class SyntheticCaseloadImportTest extends IntegrationTest {

    @Autowired
    Importer importer;

    @Test
    void every_generated_line_passes_the_checks_of_the_import() {
        Actor administrator = fixtures.caseloadAdministrator();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new SyntheticCaseload(20261205L).write(5000, file);
        List<LineResult> refused = new ArrayList<>();

        ImportSummary summary = importer.dryRun(administrator, new ByteArrayInputStream(file.toByteArray()),
                new Importer.Listener() {
                    @Override
                    public void line(LineResult result) {
                        if (result.status() == LineResult.Status.REFUSED) {
                            refused.add(result);
                        }
                    }
                });

        assertThat(refused).extracting(r -> r.line() + " " + r.problem().code() + " "
                + r.problem().fieldProblems().stream().map(p -> p.field() + "=" + p.code()).toList()).isEmpty();
        assertThat(summary.lines()).isEqualTo(5000);
        assertThat(summary.valid() + summary.skipped()).isEqualTo(5000);
    }

    @Test
    void generated_cases_import_with_their_timelines() {
        Actor administrator = fixtures.caseloadAdministrator();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new SyntheticCaseload(31L).write(300, file);

        ImportSummary summary = importer.run(importer.open(administrator, Importer.Source.API, null), administrator,
                new ByteArrayInputStream(file.toByteArray()), new Importer.Listener() { });

        assertThat(summary.refused()).isZero();
        assertThat(summary.imported()).isEqualTo(300);
        assertThat(summary.events()).isBetween(300L * 13, 300L * 18);
    }
}
