package org.komar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The contract calls for children, cases, events and voiding, with the error model of ARCHITECTURE.md. */
class CaseApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Actor police;
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        police = fixtures.actor(Role.POLICE, "12");
        token = bearer(police);
    }

    @Test
    void a_child_is_registered_a_case_opened_and_custody_recorded_through_the_api() throws Exception {
        String childId = createChild("{\"name\": {\"latin\": \"Sok Dara\", \"khmer\": \"សុខ ដារា\"}, \"sex\": \"M\","
                + " \"birthDate\": \"2010-03-15\", \"birthDatePrecision\": \"DAY\","
                + " \"birthDateEvidence\": \"BIRTH_CERTIFICATE\", \"residence\": \"12010101\", \"disability\": false,"
                + " \"ethnicity\": \"KHMER\", \"nationality\": \"KH\"}");

        JsonNode opened = body(postJson("/api/v1/cases", "{\"childId\": \"" + childId + "\","
                + " \"role\": \"CONFLICT_WITH_LAW\", \"offence\": {\"code\": \"DRUG_POSSESSION\","
                + " \"class\": \"MISDEMEANOUR\", \"intentional\": true, \"minPenaltyMonths\": 6,"
                + " \"maxPenaltyMonths\": 24}, \"offenceDate\": \"2026-01-10\", \"place\": \"120101\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.offence.class").value("MISDEMEANOUR"))
                .andExpect(jsonPath("$.caseNumber").value(org.hamcrest.Matchers.matchesPattern("12-\\d{4}-\\d{5}"))));
        String caseId = opened.get("id").asText();

        postJson("/api/v1/cases/" + caseId + "/events", "{\"type\": \"ARRESTED\","
                + " \"occurredAt\": \"2026-01-10T07:30:00+07:00\", \"attributes\": {\"flagrant\": true}}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(header().string("ETag", "\"1\""));
        postJson("/api/v1/cases/" + caseId + "/events", "{\"type\": \"CUSTODY_STARTED\","
                + " \"occurredAt\": \"2026-01-10T08:00:00+07:00\", \"attributes\": {\"unit\": \"POL-12\","
                + " \"separatedFromAdults\": true}}")
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.inCustodySince").value("2026-01-10T08:00:00+07:00"))
                .andExpect(jsonPath("$.status.ageAtOffence").value(15))
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/v1/cases/" + caseId + "/events").header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].type").value("CUSTODY_STARTED"))
                .andExpect(jsonPath("$[1].occurredAt").value("2026-01-10T08:00:00+07:00"))
                .andExpect(jsonPath("$[1].attributes.unit").value("POL-12"));
    }

    @Test
    void a_voided_event_stays_on_the_timeline_with_its_reason() throws Exception {
        String caseId = aCase();
        String eventId = body(postJson("/api/v1/cases/" + caseId + "/events",
                "{\"type\": \"ARRESTED\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\"}")).get("id").asText();

        postJson("/api/v1/cases/" + caseId + "/events/" + eventId + "/void", "{\"reason\": \"Recorded on the wrong case\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.voided.reason").value("Recorded on the wrong case"));
        postJson("/api/v1/cases/" + caseId + "/events/" + eventId + "/void", "{\"reason\": \"again\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("EVENT_ALREADY_VOIDED"));

        mvc.perform(get("/api/v1/cases/" + caseId + "/events").header("Authorization", token))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].voided.reason").exists());
    }

    @Test
    void voiding_without_a_reason_is_refused_and_changes_nothing() throws Exception {
        String caseId = aCase();
        String eventId = body(postJson("/api/v1/cases/" + caseId + "/events",
                "{\"type\": \"ARRESTED\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\"}")).get("id").asText();

        postJson("/api/v1/cases/" + caseId + "/events/" + eventId + "/void", "{\"reason\": \"  \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM legal_event_void WHERE event_id = :id")
                .param("id", java.util.UUID.fromString(eventId)).query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/cases/" + caseId + "/events").header("Authorization", token))
                .andExpect(jsonPath("$[0].voided").doesNotExist());
    }

    @Test
    void errors_are_problem_details_with_a_stable_code_and_a_localised_detail() throws Exception {
        String caseId = aCase();
        mvc.perform(post("/api/v1/cases/" + caseId + "/events").header("Authorization", token)
                        .header("Accept-Language", "km").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"TELEPORTED\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("UNKNOWN_EVENT_TYPE"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("មិនស្គាល់")));

        expectProblem(postJson("/api/v1/cases/" + caseId + "/events",
                "{\"type\": \"CUSTODY_ENDED\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\"}"), 400,
                "VALIDATION_FAILED").andExpect(jsonPath("$.errors[0].code").value("MISSING_ATTRIBUTE"));
        expectProblem(postJson("/api/v1/cases/" + caseId + "/events",
                "{\"type\": \"ARRESTED\", \"occurredAt\": \"10/01/2026\"}"), 400, "VALIDATION_FAILED")
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_DATE_TIME"));
        expectProblem(postJson("/api/v1/children", "{\"name\": {\"latin\": \"Chan Sophea\"}, \"sex\": \"F\","
                + " \"residence\": \"99999999\"}"), 400, "VALIDATION_FAILED")
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_GEO_CODE"));
        expectProblem(postJson("/api/v1/children", "{not json"), 400, "MALFORMED_JSON");
        expectProblem(postJson("/api/v1/cases", "{\"role\": \"CONFLICT_WITH_LAW\", \"parties\": [null]}"), 400,
                "VALIDATION_FAILED").andExpect(jsonPath("$.errors[0].field").value("parties[0]"))
                .andExpect(jsonPath("$.errors[0].code").value("REQUIRED"));
        expectProblem(mvc.perform(get("/api/v1/cases/not-a-uuid").header("Authorization", token)), 404,
                "CASE_NOT_FOUND");
        expectProblem(mvc.perform(get("/api/v1/cases/" + caseId)), 401, "UNAUTHENTICATED");
    }

    @Test
    void a_stale_write_gets_a_conflict_and_records_nothing() throws Exception {
        String caseId = aCase();
        postJson("/api/v1/cases/" + caseId + "/events",
                "{\"type\": \"ARRESTED\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\"}").andExpect(status().isCreated());

        mvc.perform(post("/api/v1/cases/" + caseId + "/events").header("Authorization", token)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"CUSTODY_STARTED\", \"occurredAt\": \"2026-01-10T08:00:00+07:00\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("STALE_TIMELINE"));
        mvc.perform(post("/api/v1/cases/" + caseId + "/events").header("Authorization", token)
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"CUSTODY_STARTED\", \"occurredAt\": \"2026-01-10T08:00:00+07:00\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/cases/" + caseId + "/events").header("Authorization", token))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void a_case_out_of_scope_is_not_found_rather_than_forbidden() throws Exception {
        String caseId = aCase();
        Actor otherPolice = fixtures.actor(Role.POLICE, "17");

        expectProblem(mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", bearer(otherPolice))), 404,
                "CASE_NOT_FOUND");
        expectProblem(mvc.perform(post("/api/v1/cases/" + caseId + "/events").header("Authorization",
                        bearer(otherPolice)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"ARRESTED\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\"}")), 404,
                "CASE_NOT_FOUND");
    }

    @Test
    void a_role_may_record_only_its_own_kinds_of_event() throws Exception {
        String caseId = aCase();

        expectProblem(postJson("/api/v1/cases/" + caseId + "/events",
                "{\"type\": \"VERDICT\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\","
                        + " \"attributes\": {\"outcome\": \"CONVICTED\"}}"), 403, "EVENT_TYPE_NOT_ALLOWED");
    }

    @Test
    void children_are_found_by_part_of_a_name_in_either_script() throws Exception {
        String suffix = org.komar.support.Fixtures.unique("x").replaceAll("[^A-Za-z]", "").toLowerCase();
        createChild("{\"name\": {\"latin\": \"Meas Bopha" + suffix + "\", \"khmer\": \"មាស\u200Bបុប្ផា\"},"
                + " \"sex\": \"F\"}");

        mvc.perform(get("/api/v1/children").param("q", "BOPHA" + suffix.toUpperCase()).header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/v1/children").param("q", "មាស បុប្ផា").header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name.khmer").value("មាស\u200Bបុប្ផា"));
    }

    @Test
    void empty_entries_in_the_lists_of_a_body_are_never_a_server_error() throws Exception {
        String childId = createChild("{\"name\": {\"latin\": \"Sok Dara\"}, \"sex\": \"M\","
                + " \"birthDate\": \"2010-03-15\", \"languages\": [null, \"km\", null]}");
        assertThat(body(mvc.perform(get("/api/v1/children/" + childId).header("Authorization", token)))
                .get("languages").toString()).isEqualTo("[\"km\"]");

        // A party left empty is a party without its function: refused, with the field named.
        expectProblem(postJson("/api/v1/cases", "{\"childId\": \"" + childId + "\","
                + " \"role\": \"CONFLICT_WITH_LAW\", \"offence\": {\"code\": \"THEFT\", \"class\": \"MISDEMEANOUR\"},"
                + " \"offenceDate\": \"2026-01-10\", \"place\": \"120101\", \"parties\": [null]}"), 400,
                "VALIDATION_FAILED").andExpect(jsonPath("$.errors[0].field").value("parties[0]"));
    }

    private String aCase() throws Exception {
        String childId = createChild("{\"name\": {\"latin\": \"Sok Dara\"}, \"sex\": \"M\","
                + " \"birthDate\": \"2010-03-15\"}");
        return body(postJson("/api/v1/cases", "{\"childId\": \"" + childId + "\", \"role\": \"CONFLICT_WITH_LAW\","
                + " \"offence\": {\"code\": \"THEFT\", \"class\": \"MISDEMEANOUR\"}, \"offenceDate\": \"2026-01-10\","
                + " \"place\": \"120101\"}").andExpect(status().isCreated())).get("id").asText();
    }

    private String createChild(String json) throws Exception {
        return body(postJson("/api/v1/children", json).andExpect(status().isCreated())).get("id").asText();
    }

    private ResultActions postJson(String path, String content) throws Exception {
        return mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content(content));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return readJson(result.andReturn().getResponse().getContentAsString());
    }

    private static ResultActions expectProblem(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
