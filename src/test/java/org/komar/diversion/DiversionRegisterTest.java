package org.komar.diversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

/**
 * The diversion register and a case's diversion: scope inside the query (province reach, agency reach, personal
 * assignment; nothing out of scope, counts included), filters, the API, the printable page, the CSV in the reader's
 * language, and the audit line of each reading.
 */
class DiversionRegisterTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    private Actor police;
    private Actor prosecutor;
    private CaseView phnomPenh;
    private CaseView siemReap;

    @BeforeEach
    void twoDiversionsInTwoProvinces() {
        police = fixtures.actor(Role.POLICE, "12");
        prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        phnomPenh = diverted(police, prosecutor, "Sok Vanna", "សុខ វណ្ណា");
        Actor police17 = fixtures.actor(Role.POLICE, "17");
        siemReap = diverted(police17, fixtures.actor(Role.PROSECUTOR, "17"), "Chea Rina", "ជា រីណា");
    }

    @Test
    void a_prosecutor_sees_the_diversions_of_their_province_and_none_of_another() throws Exception {
        JsonNode register = api(prosecutor, "/api/v1/diversions");

        assertThat(ids(register)).contains(phnomPenh.id().toString()).doesNotContain(siemReap.id().toString());
        assertThat(register.toString()).doesNotContain("ជា រីណា", "Chea Rina");
        JsonNode mine = item(register, phnomPenh);
        assertThat(mine.get("stage").asText()).isEqualTo("PROSECUTOR");
        assertThat(mine.get("status").asText()).isEqualTo("AWAITING_PLAN");
        assertThat(mine.get("measures").get(0).get("type").asText()).isEqualTo("SCHOOL_ATTENDANCE");
        assertThat(mine.get("planDueAt").asText()).isNotBlank();
        assertThat(mine.get("nextDueAt").asText()).isEqualTo(mine.get("planDueAt").asText());
    }

    @Test
    void agency_reach_and_personal_assignment_bound_what_the_register_shows() throws Exception {
        Actor otherPolice = fixtures.actor(Role.POLICE, "12");
        assertThat(ids(api(police, "/api/v1/diversions"))).contains(phnomPenh.id().toString());
        assertThat(ids(api(otherPolice, "/api/v1/diversions"))).as("another police unit of the same province")
                .doesNotContain(phnomPenh.id().toString());

        Actor lawyer = fixtures.actor(Role.LAWYER, "12");
        assertThat(api(lawyer, "/api/v1/diversions").get("total").asLong()).isZero();
        cases.addParty(police, phnomPenh.id(), new OpenCase.NewParty(null, lawyer.username(), "LEGAL_AID"));
        assertThat(ids(api(lawyer, "/api/v1/diversions"))).containsExactly(phnomPenh.id().toString());
    }

    @Test
    void people_without_case_access_are_refused_the_register() throws Exception {
        Actor statistician = fixtures.actor(Role.STATISTICIAN, (String) null);
        assertThat(mvc.perform(get("/api/v1/diversions").header("Authorization", bearer(statistician)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/cases/" + phnomPenh.id() + "/diversion")
                .header("Authorization", bearer(statistician))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void filters_narrow_the_register_and_a_status_change_moves_the_order() throws Exception {
        assertThat(ids(api(prosecutor, "/api/v1/diversions?status=UNDER_WAY")))
                .doesNotContain(phnomPenh.id().toString());
        fixtures.record(prosecutor, phnomPenh.id(), "DIVERSION_PLAN_DECIDED", now(), "approved", true);

        assertThat(ids(api(prosecutor, "/api/v1/diversions?status=UNDER_WAY&stage=PROSECUTOR&province=12")))
                .contains(phnomPenh.id().toString());
        assertThat(ids(api(prosecutor, "/api/v1/diversions?province=17"))).isEmpty();
        String today = LocalDate.now(clock.withZone(Cambodia.ZONE)).toString();
        assertThat(ids(api(prosecutor, "/api/v1/diversions?from=" + today + "&to=" + today)))
                .contains(phnomPenh.id().toString());
        MockHttpServletResponse invalid = mvc.perform(get("/api/v1/diversions?status=LOST")
                .header("Authorization", bearer(prosecutor))).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(400);
    }

    @Test
    void a_case_diversion_answers_in_scope_and_is_not_found_out_of_scope() throws Exception {
        JsonNode diversion = api(prosecutor, "/api/v1/cases/" + phnomPenh.id() + "/diversion");
        assertThat(diversion.get("considerations").get(0).get("decision").asText()).isEqualTo("DIVERTED");
        assertThat(diversion.get("considerations").get(0).get("reasons").get(0).asText()).isEqualTo("CONDITIONS_MET");
        assertThat(diversion.get("orders").get(0).get("status").asText()).isEqualTo("AWAITING_PLAN");

        assertThat(mvc.perform(get("/api/v1/cases/" + siemReap.id() + "/diversion")
                .header("Authorization", bearer(prosecutor))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void the_register_page_is_printable_and_its_csv_is_in_the_readers_language() throws Exception {
        MockHttpSession session = signIn(prosecutor);
        String page = mvc.perform(get("/diversion/register").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(phnomPenh.caseNumber(), "Sok Vanna", "data-print", "Awaiting plan")
                .doesNotContain(siemReap.caseNumber());

        mvc.perform(post("/locale").session(session).with(csrf()).param("lang", "km").param("back", "/"));
        MockHttpServletResponse csv = mvc.perform(get("/diversion/register.csv").param("province", "12")
                .session(session)).andReturn().getResponse();
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(text).startsWith("\uFEFF").contains("សំណុំរឿង", "រង់ចាំផែនការ", phnomPenh.caseNumber(),
                "សុខ វណ្ណា").doesNotContain(siemReap.caseNumber());
    }

    @Test
    void the_case_panel_shows_each_consideration_and_the_order_with_its_due_dates_and_overdue_marks() throws Exception {
        fixtures.record(prosecutor, phnomPenh.id(), "DIVERSION_PLAN_DECIDED", now(), "approved", true);
        Actor social = fixtures.actor(Role.SOCIAL_AGENT, "12");
        fixtures.record(social, phnomPenh.id(), "DIVERSION_NONCOMPLIANCE_REPORTED", now());
        clock.advance(java.time.Duration.ofDays(20));
        fixtures.record(social, phnomPenh.id(), "DIVERSION_MODIFICATION_REQUESTED", now());

        String panel = mvc.perform(get("/cases/" + phnomPenh.id() + "/panels/diversion").session(signIn(social)))
                .andReturn().getResponse().getContentAsString();

        assertThat(panel).contains("Prosecutor (JJL 28)", "Diverted", "All conditions met (JJL 63)",
                "School attendance 4 months", "Non-compliance reported", "hearing due by", "Overdue",
                "else deemed approved", "Non-compliance with diversion reported");
        assertThat(panel).as("a social agent may not record the order").doesNotContain(">Diversion ordered<");
        assertThat(mvc.perform(get("/cases/" + siemReap.id() + "/panels/diversion").session(signIn(social)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void every_reading_of_the_register_and_of_a_case_diversion_is_audited_without_names() throws Exception {
        api(prosecutor, "/api/v1/diversions");
        api(prosecutor, "/api/v1/cases/" + phnomPenh.id() + "/diversion");

        List<Map<String, Object>> lines = jdbc.sql("""
                SELECT action, case_id, details FROM audit_entry WHERE actor_username = :user
                AND action IN ('DIVERSION_REGISTER_LISTED', 'DIVERSION_READ') ORDER BY id""")
                .param("user", prosecutor.username()).query().listOfRows();
        assertThat(lines).extracting(line -> line.get("action"))
                .containsExactly("DIVERSION_REGISTER_LISTED", "DIVERSION_READ");
        assertThat(String.valueOf(lines.get(0).get("details"))).contains(phnomPenh.id().toString())
                .doesNotContain("Sok Vanna");
    }

    private CaseView diverted(Actor opener, Actor decider, String latin, String khmer) {
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        Child child = fixtures.child(opener, latin, khmer, "M", today.minusYears(15).minusMonths(3));
        CaseView kase = cases.open(opener, new OpenCase(child.id().toString(), "CONFLICT_WITH_LAW", "PETTY_THEFT",
                "MISDEMEANOUR", true, 1, 12, today, opener.agencyProvince() + "0101", null, List.of()));
        fixtures.record(decider, kase.id(), "DIVERSION_CONSIDERED", now(), "by", "PROSECUTOR", "decision", "DIVERTED",
                "reasons", List.of("CONDITIONS_MET"));
        fixtures.record(decider, kase.id(), "DIVERSION_ORDERED", now(), "by", "PROSECUTOR", "measures",
                List.of(Map.of("type", "SCHOOL_ATTENDANCE", "months", 4)));
        return kase;
    }

    private JsonNode api(Actor actor, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).header("Authorization", bearer(actor)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return readJson(response.getContentAsString());
    }

    private static List<String> ids(JsonNode register) {
        return register.has("items") ? register.get("items").valueStream().map(i -> i.get("caseId").asText())
                .toList() : List.of();
    }

    private static JsonNode item(JsonNode register, CaseView kase) {
        return register.get("items").valueStream().filter(i -> i.get("caseId").asText().equals(kase.id().toString()))
                .findFirst().orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), Cambodia.ZONE).minusMinutes(1);
    }
}
