package org.komar.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.komar.access.Role;
import org.komar.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

/** The survey calls of the API, the limits they enforce, the result tables, the shared link and who sees what. */
class SurveyApiTest extends IntegrationTest {

    static final String DEFINITION = """
            {"title": {"en": "Network priorities 2026", "km": "អាទិភាពបណ្តាញ ២០២៦"},
             "groups": [{"code": "ORG", "label": {"en": "Organisations", "km": "អង្គការ"}},
                        {"code": "CYN", "label": {"en": "Child and youth-led networks", "km": "បណ្តាញកុមារ និងយុវជន"}}],
             "questions": [
               {"kind": "MULTIPLE", "required": true, "maxChoices": 2,
                "text": {"en": "Which topics should the working group take up?", "km": "តើក្រុមការងារគួរលើកយកប្រធានបទណាខ្លះ?"},
                "options": [{"label": {"en": "Diversion", "km": "ការបង្វែរ"}},
                            {"label": {"en": "Children's courts", "km": "តុលាការកុមារ"}},
                            {"label": {"en": "Detention conditions", "km": "លក្ខខណ្ឌឃុំខ្លួន"}},
                            {"label": {"en": "Other", "km": "ផ្សេងៗ"}, "other": true}]},
               {"kind": "YES_NO", "text": {"en": "Are you on the e-mail group?", "km": "តើអ្នកនៅក្នុងក្រុមអ៊ីមែលទេ?"}},
               {"kind": "TEXT", "text": {"en": "Anything else?", "km": "មានអ្វីផ្សេងទៀតទេ?"}}],
             "status": "OPEN"}""";

    @Autowired
    AgencyDirectory agencies;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Actor organiser;
    private String token;

    @BeforeEach
    void organiser() throws Exception {
        organiser = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        token = bearer(organiser);
    }

