package org.komar.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.worklist.Scenes.aFifteenYearOldInCustodySince;
import static org.komar.worklist.Scenes.at;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Acknowledging a breach: once, with a note, who and when; audited; the breach stays on record and on the case's
 * safeguards section as acknowledged; a second or concurrent acknowledgement is a localised conflict (never a 500)
 * that changes nothing; a note is required; out of scope is "not found".
 */
class WorklistAcknowledgementTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Actor police;
    private CaseView kase;

    /** A fifteen-year-old in police custody since Sunday 08:00, past the 24-hour limit since Monday 08:00. */
    @BeforeEach
    void aChildHeldPastTheLimit() {
        clock.set(at("2026-11-10T10:00"));
        police = fixtures.actor(Role.POLICE, "12");
        kase = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-08T08:00");
    }

    @Test
    void an_acknowledged_breach_leaves_the_open_worklist_and_stays_on_record_with_who_when_and_the_note()
            throws Exception {
        MockHttpServletResponse response = acknowledge(police, "PC-1", "{\"note\": \"Release ordered by the "
                + "prosecutor at 09:30\", \"breachedAt\": \"2026-11-09T08:00:00+07:00\"}");
        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode ack = readJson(response.getContentAsString());
        assertThat(ack.get("note").asText()).isEqualTo("Release ordered by the prosecutor at 09:30");
        assertThat(ack.get("by").asText()).isEqualTo(police.userId().toString());
        assertThat(ack.get("at").asText()).isEqualTo("2026-11-10T10:00:00+07:00");
        assertThat(ack.get("breachedAt").asText()).isEqualTo("2026-11-09T08:00:00+07:00");

        assertThat(ruleCases(worklist(police, "rule=PC-1"))).isEmpty();
        JsonNode acknowledged = worklist(police, "rule=PC-1&show=ACKNOWLEDGED").get("items").get(0);
        assertThat(acknowledged.get("status").asText()).isEqualTo("BREACHED");
        assertThat(acknowledged.get("acknowledgement").get("note").asText())
                .isEqualTo("Release ordered by the prosecutor at 09:30");

        MockHttpSession session = signIn(police);
        String panel = mvc.perform(get("/cases/" + kase.id() + "/panels/safeguards").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("Police custody went past the limit of 24 h.", "Acknowledged",
                "Release ordered by the prosecutor at 09:30", "Test POLICE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ALERT_ACKNOWLEDGED' AND case_id = :c"
                + " AND actor_id = :u").param("c", kase.id().value()).param("u", police.userId().value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_breach_is_acknowledged_once_and_the_second_hears_who_was_first_in_their_language() throws Exception {
        assertThat(acknowledge(police, "PC-1", "{\"note\": \"Seen\"}").getStatus()).isEqualTo(201);
        Actor prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        MockHttpServletResponse again = mvc.perform(post("/api/v1/cases/" + kase.id()
                        + "/safeguards/PC-1/acknowledgement").header("Authorization", bearer(prosecutor))
                        .header("Accept-Language", "km").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Also seen\"}"))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("ALERT_ALREADY_ACKNOWLEDGED");
        assertThat(acknowledgements()).isEqualTo(1);
    }

    @Test
    void concurrent_acknowledgements_give_one_success_and_one_conflict_never_a_server_error() throws Exception {
        Actor prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        String[] tokens = {bearer(police), bearer(prosecutor)};
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String token : tokens) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/cases/" + kase.id() + "/safeguards/PC-1/acknowledgement")
                            .header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"note\": \"On it\"}")).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(acknowledgements()).isEqualTo(1);
    }

    @Test
    void a_note_is_required_a_stale_breach_is_a_conflict_and_a_deadline_or_a_case_out_of_scope_is_not_found()
            throws Exception {
        MockHttpServletResponse blank = acknowledge(police, "PC-1", "{\"note\": \"  \"}");
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("VALIDATION_FAILED", "\"note\"", "REQUIRED");

        MockHttpServletResponse stale = acknowledge(police, "PC-1",
                "{\"note\": \"Seen\", \"breachedAt\": \"2026-11-09T09:00:00+07:00\"}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("ALERT_CHANGED");

        MockHttpServletResponse notBreached = acknowledge(police, "PTD-3", "{\"note\": \"Seen\"}");
        assertThat(notBreached.getStatus()).isEqualTo(404);
        assertThat(notBreached.getContentAsString()).contains("ALERT_NOT_FOUND");

        MockHttpServletResponse elsewhere = acknowledge(fixtures.actor(Role.POLICE, "17"), "PC-1",
                "{\"note\": \"Seen\"}");
        assertThat(elsewhere.getStatus()).isEqualTo(404);
        assertThat(elsewhere.getContentAsString()).contains("CASE_NOT_FOUND");
        assertThat(acknowledgements()).isZero();
    }

    @Test
    void the_case_page_leads_to_a_form_that_acknowledges_and_returns_to_the_case() throws Exception {
        MockHttpSession session = signIn(police);
        String panel = mvc.perform(get("/cases/" + kase.id() + "/panels/safeguards").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("/worklist/acknowledge?caseId=" + kase.id() + "&amp;rule=PC-1");
        String form = mvc.perform(get("/worklist/acknowledge").param("caseId", kase.id().toString())
                        .param("rule", "PC-1").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Acknowledge a breach", kase.caseNumber(), "What is being done");

        mvc.perform(post("/worklist/acknowledge").session(session).with(csrf()).param("caseId", kase.id().toString())
                        .param("rule", "PC-1").param("breachedAt", "2026-11-09T01:00:00Z").param("back", "case")
                        .param("note", "Release requested"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .startsWith("/cases/" + kase.id()));
        assertThat(acknowledgements()).isEqualTo(1);

        mvc.perform(post("/worklist/acknowledge").session(session).with(csrf()).param("caseId", kase.id().toString())
                        .param("rule", "PC-1").param("back", "case").param("note", "Again"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("ackProblem"))
                        .isEqualTo("Someone has already acknowledged this breach."));
        assertThat(acknowledgements()).isEqualTo(1);
    }

    private MockHttpServletResponse acknowledge(Actor actor, String rule, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + kase.id() + "/safeguards/" + rule + "/acknowledgement")
                .header("Authorization", bearer(actor)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    private JsonNode worklist(Actor actor, String query) throws Exception {
        return readJson(mvc.perform(get("/api/v1/worklist?" + query).header("Authorization", bearer(actor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private List<String> ruleCases(JsonNode page) {
        return WorklistTest.items(page).stream().map(item -> item.get("caseId").asText())
                .filter(id -> id.equals(kase.id().toString())).toList();
    }

    private long acknowledgements() {
        return jdbc.sql("SELECT COUNT(*) FROM worklist_acknowledgement WHERE case_id = :c")
                .param("c", kase.id().value()).query(Long.class).single();
    }
}
