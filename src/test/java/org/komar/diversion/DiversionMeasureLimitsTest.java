package org.komar.diversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.komar.timeline.EventType;
import org.komar.timeline.NewEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * JJL Art. 65 (rule DIV-5) checked when a diversion order is recorded: community service only from 16 at the offence
 * (the youngest age the records allow) and for at most 100 hours; school, family time and training at most 6 months.
 * A refused order is a localised 400 (API) or a form error (page), and nothing is written.
 */
class DiversionMeasureLimitsTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    private Actor police;
    private Actor prosecutor;

    @BeforeEach
    void actors() {
        police = fixtures.actor(Role.POLICE, "12");
        prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
    }

    @Test
    void community_service_for_a_child_fifteen_at_the_offence_is_refused_and_nothing_is_written() throws Exception {
        CaseView kase = caseOfChildAged(15);

        MockHttpServletResponse response = order(kase, "km", measure("COMMUNITY_SERVICE", 40, null));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = readJson(response.getContentAsString());
        assertThat(problem.get("code").asText()).isEqualTo("VALIDATION_FAILED");
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("attributes.measures[0].type");
        assertThat(error.get("code").asText()).isEqualTo("DIVERSION_COMMUNITY_SERVICE_UNDER_16");
        assertThat(error.get("detail").asText()).contains("ការងារសហគមន៍", "១៦", "15");
        assertThat(cases.timeline(prosecutor, kase.id()).isEmpty()).isTrue();
    }

    @Test
    void community_service_of_100_hours_for_a_child_sixteen_at_the_offence_is_recorded() throws Exception {
        CaseView kase = caseOfChildAged(16);

        MockHttpServletResponse response = order(kase, "en", measure("COMMUNITY_SERVICE", 100, null));

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        assertThat(cases.timeline(prosecutor, kase.id()).ofType(EventType.DIVERSION_ORDERED)).hasSize(1);
    }

    @Test
    void community_service_of_101_hours_is_refused() throws Exception {
        CaseView kase = caseOfChildAged(17);

        MockHttpServletResponse response = order(kase, "en", measure("COMMUNITY_SERVICE", 101, null));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode error = readJson(response.getContentAsString()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("attributes.measures[0].hours");
        assertThat(error.get("code").asText()).isEqualTo("DIVERSION_COMMUNITY_SERVICE_OVER_100_HOURS");
        assertThat(error.get("detail").asText()).contains("100 hours", "101");
        assertThat(cases.timeline(prosecutor, kase.id()).isEmpty()).isTrue();
    }

    @Test
    void community_service_without_its_hours_is_refused_since_its_limit_cannot_be_checked() throws Exception {
        CaseView kase = caseOfChildAged(17);

        MockHttpServletResponse response = order(kase, "en", measure("COMMUNITY_SERVICE", null, null));

        assertThat(readJson(response.getContentAsString()).get("errors").get(0).get("code").asText())
                .isEqualTo("DIVERSION_COMMUNITY_SERVICE_HOURS_REQUIRED");
    }

    @Test
    void school_family_time_and_training_of_six_months_are_recorded_and_of_seven_months_refused() throws Exception {
        for (String type : List.of("SCHOOL_ATTENDANCE", "FAMILY_TIME", "TRAINING")) {
            CaseView accepted = caseOfChildAged(15);
            assertThat(order(accepted, "en", measure(type, null, 6)).getStatus()).as(type + " 6 months")
                    .isEqualTo(201);

            CaseView refused = caseOfChildAged(15);
            MockHttpServletResponse response = order(refused, "en", measure("WARNING", null, null),
                    measure(type, null, 7));
            assertThat(response.getStatus()).as(type + " 7 months").isEqualTo(400);
            JsonNode error = readJson(response.getContentAsString()).get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("attributes.measures[1].months");
            assertThat(error.get("code").asText()).isEqualTo("DIVERSION_MEASURE_OVER_6_MONTHS");
            assertThat(cases.timeline(prosecutor, refused.id()).isEmpty()).isTrue();
        }
    }

    @Test
    void every_violation_of_an_order_is_reported_at_once() throws Exception {
        CaseView kase = caseOfChildAged(15);

        MockHttpServletResponse response = order(kase, "en", measure("COMMUNITY_SERVICE", 120, null),
                measure("FAMILY_TIME", null, 9), measure("REPARATION", null, null));

        assertThat(readJson(response.getContentAsString()).get("errors")).extracting(e -> e.get("code").asText())
                .containsExactly("DIVERSION_COMMUNITY_SERVICE_UNDER_16", "DIVERSION_COMMUNITY_SERVICE_OVER_100_HOURS",
                        "DIVERSION_MEASURE_OVER_6_MONTHS");
    }

    @Test
    void the_benefit_of_the_doubt_applies_when_a_later_claim_makes_the_child_younger_than_16() {
        CaseView kase = caseOfChildAged(16);
        LocalDate younger = LocalDate.now(clock.withZone(Cambodia.ZONE)).minusYears(15).minusMonths(2);
        fixtures.record(police, kase.id(), "AGE_CLAIM_RECORDED", now().minusHours(2), "birthDate", younger.toString(),
                "precision", "DAY", "evidence", "DECLARATION");

        KomarException refused = org.junit.jupiter.api.Assertions.assertThrows(KomarException.class,
                () -> cases.record(prosecutor, kase.id(), null, new NewEvent("DIVERSION_ORDERED", now(),
                        Map.of("by", "PROSECUTOR", "measures", List.of(measure("COMMUNITY_SERVICE", 30, null))))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldProblems()).extracting(p -> p.code())
                .containsExactly("DIVERSION_COMMUNITY_SERVICE_UNDER_16");
    }

    @Test
    void an_order_refused_on_the_case_page_shows_the_reason_in_the_form_and_records_nothing() throws Exception {
        CaseView kase = caseOfChildAged(15);

        String page = mvc.perform(post("/cases/" + kase.id() + "/events").session(signIn(prosecutor)).with(csrf())
                        .param("type", "DIVERSION_ORDERED").param("version", "0")
                        .param("occurredAt", now().toLocalDateTime().withNano(0).toString())
                        .param("attr.by", "PROSECUTOR")
                        .param("measure0.type", "COMMUNITY_SERVICE").param("measure0.hours", "40"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Community service may only be ordered for a child aged 16 or more")
                .contains("id=\"event-form\"");
        assertThat(cases.timeline(prosecutor, kase.id()).isEmpty()).isTrue();
    }

    private CaseView caseOfChildAged(int years) {
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        Child child = fixtures.child(police, "Chan Dara", "ចាន់ ដារា", "M", today.minusYears(years).minusDays(20));
        return fixtures.conflictCase(police, child, "PETTY_THEFT", "MISDEMEANOUR", today);
    }

    private MockHttpServletResponse order(CaseView kase, String language, Map<?, ?>... measures) throws Exception {
        String body = json.writeValueAsString(Map.of("type", "DIVERSION_ORDERED", "occurredAt", now().toString(),
                "attributes", Map.of("by", "PROSECUTOR", "measures", List.of(measures))));
        return mvc.perform(post("/api/v1/cases/" + kase.id() + "/events").header("Authorization", bearer(prosecutor))
                        .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    static Map<String, Object> measure(String type, Integer hours, Integer months) {
        Map<String, Object> measure = new java.util.LinkedHashMap<>();
        measure.put("type", type);
        if (hours != null) {
            measure.put("hours", hours);
        }
        if (months != null) {
            measure.put("months", months);
        }
        return measure;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), Cambodia.ZONE).minusMinutes(1);
    }
}
