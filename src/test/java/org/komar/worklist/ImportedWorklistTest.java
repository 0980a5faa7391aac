package org.komar.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.exchange.Importer;
import org.komar.exchange.LineResult;
import org.komar.shared.CaseId;
import org.komar.support.IntegrationTest;
import org.komar.support.SyntheticFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The worklist of imported cases is written without looking for what it held of them (they were created in the same
 * transaction), and is what judging them again from their timelines gives: a rebuild of those cases finds nothing
 * to change.
 */
class ImportedWorklistTest extends IntegrationTest {

    @Autowired
    Importer importer;

    @Autowired
    WorklistReadModel model;

    @Autowired
    JdbcClient jdbc;

    @Test
    void imported_cases_have_the_alerts_a_rebuild_would_give_them() {
        Actor administrator = fixtures.caseloadAdministrator();
        byte[] file = SyntheticFiles.file(SyntheticFiles.outsidePhnomPenh(606L, 300));
        List<CaseId> imported = new ArrayList<>();

        importer.run(importer.open(administrator, Importer.Source.API, null), administrator,
                new ByteArrayInputStream(file), new Importer.Listener() {
                    @Override
                    public void line(LineResult result) {
                        if (result.status() == LineResult.Status.IMPORTED) {
                            imported.add(new CaseId(UUID.fromString(result.caseId())));
                        }
                    }
                });
        List<UUID> ids = imported.stream().map(CaseId::value).toList();
        List<Map<String, Object>> alerts = alerts(ids);

        assertThat(imported).as("the cases of the file imported").hasSizeGreaterThan(100);
        assertThat(count("worklist_case", ids)).as("every imported case is in the model")
                .isEqualTo(imported.size());
        assertThat(alerts).as("the synthetic caseload has breaches").hasSizeGreaterThan(imported.size());
        assertThat(model.refreshEach(imported, WorklistReadModel.Origin.REBUILD)).as("cases a rebuild rewrites")
                .isZero();
        assertThat(alerts(ids)).isEqualTo(alerts);
    }

    private List<Map<String, Object>> alerts(List<UUID> ids) {
        return jdbc.sql("SELECT * FROM worklist_alert WHERE case_id IN (:ids) ORDER BY case_id, rule_code")
                .param("ids", ids).query().listOfRows();
    }

    private long count(String table, List<UUID> ids) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE case_id IN (:ids)").param("ids", ids)
                .query(Long.class).single();
    }
}
