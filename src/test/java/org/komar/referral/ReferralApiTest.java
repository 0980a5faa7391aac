package org.komar.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** Referrals through the API: consent, answers, deliveries, closing, and the access they give and take away. */
class ReferralApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferralService referralService;

    private Actor social;
    private Actor ngo;
    private String caseId;

    @BeforeEach
    void aCaseInPhnomPenh() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        social = fixtures.actor(Role.SOCIAL_AGENT, "12");
        ngo = fixtures.actor(Role.NGO_CASE_WORKER, "12");
        CaseView view = fixtures.conflictCase(police, fixtures.child(police));
        caseId = view.id().toString();
    }

    @Test
    void a_referral_is_made_accepted_delivered_and_closed_and_access_ends_with_it() throws Exception {
        expectCase(ngo, 404);

        String id = readJson(post(social, "/api/v1/referrals", referral(ngo.agencyId().toString(), "\"GUARDIAN\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.caseId").value(caseId))
                .andExpect(jsonPath("$.toAgency").value(ngo.agencyId().toString()))
                .andExpect(jsonPath("$.service").value("PSYCHOSOCIAL"))
                .andExpect(jsonPath("$.serviceNames.oscar").value("Generalist counselling"))
                .andExpect(jsonPath("$.serviceNames.primeroSubtype").value("counselling_generalist"))
                .andExpect(jsonPath("$.consent").value("GUARDIAN"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString()).get("id").asText();

        expectCase(ngo, 200);
        mvc.perform(get("/api/v1/referrals").header("Authorization", bearer(ngo)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem(id)));
        post(ngo, "/api/v1/referrals/" + id + "/accept", "{\"note\": \"We will see her on Monday\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        expectCase(ngo, 200);

        post(ngo, "/api/v1/referrals/" + id + "/deliveries", "{\"on\": \"" + today() + "\", \"note\": \"Session 1\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.activities[0].kind").value("DELIVERY"));
        mvc.perform(get("/api/v1/cases/" + caseId + "/events").header("Authorization", bearer(social)))
                .andExpect(jsonPath("$[*].type", hasItem("SERVICE_PROVIDED")))
                .andExpect(jsonPath("$[?(@.type == 'SERVICE_PROVIDED')].attributes.kind", hasItem("PSYCHOSOCIAL")));

        post(ngo, "/api/v1/referrals/" + id + "/close", "{\"outcome\": \"SERVICE_COMPLETED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        expectCase(ngo, 404);
        post(social, "/api/v1/referrals/" + id + "/follow-ups", "{\"on\": \"" + today() + "\","
                + " \"note\": \"Back at school\"}").andExpect(status().isCreated());
    }

    @Test
    void a_declined_referral_gives_no_access() throws Exception {
        String id = referTo(ngo);
        expectCase(ngo, 200);

        post(ngo, "/api/v1/referrals/" + id + "/decline", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        expectCase(ngo, 200);
        post(ngo, "/api/v1/referrals/" + id + "/decline", "{\"reason\": \"No places until March\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.response").value("No places until March"));

        expectCase(ngo, 404);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases/" + caseId + "/events").header("Authorization", bearer(ngo))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"SERVICE_PROVIDED\", \"occurredAt\": \"" + clock.instant() + "\"}"))
                .andExpect(status().isNotFound());
        post(ngo, "/api/v1/referrals/" + id + "/accept", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REFERRAL_NOT_OPEN"));
    }

    @Test
    void a_referral_without_consent_is_refused_and_grants_nothing() throws Exception {
        post(social, "/api/v1/referrals", referral(ngo.agencyId().toString(), "false"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent"))
                .andExpect(jsonPath("$.errors[0].code").value("REFERRAL_CONSENT_REQUIRED"));
        post(social, "/api/v1/referrals", referral(ngo.agencyId().toString(), "null"))
                .andExpect(status().isBadRequest());

        expectCase(ngo, 404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE case_id = :id").param("id", UUID.fromString(caseId))
                .query(Long.class).single()).isZero();
    }

    @Test
    void only_the_receiving_agency_answers_and_strangers_do_not_see_the_referral() throws Exception {
        String id = referTo(ngo);
        Actor otherNgo = fixtures.actor(Role.NGO_CASE_WORKER, "12");

        post(social, "/api/v1/referrals/" + id + "/accept", "{}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("REFERRAL_NOT_FOR_YOU"));
        post(otherNgo, "/api/v1/referrals/" + id + "/accept", "{}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("REFERRAL_NOT_FOUND"));
        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(otherNgo)))
                .andExpect(status().isNotFound());
        post(social, "/api/v1/referrals", referral(social.agencyId().toString(), "\"CHILD\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code")
                        .value("REFERRAL_TO_OWN_AGENCY"));
    }

    @Test
    void access_lasts_while_any_referral_to_the_agency_is_live() throws Exception {
        String first = referTo(ngo);
        String second = referTo(ngo);

        post(ngo, "/api/v1/referrals/" + first + "/decline", "{\"reason\": \"Not our area\"}")
                .andExpect(status().isOk());
        expectCase(ngo, 200);
        post(social, "/api/v1/referrals/" + second + "/withdraw", "{\"reason\": \"Found a closer service\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        expectCase(ngo, 404);
    }

    @Test
    void an_unanswered_referral_is_overdue_after_three_days_and_counted_for_the_home_page() throws Exception {
        String id = referTo(ngo);
        assertThat(referralService.waiting(ngo)).isEqualTo(new ReferralService.Waiting(1, 0));

        clock.advance(Duration.ofDays(3).plusMinutes(1));

        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(ngo)))
                .andExpect(jsonPath("$.overdue").value(true));
        assertThat(referralService.waiting(ngo)).isEqualTo(new ReferralService.Waiting(1, 1));
    }

    @Test
    void agencies_and_services_are_listed_with_the_names_other_systems_use() throws Exception {
        mvc.perform(get("/api/v1/agencies").header("Authorization", bearer(social)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(ngo.agencyId().toString())))
                .andExpect(jsonPath("$[0].name.latin").isNotEmpty())
                .andExpect(jsonPath("$[0].type").isNotEmpty());
        mvc.perform(get("/api/v1/referral-services").header("Authorization", bearer(social)))
                .andExpect(jsonPath("$[?(@.code == 'DRUG_COUNSELLING')].oscar", hasItem("Drug and Alcohol Counselling")))
                .andExpect(jsonPath("$[?(@.code == 'LEGAL_AID')].primeroType", hasItem("legal_support")));
    }

    @Test
    void making_and_answering_a_referral_is_audited_with_the_case() throws Exception {
        String id = referTo(ngo);
        post(ngo, "/api/v1/referrals/" + id + "/accept", "{}").andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject_id = :id ORDER BY id").param("id", id)
                .query(String.class).list()).containsSubsequence("REFERRAL_MADE", "REFERRAL_ACCEPTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = :id AND case_id = :caseId")
                .param("id", id).param("caseId", UUID.fromString(caseId)).query(Long.class).single()).isEqualTo(2);
    }

    private String referTo(Actor receiver) throws Exception {
        return readJson(post(social, "/api/v1/referrals", referral(receiver.agencyId().toString(), "true"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    private String referral(String toAgency, String consent) {
        return "{\"caseId\": \"" + caseId + "\", \"toAgency\": \"" + toAgency + "\", \"service\": \"PSYCHOSOCIAL\","
                + " \"consent\": " + consent + ", \"reason\": \"Nightmares since the arrest; needs counselling\"}";
    }

    private void expectCase(Actor actor, int expected) throws Exception {
        mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", bearer(actor)))
                .andExpect(status().is(expected));
    }

    private ResultActions post(Actor actor, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", bearer(actor)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String today() {
        return java.time.LocalDate.now(clock.withZone(org.komar.shared.Cambodia.ZONE)).toString();
    }
}
