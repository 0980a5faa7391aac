package org.komar.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.support.IntegrationTest;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * The social inquiry report through its API: versions kept on every save, a stale version refused with a conflict
 * in the writer's language, submission on the timeline where the safeguard rules read it, drafts for writers only,
 * scope and permissions, every read and write audited.
 */
class SocialInquiryTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    private Actor police;
    private Actor prosecutor;
    private Actor social;
    private CaseView kase;

    /** A fifteen-year-old arrested for theft in Phnom Penh; the prosecutor asks for the report for diversion. */
    @BeforeEach
    void aChildInConflictWithTheLaw() {
        clock.set(LocalDateTime.of(2026, 11, 16, 9, 0).atZone(Cambodia.ZONE).toInstant());
        police = fixtures.actor(Role.POLICE, "12");
        prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        social = fixtures.actor(Role.SOCIAL_AGENT, "12");
        Child child = fixtures.child(police, "Keo Sophal", "កែវ សុផល", "M", LocalDate.of(2011, 2, 3));
        kase = fixtures.conflictCase(police, child, "THEFT", "MISDEMEANOUR", LocalDate.of(2026, 11, 14));
    }

    @Test
    void each_save_is_a_new_version_and_submitting_records_the_report_on_the_timeline() throws Exception {
        LegalEvent request = fixtures.record(prosecutor, kase.id(), "SOCIAL_INQUIRY_REQUESTED", now().minusHours(2),
                "purpose", "DIVERSION_PLAN");
        String token = bearer(social);

        JsonNode first = ok(save(token, 0, false, Map.of("familySituation", "Lives with his mother",
                "livesWith", "MOTHER")));
        assertThat(first.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(first.at("/report/status").asText()).isEqualTo("DRAFT");
        assertThat(first.at("/report/requestEventId").asText()).isEqualTo(request.id().toString());

        clock.set(clock.instant().plusSeconds(3600));
        JsonNode submitted = ok(save(token, 1, true, complete()));
        assertThat(submitted.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(submitted.get("submittedVersion").asInt()).isEqualTo(2);
        assertThat(submitted.at("/report/basedOn").asInt()).isEqualTo(1);
        assertThat(submitted.at("/report/status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.at("/report/recommendsDiversion").asBoolean()).isTrue();
        assertThat(submitted.get("versions")).hasSize(2);

        LegalEvent event = cases.timeline(social, kase.id()).last(EventType.SOCIAL_INQUIRY_SUBMITTED).orElseThrow();
        assertThat(submitted.at("/report/submittedEventId").asText()).isEqualTo(event.id().toString());
        assertThat(event.attributes().integer("reportVersion")).contains(2);
        assertThat(event.attributes().isTrue("sufficient")).isTrue();
        assertThat(event.attributes().text("author")).hasValueSatisfying(a -> assertThat(a).contains("Test SOCIAL_AGENT"));
        assertThat(event.recordedBy()).isEqualTo(social.userId());

        JsonNode older = readJson(mvc.perform(get("/api/v1/cases/" + kase.id() + "/social-inquiry")
                        .param("version", "1").header("Authorization", token)).andReturn().getResponse()
                .getContentAsString());
        assertThat(older.at("/report/familySituation").asText()).isEqualTo("Lives with his mother");
        assertThat(absent(older.at("/report/behaviour"))).isTrue();
        assertThat(auditLines("SOCIAL_INQUIRY_SAVED")).isEqualTo(1);
        assertThat(auditLines("SOCIAL_INQUIRY_SUBMITTED")).isEqualTo(1);
        assertThat(auditLines("SOCIAL_INQUIRY_READ")).isEqualTo(1);
    }

    @Test
    void a_save_based_on_a_stale_version_is_refused_in_the_writers_language_and_changes_nothing() throws Exception {
        Actor colleague = fixtures.actor(Role.SOCIAL_AGENT, "12");
        ok(save(bearer(social), 0, false, Map.of("familySituation", "First visit")));
        ok(save(bearer(colleague), 1, false, Map.of("familySituation", "Second visit, with the grandmother")));

        MockHttpServletResponse stale = mvc.perform(put("/api/v1/cases/" + kase.id() + "/social-inquiry")
                        .header("Authorization", bearer(social)).header("Accept-Language", "km")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body(1, false, Map.of("familySituation", "Mine")))))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        JsonNode problem = readJson(stale.getContentAsString());
        assertThat(problem.get("code").asText()).isEqualTo("SOCIAL_INQUIRY_CHANGED");
        assertThat(problem.get("detail").asText()).contains("កំណែទី 2");

        assertThat(versions()).isEqualTo(2);
        JsonNode latest = ok(mvc.perform(get("/api/v1/cases/" + kase.id() + "/social-inquiry")
                .header("Authorization", bearer(social))).andReturn().getResponse());
        assertThat(latest.at("/report/familySituation").asText()).isEqualTo("Second visit, with the grandmother");
        assertThat(latest.at("/report/author").asText()).isEqualTo("Test SOCIAL_AGENT");
    }

    @Test
    void writers_who_read_the_same_version_save_at_once_and_exactly_one_succeeds() throws Exception {
        ok(save(bearer(social), 0, false, Map.of("familySituation", "First visit")));
        List<String> tokens = List.of(bearer(social), bearer(fixtures.actor(Role.SOCIAL_AGENT, "12")),
                bearer(fixtures.actor(Role.SOCIAL_AGENT, "12")), bearer(fixtures.actor(Role.SOCIAL_AGENT, "12")));
        CyclicBarrier start = new CyclicBarrier(tokens.size());
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                String text = "Visit by writer " + i;
                statuses.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return save(token, 1, false, Map.of("familySituation", text)).getStatus();
                }));
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(answers).containsOnlyOnce(200).filteredOn(s -> s != 200).allMatch(s -> s == 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(versions()).isEqualTo(2);
    }

    @Test
    void submitting_needs_every_section_and_the_key_facts_and_bad_input_writes_nothing() throws Exception {
        MockHttpServletResponse incomplete = save(bearer(social), 0, true, Map.of("familySituation", "Only this",
                "lastGrade", 13));
        assertThat(incomplete.getStatus()).isEqualTo(400);
        JsonNode problem = readJson(incomplete.getContentAsString());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("behaviour", "education", "livingConditions", "development", "needs",
                "recommendations", "livesWith", "schoolAttendance", "lastGrade").doesNotContain("familySituation");

        assertThat(save(bearer(social), 0, false, Map.of()).getStatus()).isEqualTo(400);
        assertThat(save(bearer(social), 0, false, Map.of("livesWith", "NEIGHBOURS")).getStatus()).isEqualTo(400);
        assertThat(versions()).isZero();
        assertThat(cases.timeline(social, kase.id()).contains(EventType.SOCIAL_INQUIRY_SUBMITTED)).isFalse();
    }

    @Test
    void others_in_scope_read_submitted_versions_only_and_only_social_agents_in_scope_write() throws Exception {
        ok(save(bearer(social), 0, false, Map.of("familySituation", "Draft only the writer sees")));
        JsonNode beforeSubmission = ok(mvc.perform(get("/api/v1/cases/" + kase.id() + "/social-inquiry")
                .header("Authorization", bearer(police))).andReturn().getResponse());
        assertThat(absent(beforeSubmission.get("report"))).isTrue();
        assertThat(beforeSubmission.get("versions")).isEmpty();
        assertThat(beforeSubmission.toString()).doesNotContain("Draft only the writer sees");

        ok(save(bearer(social), 1, true, complete()));
        ok(save(bearer(social), 2, false, Map.of("familySituation", "Supplement in progress")));
        JsonNode afterSubmission = ok(mvc.perform(get("/api/v1/cases/" + kase.id() + "/social-inquiry")
                .header("Authorization", bearer(prosecutor))).andReturn().getResponse());
        assertThat(afterSubmission.at("/report/version").asInt()).isEqualTo(2);
        assertThat(afterSubmission.get("versions")).hasSize(1);

        assertThat(save(bearer(police), 3, false, Map.of("familySituation", "Police note")).getStatus())
                .isEqualTo(403);
        Actor elsewhere = fixtures.actor(Role.SOCIAL_AGENT, "17");
        assertThat(save(bearer(elsewhere), 3, false, Map.of("familySituation", "x")).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/cases/" + kase.id() + "/social-inquiry")
                .header("Authorization", bearer(elsewhere))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(versions()).isEqualTo(3);
    }

    @Test
    void a_submission_voided_on_the_timeline_reads_as_voided_and_others_no_longer_see_it() throws Exception {
        ok(save(bearer(social), 0, false, Map.of("familySituation", "Lives with his mother")));
        ok(save(bearer(social), 1, true, complete()));
        LegalEvent event = cases.timeline(social, kase.id()).last(EventType.SOCIAL_INQUIRY_SUBMITTED).orElseThrow();
        cases.voidEvent(social, kase.id(), event.id(), null, "Submitted on the wrong case");

        JsonNode writer = ok(mvc.perform(get("/api/v1/cases/" + kase.id() + "/social-inquiry")
                .header("Authorization", bearer(social))).andReturn().getResponse());
        assertThat(writer.at("/report/version").asInt()).isEqualTo(2);
        assertThat(writer.at("/report/status").asText()).isEqualTo("SUBMISSION_VOIDED");
        assertThat(absent(writer.get("submittedVersion"))).isTrue();
        JsonNode reader = ok(mvc.perform(get("/api/v1/cases/" + kase.id() + "/social-inquiry")
                .header("Authorization", bearer(prosecutor))).andReturn().getResponse());
        assertThat(absent(reader.get("report"))).as("the prosecutor sees no submitted report").isTrue();
        assertThat(reader.get("versions")).isEmpty();

        String page = mvc.perform(get("/cases/" + kase.id() + "/social-inquiry").session(signIn(social)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Submission voided").doesNotContain(">Submitted<");
        assertThat(versions()).as("nothing stored changed").isEqualTo(2);
    }

    @Test
    void a_submitted_report_turns_the_safeguards_that_need_it_from_pending_or_breached_to_met() throws Exception {
        Actor judge = fixtures.actor(Role.INVESTIGATING_JUDGE, "12");
        Actor trialJudge = fixtures.actor(Role.JUDGE, "12");
        // The investigating judge found a first report insufficient (JJL 42): a supplement is due in 10 working days.
        fixtures.record(social, kase.id(), "SOCIAL_INQUIRY_SUBMITTED", now().minusDays(1), "sufficient", false);
        assertThat(rule(kase, "CLO-2").get("status").asText()).isEqualTo("PENDING");
        ok(save(kase, bearer(social), 0, true, complete()));
        assertThat(rule(kase, "CLO-2").get("status").asText()).isEqualTo("MET");

        // Before detention and trial (JJL 39, 46): the report submitted here is the only one on the case.
        CaseView reported = fixtures.conflictCase(police, fixtures.child(police, "Meas Dara", "មាស ដារា", "M",
                LocalDate.of(2011, 5, 5)), "THEFT", "MISDEMEANOUR", LocalDate.of(2026, 11, 14));
        CaseView without = fixtures.conflictCase(police, fixtures.child(police, "Chea Vuthy", "ជា វុទ្ធី", "M",
                LocalDate.of(2011, 6, 6)), "THEFT", "MISDEMEANOUR", LocalDate.of(2026, 11, 14));
        ok(save(reported, bearer(social), 0, true, complete()));
        clock.set(clock.instant().plusSeconds(86_400));
        for (CaseView c : List.of(reported, without)) {
            fixtures.record(judge, c.id(), "PRETRIAL_DETENTION_ORDERED", now().minusHours(3), "reasoned", true);
            fixtures.record(trialJudge, c.id(), "HEARING_HELD", now().minusHours(1), "inCamera", true);
        }
        assertThat(rule(without, "PTD-6").get("status").asText()).isEqualTo("BREACHED");
        assertThat(rule(without, "TRI-3").get("status").asText()).isEqualTo("BREACHED");
        assertThat(rule(reported, "PTD-6").get("status").asText()).isEqualTo("MET");
        assertThat(rule(reported, "TRI-3").get("status").asText()).isEqualTo("MET");
    }

    private JsonNode rule(CaseView c, String code) throws Exception {
        JsonNode rules = ok(mvc.perform(get("/api/v1/cases/" + c.id() + "/safeguards")
                .header("Authorization", bearer(police))).andReturn().getResponse());
        for (JsonNode rule : rules) {
            if (rule.get("rule").asText().equals(code)) {
                return rule;
            }
        }
        throw new AssertionError(code + " not among " + rules);
    }

    private MockHttpServletResponse save(String token, int version, boolean submit, Map<String, Object> fields)
            throws Exception {
        return save(kase, token, version, submit, fields);
    }

    private MockHttpServletResponse save(CaseView c, String token, int version, boolean submit,
                                         Map<String, Object> fields) throws Exception {
        return mvc.perform(put("/api/v1/cases/" + c.id() + "/social-inquiry").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body(version, submit, fields)))).andReturn().getResponse();
    }

    private static Map<String, Object> body(int version, boolean submit, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("version", version);
        body.put("submit", submit);
        return body;
    }

    /** A report with every section and the key facts, as a social agent submits it. */
    private static Map<String, Object> complete() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("familySituation", "ឪពុកធ្វើការនៅថៃ ម្តាយលក់ដូរនៅផ្សារ");
        report.put("behaviour", "Calm, polite; first contact with the police");
        report.put("education", "Left school in grade 6 to help his mother");
        report.put("livingConditions", "Rented room near the market");
        report.put("development", "Understands what he did and regrets it");
        report.put("needs", "Needs support to return to school");
        report.put("recommendations", "Diversion with school attendance for 6 months");
        report.put("livesWith", "MOTHER");
        report.put("schoolAttendance", "DROPPED_OUT");
        report.put("lastGrade", 6);
        report.put("recommendsDiversion", true);
        report.put("recommendsNonCustodial", true);
        return report;
    }

    private JsonNode ok(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return readJson(response.getContentAsString());
    }

    /** JSON leaves out what is null. */
    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private int versions() {
        return jdbc.sql("SELECT COUNT(*) FROM social_inquiry WHERE case_id = :id").param("id", kase.id().value())
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
