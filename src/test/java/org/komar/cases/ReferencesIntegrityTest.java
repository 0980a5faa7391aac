package org.komar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.child.Child;
import org.komar.shared.BulkInsert;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's parties, the case, its timeline, the child and the child's guardians refer only to what exists, on both
 * databases: H2 checks it with foreign keys, PostgreSQL once per statement (V86), for a row written alone as for a
 * batch copied at once; and what they refer to is never deleted.
 */
class ReferencesIntegrityTest extends IntegrationTest {

    private static final List<String> PARTY = List.of("id", "case_id", "agency_id", "user_id", "function", "active",
            "since", "until");
    private static final String CASE_COLUMNS = "case_number, child_id, role, offence_code, offence_class, "
            + "offence_intentional, min_penalty_months, max_penalty_months, offence_date, place_code, province_code, "
            + "owner_agency_id, opened_at, opened_by";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkInsert bulk;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_party_of_a_case_an_agency_or_a_user_that_does_not_exist_is_refused_with_its_whole_batch() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        UUID agency = police.agencyId().value();
        long before = count("case_party");

        for (Object[] stray : List.of(party(UUID.randomUUID(), agency, null), party(kase.id().value(), UUID.randomUUID(),
                null), party(kase.id().value(), agency, UUID.randomUUID()))) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // Parties as imports write them, among them a person's with no agency and an agency's with a user.
                rows.add(party(kase.id().value(), i == 1 ? null : agency, i < 2 ? police.userId().value() : null));
            }
            rows.add(stray);
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> bulk.insert("case_party", PARTY,
                    rows))).isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> bulk.insert("case_party", PARTY,
                    List.<Object[]>of(stray)))).isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(count("case_party")).as("nothing of any refused statement").isEqualTo(before);

        UUID party = jdbc.sql("SELECT id FROM case_party WHERE case_id = :id").param("id", kase.id().value())
                .query(UUID.class).list().get(0);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                "UPDATE case_party SET agency_id = :stray WHERE id = :id").param("stray", UUID.randomUUID())
                .param("id", party).update())).isInstanceOf(DataIntegrityViolationException.class);
        transactions.executeWithoutResult(status -> {
            bulk.insert("case_party", PARTY, List.<Object[]>of(party(kase.id().value(), agency, police.userId().value())));
            assertThat(count("case_party")).as("a party of what exists").isEqualTo(before + 1);
            status.setRollbackOnly();
        });
    }

    @Test
    void a_case_a_timeline_a_guardian_and_a_child_refer_to_what_exists_when_written_and_when_changed() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        Child child = fixtures.child(police);
        CaseView kase = fixtures.conflictCase(police, child);
        UUID stray = UUID.randomUUID();
        String place = place(kase);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                "INSERT INTO case_file (id, " + CASE_COLUMNS + ") SELECT :id, :number, :child, "
                        + CASE_COLUMNS.substring(CASE_COLUMNS.indexOf("role")) + " FROM case_file WHERE id = :copied")
                .param("id", UUID.randomUUID()).param("number", "TEST-" + stray).param("child", stray)
                .param("copied", kase.id().value()).update())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                "UPDATE case_file SET place_code = 'XX99' WHERE id = :id").param("id", kase.id().value()).update()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                "INSERT INTO timeline_stream (case_id, version) VALUES (:id, 0)").param("id", stray).update()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO guardian (id, child_id, position, name, relationship)
                        VALUES (:id, :child, 9, 'Guardian', 'MOTHER')""")
                .param("id", UUID.randomUUID()).param("child", stray).update()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                "UPDATE child SET residence_code = 'XX99' WHERE id = :id").param("id", child.id().value()).update()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                "UPDATE child SET owner_agency_id = :stray WHERE id = :id").param("stray", stray)
                .param("id", child.id().value()).update())).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE child_id = :id").param("id", child.id().value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(place(kase)).as("the case's place as it was").isEqualTo(place);
    }

    @Test
    void a_case_a_child_or_an_agency_that_others_refer_to_is_never_deleted() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        Child child = fixtures.child(police);
        CaseView kase = fixtures.conflictCase(police, child);

        for (String delete : List.of("DELETE FROM case_file WHERE id = :id", "DELETE FROM child WHERE id = :id")) {
            UUID id = delete.contains("case_file") ? kase.id().value() : child.id().value();
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(delete).param("id", id)
                    .update())).isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                "DELETE FROM agency WHERE id = :id").param("id", police.agencyId().value()).update()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE id = :id AND child_id = :child")
                .param("id", kase.id().value()).param("child", child.id().value()).query(Long.class).single())
                .isEqualTo(1);
    }

    private static Object[] party(UUID caseId, UUID agency, UUID user) {
        return new Object[] {UUID.randomUUID(), caseId, agency, user, "LEGAL_AID", true, Instant.now(), null};
    }

    private String place(CaseView kase) {
        return jdbc.sql("SELECT COALESCE(place_code, '-') FROM case_file WHERE id = :id").param("id", kase.id().value())
                .query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
