package org.komar.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.shared.BulkInsert;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every event belongs to a timeline that exists, on both databases: H2 checks it with a foreign key, PostgreSQL once
 * per statement (V84), for a row written alone as for thousands copied at once, and a timeline is never deleted.
 */
class TimelineIntegrityTest extends IntegrationTest {

    private static final List<String> COLUMNS = List.of("id", "case_id", "seq", "type", "occurred_at",
            "occurred_offset", "recorded_at", "recorded_by", "attributes");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkInsert bulk;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_event_of_a_case_without_a_timeline_is_refused_and_nothing_of_its_statement_is_stored() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        long before = events();
        UUID stray = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO legal_event (id, case_id, seq, type, occurred_at, occurred_offset, recorded_at,
                                                 recorded_by, attributes)
                        VALUES (:id, :case, 1, 'ARRESTED', :at, 0, :at, :by, '{}')""")
                .param("id", UUID.randomUUID()).param("case", stray).param("at", now())
                .param("by", police.userId().value()).update()))
                .isInstanceOf(DataIntegrityViolationException.class);

        // A batch as an import writes it: events of a case that has its timeline, and one that has none.
        List<Object[]> rows = new ArrayList<>();
        for (int seq = 1000; seq < 1500; seq++) {
            rows.add(row(kase.id().value(), seq, police));
        }
        rows.add(row(stray, 1, police));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> bulk.insert("legal_event", COLUMNS,
                rows))).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(events()).as("nothing of either statement").isEqualTo(before);
        transactions.executeWithoutResult(status -> {
            bulk.insert("legal_event", COLUMNS, rows.subList(0, 500));
            assertThat(events()).as("the same batch without the stray event").isEqualTo(before + 500);
            status.setRollbackOnly(); // events made up for the test, kept out of every other test's timelines
        });
    }

    @Test
    void a_timeline_is_never_deleted_nor_moved_to_another_case() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        CaseView other = fixtures.conflictCase(police, fixtures.child(police));
        fixtures.record(police, kase.id(), "ARRESTED", OffsetDateTime.now(clock));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                        "DELETE FROM timeline_stream WHERE case_id = :id").param("id", kase.id().value()).update()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE timeline_stream SET case_id = :other WHERE case_id = :id")
                .param("other", UUID.randomUUID()).param("id", kase.id().value()).update()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM timeline_stream WHERE case_id IN (:ids)")
                .param("ids", List.of(kase.id().value(), other.id().value())).query(Long.class).single())
                .isEqualTo(2);
    }

    private Object[] row(UUID caseId, int seq, Actor by) {
        OffsetDateTime at = now();
        return new Object[] {UUID.randomUUID(), caseId, seq, "CHILD_INTERVIEWED", at, 0, at, by.userId().value(),
                "{}"};
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private long events() {
        return jdbc.sql("SELECT COUNT(*) FROM legal_event").query(Long.class).single();
    }
}
