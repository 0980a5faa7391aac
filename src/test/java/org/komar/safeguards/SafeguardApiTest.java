package org.komar.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/cases/{id}/safeguards}: the contract's shape, evaluation as of any moment, the caller's language,
 * scope (out of scope is 404), a malformed moment (400, nothing read), and the audit line of the read.
 */
class SafeguardApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Actor police;
    private CaseView kase;

    /** A fifteen-year-old arrested and held in custody for a misdemeanour on Monday 2 November 2026 at 08:00. */
    @BeforeEach
    void aFifteenYearOldInCustody() {
        police = fixtures.actor(Role.POLICE, "12");
        Child child = fixtures.child(police, "Sok Dara", "សុខ ដារា", "M", LocalDate.of(2011, 6, 1));
        kase = fixtures.conflictCase(police, child, "DRUG_POSSESSION", "MISDEMEANOUR", LocalDate.of(2026, 11, 2));
        fixtures.record(police, kase.id(), "ARRESTED", Story.time("2026-11-02T08:00"), "flagrant", true);
        fixtures.record(police, kase.id(), "CUSTODY_STARTED", Story.time("2026-11-02T08:00"),
                "separatedFromAdults", true, "separatedBySex", true, "onJuvenileList", true);
    }

    @Test
    void each_applicable_rule_is_answered_in_the_contract_shape_as_of_the_moment_asked() throws Exception {
        JsonNode before = readJson(mvc.perform(get("/api/v1/cases/" + kase.id() + "/safeguards")
                        .param("asOf", "2026-11-03T07:59:00+07:00").header("Authorization", bearer(police)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode pc1 = rule(before, "PC-1");
        assertThat(pc1.get("status").asText()).isEqualTo("PENDING");
        assertThat(pc1.get("dueAt").asText()).isEqualTo("2026-11-03T08:00:00+07:00");
        assertThat(pc1.get("breachedAt").isNull()).isTrue();
        assertThat(pc1.get("basis").asText()).isEqualTo("CPC Art. 96");
        assertThat(pc1.get("message").asText()).contains("24 h");
        List<String> fields = new ArrayList<>();
        pc1.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("rule", "status", "dueAt", "breachedAt", "basis", "message");
        List<String> rules = new ArrayList<>();
        before.forEach(node -> rules.add(node.get("rule").asText()));
        assertThat(rules).contains("PC-1", "ARR-1", "ARR-3", "NOT-1").doesNotContain("PC-2", "PTD-3", "U14-1");

        JsonNode after = readJson(mvc.perform(get("/api/v1/cases/" + kase.id() + "/safeguards")
                        .param("asOf", "2026-11-03T08:01:00+07:00").header("Authorization", bearer(police)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode breached = rule(after, "PC-1");
        assertThat(breached.get("status").asText()).isEqualTo("BREACHED");
        assertThat(breached.get("dueAt").asText()).isEqualTo("2026-11-03T08:00:00+07:00");
        assertThat(breached.get("breachedAt").asText()).isEqualTo("2026-11-03T08:00:00+07:00");
    }

    @Test
    void without_as_of_the_case_is_judged_now() throws Exception {
        clock.set(Story.at("2026-11-02T09:00"));
        JsonNode now = readJson(mvc.perform(get("/api/v1/cases/" + kase.id() + "/safeguards")
                        .header("Authorization", bearer(police)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(rule(now, "PC-1").get("status").asText()).isEqualTo("PENDING");
        clock.set(Story.at("2026-11-04T09:00"));
        JsonNode later = readJson(mvc.perform(get("/api/v1/cases/" + kase.id() + "/safeguards")
                        .header("Authorization", bearer(police)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(rule(later, "PC-1").get("status").asText()).isEqualTo("BREACHED");
    }

    @Test
    void messages_come_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/v1/cases/" + kase.id() + "/safeguards").param("asOf", "2026-11-03T08:01:00+07:00")
                        .header("Accept-Language", "km").header("Authorization", bearer(police)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rule == 'PC-1')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("ការឃាត់ខ្លួន"))));
    }

    @Test
    void a_case_outside_the_callers_scope_is_not_found() throws Exception {
        Actor elsewhere = fixtures.actor(Role.POLICE, "17");
        mvc.perform(get("/api/v1/cases/" + kase.id() + "/safeguards").header("Authorization", bearer(elsewhere)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("CASE_NOT_FOUND"));
        mvc.perform(get("/api/v1/cases/not-a-case/safeguards").header("Authorization", bearer(police)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_malformed_moment_is_a_problem_and_reads_nothing() throws Exception {
        long before = reads();
        mvc.perform(get("/api/v1/cases/" + kase.id() + "/safeguards").param("asOf", "yesterday")
                        .header("Authorization", bearer(police)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_DATE_TIME"));
        assertThat(reads()).isEqualTo(before);
    }

    @Test
    void an_unencoded_plus_in_the_moment_is_read_as_the_offset_it_was() throws Exception {
        mvc.perform(get("/api/v1/cases/" + kase.id() + "/safeguards?asOf=2026-11-03T08:01:00+07:00")
                        .header("Authorization", bearer(police)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rule == 'PC-1')].status").value(org.hamcrest.Matchers.hasItem("BREACHED")));
    }

    @Test
    void every_read_is_audited_as_a_read_of_the_case() throws Exception {
        long before = reads();
        mvc.perform(get("/api/v1/cases/" + kase.id() + "/safeguards").header("Authorization", bearer(police)))
                .andExpect(status().isOk());
        assertThat(reads()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT actor_username FROM audit_entry WHERE action = 'SAFEGUARDS_READ' AND case_id = :c")
                .param("c", kase.id().value()).query(String.class).list()).containsOnly(police.username());
    }

    private long reads() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SAFEGUARDS_READ' AND case_id = :c")
                .param("c", kase.id().value()).query(Long.class).single();
    }

    private static JsonNode rule(JsonNode results, String code) {
        for (JsonNode node : results) {
            if (node.get("rule").asText().equals(code)) {
                return node;
            }
        }
        throw new AssertionError("no result for " + code + " in " + results);
    }
}