    @Test
    void an_organiser_creates_a_survey_and_reads_counts_per_option_per_group_ordered_by_total() throws Exception {
        JsonNode survey = create(DEFINITION);
        assertThat(survey.get("status").asText()).isEqualTo("OPEN");
        assertThat(survey.get("link").asText()).startsWith("/public/surveys/");
        JsonNode question = survey.get("questions").get(0);
        assertThat(question.get("maxChoices").asInt()).isEqualTo(2);
        assertThat(survey.get("questions").get(1).get("options").get(0).get("label").get("km").asText())
                .isEqualTo("បាទ/ចាស");

        Actor respondent = fixtures.actor(Role.NGO_CASE_WORKER, "17");
        String respondentToken = bearer(respondent);
        respond(survey, respondentToken, "ORG", List.of(1), null);
        respond(survey, respondentToken, "ORG", List.of(1, 0), null);
        respond(survey, respondentToken, "CYN", List.of(2, 3), "Play spaces");
        String lastResponse = respond(survey, respondentToken, "CYN", List.of(2), null);

        JsonNode results = readJson(mvc.perform(get("/api/v1/surveys/" + survey.get("id").asText() + "/results")
                        .header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(results.get("survey").asText()).isEqualTo(survey.get("id").asText());
        assertThat(results.get("groups").toString()).isEqualTo("[\"ORG\",\"CYN\"]");
        assertThat(results.get("respondents").toString()).isEqualTo("{\"ORG\":2,\"CYN\":2}");
        JsonNode first = results.get("questions").get(0);
        assertThat(first.get("id").asText()).isEqualTo(question.get("id").asText());
        List<String> order = new ArrayList<>();
        first.get("options").forEach(option -> order.add(option.get("label").get("en").asText() + "="
                + option.get("counts").get("ORG").asInt() + "+" + option.get("counts").get("CYN").asInt() + "="
                + option.get("total").asInt()));
        assertThat(order).containsExactly("Children's courts=2+0=2", "Detention conditions=0+2=2",
                "Diversion=1+0=1", "Other=0+1=1");
        assertThat(first.get("options").get(3).get("texts").get(0).asText()).isEqualTo("Play spaces");
        // Every write and every reading of results is audited under the survey, never under the response.
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject_type = 'SURVEY' AND subject_id = :id")
                .param("id", survey.get("id").asText()).query(String.class).list())
                .containsOnly("SURVEY_CREATED", "SURVEY_OPENED", "SURVEY_RESPONSE_SUBMITTED", "SURVEY_RESULTS_READ")
                .filteredOn("SURVEY_RESPONSE_SUBMITTED"::equals).hasSize(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = :response OR details LIKE :like")
                .param("response", lastResponse).param("like", "%" + lastResponse + "%").query(Long.class).single())
                .isZero();
    }

    @Test
    void a_response_over_the_limit_is_refused_with_a_localised_error_and_nothing_is_counted() throws Exception {
        JsonNode survey = create(DEFINITION);
        String respondentToken = bearer(fixtures.actor(Role.SOCIAL_AGENT, "12"));
        String body = answer(survey, "ORG", List.of(0, 1, 2), null);

        mvc.perform(post("/api/v1/surveys/" + survey.get("id").asText() + "/responses")
                        .header("Authorization", respondentToken).header("Accept-Language", "km")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("SURVEY_TOO_MANY_CHOICES"))
                .andExpect(jsonPath("$.errors[0].field").value("answers." + survey.get("questions").get(0)
                        .get("id").asText()))
                .andExpect(jsonPath("$.errors[0].detail").value("សូមជ្រើសរើសយ៉ាងច្រើន 2 ជម្រើស។"));

        mvc.perform(get("/api/v1/surveys/" + survey.get("id").asText() + "/results").header("Authorization", token))
                .andExpect(jsonPath("$.respondents.ORG").value(0));
    }

    @Test
    void a_definition_missing_khmer_is_refused_and_nothing_is_created() throws Exception {
        mvc.perform(post("/api/v1/surveys").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content(DEFINITION.replace("\"km\": \"ការបង្វែរ\"", "\"km\": \"\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("questions[0].options[0].label.km"))
                .andExpect(jsonPath("$.errors[0].code").value("REQUIRED"));
        mvc.perform(get("/api/v1/surveys").header("Authorization", token))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void organisers_see_their_agency_surveys_only_and_others_cannot_build_or_read_results() throws Exception {
        JsonNode survey = create(DEFINITION);
        String id = survey.get("id").asText();
        Actor elsewhere = fixtures.actor(Role.NETWORK_COORDINATOR, "17");
        mvc.perform(get("/api/v1/surveys/" + id + "/results").header("Authorization", bearer(elsewhere)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("SURVEY_NOT_FOUND"));
        Actor colleague = fixtures.actor(Role.NETWORK_COORDINATOR, agencies.require(organiser.agencyId()));
        mvc.perform(get("/api/v1/surveys/" + id + "/results").header("Authorization", bearer(colleague)))
                .andExpect(status().isOk());

        String caseWorker = bearer(fixtures.actor(Role.NGO_CASE_WORKER, "12"));
        mvc.perform(post("/api/v1/surveys").header("Authorization", caseWorker)
                        .contentType(MediaType.APPLICATION_JSON).content(DEFINITION))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/surveys/" + id + "/results").header("Authorization", caseWorker))
                .andExpect(status().isForbidden());
        // A respondent reads the form, without the organisers' link.
        mvc.perform(get("/api/v1/surveys/" + id).header("Authorization", caseWorker))
                .andExpect(status().isOk()).andExpect(jsonPath("$.link").doesNotExist())
                .andExpect(jsonPath("$.questions.length()").value(3));
        mvc.perform(get("/api/v1/surveys/" + id + "/results")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_closed_survey_takes_no_more_responses_and_a_draft_is_invisible_to_respondents() throws Exception {
        JsonNode draft = create(DEFINITION.replace("\"status\": \"OPEN\"", "\"status\": \"DRAFT\""));
        String respondentToken = bearer(fixtures.actor(Role.POLICE, "12"));
        mvc.perform(get("/api/v1/surveys/" + draft.get("id").asText()).header("Authorization", respondentToken))
                .andExpect(status().isNotFound());
        mvc.perform(get(draft.get("link").asText())).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/surveys/" + draft.get("id").asText() + "/open").header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        respond(draft, respondentToken, "CYN", List.of(0), null);
        mvc.perform(post("/api/v1/surveys/" + draft.get("id").asText() + "/close").header("Authorization", token))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/surveys/" + draft.get("id").asText() + "/responses")
                        .header("Authorization", respondentToken).contentType(MediaType.APPLICATION_JSON)
                        .content(answer(draft, "CYN", List.of(0), null)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("SURVEY_NOT_OPEN"));
    }

    @Test
    void an_anonymous_respondent_answers_through_the_link_with_csrf_and_sees_only_their_own_answers()
            throws Exception {
        JsonNode survey = create(DEFINITION);
        String link = survey.get("link").asText();
        JsonNode question = survey.get("questions").get(0);
        String option = question.get("options").get(1).get("id").asText();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get(link).session(session).header("Accept-Language", "km")).andExpect(status().isOk());
        mvc.perform(post(link).session(session).param("group", "CYN").param("q." + question.get("id").asText(),
                        option)).andExpect(status().isForbidden());
        String receipt = mvc.perform(post(link).session(session).with(csrf()).param("group", "CYN")
                        .param("q." + question.get("id").asText(), option))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(receipt).startsWith("/public/surveys/responses/");
        String page = mvc.perform(get(receipt).session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Children&#39;s courts").doesNotContain("Diversion");

        // The link opens nothing else: the organisers' pages still need a sign-in.
        mvc.perform(get("/surveys/" + survey.get("id").asText() + "/results").session(session))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/surveys/" + survey.get("id").asText() + "/results").header("Authorization", token))
                .andExpect(jsonPath("$.respondents.CYN").value(1));
    }

    @Test
    void the_link_form_shows_a_broken_limit_beside_its_question_and_keeps_the_answers() throws Exception {
        JsonNode survey = create(DEFINITION);
        JsonNode question = survey.get("questions").get(0);
        String field = "q." + question.get("id").asText();
        String page = mvc.perform(post(survey.get("link").asText()).with(csrf()).header("Accept-Language", "en")
                        .param("group", "ORG").param(field, question.get("options").get(0).get("id").asText(),
                                question.get("options").get(1).get("id").asText(),
                                question.get("options").get(2).get("id").asText()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choose at most 2 options.").contains("checked");
    }

    @Test
    void results_download_as_csv_and_xlsx_in_the_reader_language() throws Exception {
        JsonNode survey = create(DEFINITION);
        respond(survey, bearer(fixtures.actor(Role.LAWYER, "12")), "ORG", List.of(1), null);
        MockHttpSession signedIn = SignIn.session(mvc, organiser);
        String id = survey.get("id").asText();

        byte[] csv = mvc.perform(get("/surveys/" + id + "/results.csv").session(signedIn))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        String page = mvc.perform(get("/surveys/" + id + "/results").session(signedIn)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Child and youth-led networks").contains("data-chart=");
        assertThat(text).startsWith("\uFEFF").contains("Children's courts,1,0,1").contains("Respondents,,1,0,1");

        mvc.perform(post("/locale").session(signedIn).with(csrf()).param("lang", "km").param("back", "/"))
                .andExpect(status().is3xxRedirection());
        byte[] xlsx = mvc.perform(get("/surveys/" + id + "/results.xlsx").session(signedIn))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(3)).isEqualTo("អង្គការ");
            assertThat(rows.get(2).getCellText(2)).isEqualTo("តុលាការកុមារ");
            assertThat(rows.get(2).getCellAsNumber(5).orElseThrow().intValue()).isEqualTo(1);
        }
    }

    private JsonNode create(String definition) throws Exception {
        return readJson(mvc.perform(post("/api/v1/surveys").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(definition))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private String respond(JsonNode survey, String bearer, String group, List<Integer> options, String other)
            throws Exception {
        return readJson(mvc.perform(post("/api/v1/surveys/" + survey.get("id").asText() + "/responses")
                        .header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content(answer(survey, group, options, other)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.receipt").exists())
                .andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    private String answer(JsonNode survey, String group, List<Integer> options, String other) {
        JsonNode question = survey.get("questions").get(0);
        List<String> ids = options.stream().map(i -> "\"" + question.get("options").get(i).get("id").asText() + "\"")
                .toList();
        return "{\"group\": \"" + group + "\", \"language\": \"km\", \"answers\": [{\"question\": \""
                + question.get("id").asText() + "\", \"options\": " + ids + (other == null ? ""
                : ", \"other\": \"" + other + "\"") + "}]}";
    }
}
