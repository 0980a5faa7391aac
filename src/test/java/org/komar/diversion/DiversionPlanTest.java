package org.komar.diversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.shared.Cambodia;
import org.komar.support.IntegrationTest;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

/**
 * The social agent's diversion plan as versions: each save the next version of the order under way, a stale version
 * refused, the authority's decision naming a version, the panel and the print in Khmer and English.
 */
class DiversionPlanTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseService cases;

    private Actor police;
    private Actor prosecutor;
    private Actor social;
    private CaseView kase;

    /** A fifteen-year-old diverted by the prosecutor to school attendance for 3 months. */
    @BeforeEach
    void aDivertedChild() {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0).atZone(Cambodia.ZONE).toInstant());
        police = fixtures.actor(Role.POLICE, "12");
        prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        social = fixtures.actor(Role.SOCIAL_AGENT, "12");
        kase = fixtures.conflictCase(police, fixtures.child(police, "Ros Mony", "រស់ មុនី", "F",
                LocalDate.of(2011, 3, 3)), "THEFT", "MISDEMEANOUR", LocalDate.of(2026, 11, 10));
    }

    @Test
    void plan_versions_belong_to_the_order_and_the_decision_names_the_version_approved() throws Exception {
        order();
        ok(save(social, 0, plan("Return to school")));
        JsonNode second = ok(save(social, 1, plan("Return to school and repair the damage")));
        assertThat(second.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(second.at("/plan/basedOn").asInt()).isEqualTo(1);
        assertThat(second.at("/plan/decision/status").asText()).isEqualTo("UNDECIDED");

        fixtures.record(prosecutor, kase.id(), "DIVERSION_PLAN_DECIDED", now().minusMinutes(5), "approved", true,
                "planVersion", 2);
        JsonNode decided = ok(mvc.perform(get("/api/v1/cases/" + kase.id() + "/diversion-plan")
                .header("Authorization", bearer(police))).andReturn().getResponse());
        assertThat(decided.get("approvedVersion").asInt()).isEqualTo(2);
        assertThat(decided.at("/versions/0/decision/status").asText()).isEqualTo("UNDECIDED");
        assertThat(decided.at("/versions/1/decision/status").asText()).isEqualTo("APPROVED");
        assertThat(decided.at("/versions/1/objectives").asText()).isEqualTo("Return to school and repair the damage");
        assertThat(decided.at("/versions/1/orderEventId").asText()).isEqualTo(decided.at("/versions/0/orderEventId")
                .asText());
        assertThat(auditLines("DIVERSION_PLAN_SAVED")).isEqualTo(2);
        assertThat(auditLines("DIVERSION_PLAN_READ")).isEqualTo(1);
    }

    @Test
    void a_stale_version_no_order_missing_parts_and_other_roles_are_refused_and_nothing_is_written() throws Exception {
        assertThat(save(social, 0, plan("Too early")).getStatus()).isEqualTo(409);
        order();
        MockHttpServletResponse missing = save(social, 0, Map.of("objectives", "Only this"));
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("measures", "responsible", "schedule", "childConsented");
        assertThat(save(police, 0, plan("Police plan")).getStatus()).isEqualTo(403);
        assertThat(save(fixtures.actor(Role.SOCIAL_AGENT, "17"), 0, plan("Elsewhere")).getStatus()).isEqualTo(404);
        assertThat(versions()).isZero();

        ok(save(social, 0, plan("First")));
        ok(save(fixtures.actor(Role.SOCIAL_AGENT, "12"), 1, plan("A colleague's version")));
        MockHttpServletResponse stale = mvc.perform(put("/api/v1/cases/" + kase.id() + "/diversion-plan")
                .header("Authorization", bearer(social)).header("Accept-Language", "km")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body(1, plan("Mine")))))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(readJson(stale.getContentAsString()).get("code").asText()).isEqualTo("DIVERSION_PLAN_CHANGED");
        assertThat(readJson(stale.getContentAsString()).get("detail").asText()).contains("កំណែទី 2");
        assertThat(versions()).isEqualTo(2);
    }

    @Test
    void the_panel_shows_each_version_with_the_decision_and_the_plan_prints_in_khmer_and_english() throws Exception {
        order();
        MockHttpSession session = signIn(social);
        assertThat(page(session, "/cases/" + kase.id() + "/panels/diversion")).contains("Write the plan",
                "No plan written in Komar yet.");
        mvc.perform(post("/cases/" + kase.id() + "/diversion/plan").session(session).with(csrf())
                        .param("version", "0").param("objectives", "Finish grade 7")
                        .param("measures", "School attendance, 3 months").param("responsible", "Teacher Sok")
                        .param("schedule", "Monthly visit").param("childConsented", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(session, "/cases/" + kase.id() + "/diversion/plan")).contains("Saved as version 1",
                "Finish grade 7");
        fixtures.record(prosecutor, kase.id(), "DIVERSION_PLAN_DECIDED", now().minusMinutes(1), "approved", true,
                "planVersion", 1);
        assertThat(page(session, "/cases/" + kase.id() + "/panels/diversion")).contains("Version 1",
                "Approved on 18 Nov 2026", "Print the plan in Khmer");

        String khmer = page(session, "/cases/" + kase.id() + "/diversion/plan/print?version=1&lang=km");
        assertThat(khmer).contains("lang=\"km\"", "ផែនការបង្វែរ", "កំណែទី 1 នៃ 1", "គោលបំណង", "Finish grade 7",
                "កុមារ (ស្នាមមេដៃ)", "រស់ មុនី");
        String english = page(session, "/cases/" + kase.id() + "/diversion/plan/print?version=1&lang=en");
        assertThat(english).contains("Diversion plan", "Version 1 of 1", "Approved on 18 Nov 2026",
                "School attendance 3 months");

        MockHttpSession reader = signIn(police);
        assertThat(page(reader, "/cases/" + kase.id() + "/diversion/plan")).contains("Finish grade 7")
                .doesNotContain("<textarea");
    }

    @Test
    void the_authority_approves_the_version_it_reads_from_the_plan_page() throws Exception {
        order();
        assertThat(save(social, 0, plan("Finish grade 7")).getStatus()).isEqualTo(200);
        assertThat(page(signIn(social), "/cases/" + kase.id() + "/diversion/plan"))
                .as("the writer does not decide").doesNotContain("Approve version 1");

        MockHttpSession authority = signIn(prosecutor);
        String before = page(authority, "/cases/" + kase.id() + "/diversion/plan");
        assertThat(before).contains("Decision on version 1", "Approve version 1", "Send version 1 back");
        java.util.regex.Matcher timeline = java.util.regex.Pattern
                .compile("name=\"version\" value=\"(\\d+)\"").matcher(before);
        assertThat(timeline.find()).isTrue();
        mvc.perform(post("/cases/" + kase.id() + "/events").session(authority).with(csrf())
                        .param("type", "DIVERSION_PLAN_DECIDED").param("version", timeline.group(1))
                        .param("attr.planVersion", "1").param("occurredAt", "2026-11-18T09:00")
                        .param("attr.approved", "true"))
                .andExpect(status().is3xxRedirection());

        LegalEvent decided = cases.timeline(prosecutor, kase.id()).last(EventType.DIVERSION_PLAN_DECIDED)
                .orElseThrow();
        assertThat(decided.attributes().isTrue("approved")).isTrue();
        assertThat(decided.attributes().integer("planVersion")).contains(1);
        assertThat(page(authority, "/cases/" + kase.id() + "/diversion/plan")).contains("Approved on 18 Nov 2026")
                .doesNotContain("Approve version 1");
    }

    private void order() {
        fixtures.record(prosecutor, kase.id(), "DIVERSION_ORDERED", now().minusHours(2), "by", "PROSECUTOR",
                "measures", List.of(Map.of("type", "SCHOOL_ATTENDANCE", "months", 3)));
    }

    private MockHttpServletResponse save(Actor actor, int version, Map<String, Object> plan) throws Exception {
        return mvc.perform(put("/api/v1/cases/" + kase.id() + "/diversion-plan").header("Authorization", bearer(actor))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body(version, plan))))
                .andReturn().getResponse();
    }

    private static Map<String, Object> body(int version, Map<String, Object> plan) {
        Map<String, Object> body = new LinkedHashMap<>(plan);
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> plan(String objectives) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("objectives", objectives);
        plan.put("measures", "School attendance for 3 months at Wat Phnom primary school");
        plan.put("responsible", "Implementer: the school director; supervising social agent: DoSVY Phnom Penh");
        plan.put("schedule", "Starts 1 December; monthly visits; report to the prosecutor every month");
        plan.put("childConsented", true);
        return plan;
    }

    private JsonNode ok(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return readJson(response.getContentAsString());
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private int versions() {
        return jdbc.sql("SELECT COUNT(*) FROM diversion_plan WHERE case_id = :id").param("id", kase.id().value())
                .query(Integer.class).single();
    }

    private int auditLines(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE case_id = :id AND action = :action")
                .param("id", kase.id().value()).param("action", action).query(Integer.class).single();
    }

    private OffsetDateTime now() {
        return clock.instant().atZone(Cambodia.ZONE).toOffsetDateTime();
    }
}
