package org.komar.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.PartyFunction;
import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblem;
import org.komar.shared.KomarException;
import org.komar.support.Fixtures;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The register of facilities: the national set is shipped, events naming an unknown facility are refused with a
 * localised problem, administrators add, change (never over someone else's change) and retire facilities, each
 * audited, and the API answers in the contract's shape.
 */
class FacilityRegisterTest extends IntegrationTest {

    @Autowired
    FacilityRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseService cases;

    private FacilityDetails prison(String code) {
        return new FacilityDetails(code, "Test prison " + code, "ពន្ធនាគារសាកល្បង " + code, "PRISON", "17", 300, true,
                false, List.of(new FacilityDetails.SectionPlaces("PRETRIAL", "BOYS", 20),
                new FacilityDetails.SectionPlaces("CONVICTED", "BOYS", 30)));
    }

    @Test
    void the_national_set_holds_every_code_the_demonstration_and_the_tests_use() {
        for (String code : List.of("CC1", "CC2", "CC3", "CC4", "YRC-08", "PRI-17", "PRI-01", "PRI-02", "PRI-03",
                "POL-12", "POL-17", "RC-12", "SH-01")) {
            assertThat(register.known(code)).as(code).isTrue();
        }
        Facility cc2 = register.byCode("CC2").orElseThrow();
        assertThat(cc2.nameKhmer()).startsWith("មណ្ឌលអប់រំកែប្រែទី២");
        assertThat(cc2.type()).isEqualTo(FacilityType.CORRECTION_CENTRE);
        assertThat(cc2.minorsCapacity()).contains(375);
        assertThat(register.byCode("YRC-08").orElseThrow().type()).isEqualTo(FacilityType.YOUTH_REHABILITATION_CENTRE);
        assertThat(register.active().stream().filter(f -> f.type() == FacilityType.PRISON)).hasSizeGreaterThan(20);
    }

    @Test
    void an_event_naming_an_unknown_facility_is_refused_in_the_callers_language_and_nothing_is_recorded()
            throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        Actor prison = fixtures.actor(Role.DETENTION_OFFICER, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        cases.grantAgency(kase.id(), prison.agencyId(), PartyFunction.DETENTION);
        String body = "{\"type\": \"PLACED\", \"occurredAt\": \"" + OffsetDateTime.ofInstant(clock.instant(),
                Cambodia.ZONE).minusHours(1) + "\", \"attributes\": {\"facility\": \"NOWHERE-9\"}}";

        JsonNode problem = readJson(mvc.perform(post("/api/v1/cases/" + kase.id() + "/events")
                        .header("Authorization", bearer(prison)).header("Accept-Language", "km")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());

        assertThat(problem.get("code").asText()).isEqualTo("VALIDATION_FAILED");
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("attributes.facility");
        assertThat(error.get("code").asText()).isEqualTo("UNKNOWN_FACILITY");
        assertThat(error.get("detail").asText()).contains("មិនស្គាល់", "NOWHERE-9");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM legal_event WHERE case_id = :id").param("id", kase.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void administrators_add_change_and_retire_a_facility_never_over_someone_elses_change() {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        String code = Fixtures.unique("PRI");
        Facility created = register.create(admin, prison(code));
        assertThat(register.known(code)).isTrue();
        assertThat(created.sections()).extracting(SectionCapacity::places).containsExactly(20, 30);
        assertThat(created.minorsCapacity()).contains(50);

        FacilityDetails bigger = new FacilityDetails(null, created.nameLatin(), created.nameKhmer(), "PRISON", "17",
                400, true, true, List.of());
        Facility changed = register.update(admin, created.id(), created.version(), bigger);
        assertThat(changed.capacity()).isEqualTo(400);
        assertThat(changed.complaintsMechanism()).isTrue();
        assertThat(changed.version()).isEqualTo(created.version() + 1);

        assertThatThrownBy(() -> register.update(admin, created.id(), created.version(), prison(code)))
                .isInstanceOf(KomarException.class).extracting("code").isEqualTo("STALE_FACILITY");
        assertThat(register.require(created.id()).capacity()).isEqualTo(400);

        Facility retired = register.retire(admin, created.id(), changed.version(), "Closed by sub-decree");
        assertThat(retired.retired()).isTrue();
        assertThat(register.known(code)).as("a retired facility stays known to its history").isTrue();
        assertThat(register.active()).extracting(Facility::code).doesNotContain(code);
        assertThat(register.all()).extracting(Facility::code).contains(code);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject_id = :id ORDER BY id")
                .param("id", created.id().toString()).query(String.class).list())
                .containsExactly("FACILITY_CREATED", "FACILITY_UPDATED", "FACILITY_RETIRED");
    }

    @Test
    void bad_input_changes_nothing_and_says_what_is_wrong() {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        String code = Fixtures.unique("PRI");
        FacilityDetails wrong = new FacilityDetails(code.toLowerCase(), "", "ពន្ធនាគារ", "JAIL", "99", -1, true, false,
                List.of(new FacilityDetails.SectionPlaces("PRETRIAL", "BOYS", 20),
                        new FacilityDetails.SectionPlaces("PRETRIAL", "BOYS", 20)));
        assertThatThrownBy(() -> register.create(admin, wrong)).isInstanceOfSatisfying(KomarException.class,
                e -> assertThat(e.fieldProblems()).extracting(FieldProblem::code).containsExactlyInAnyOrder(
                        "FACILITY_CODE_FORMAT", "REQUIRED", "UNKNOWN_CHOICE", "UNKNOWN_GEO_CODE", "OUT_OF_RANGE",
                        "FACILITY_SECTION_TWICE", "FACILITY_SECTIONS_EXCEED_CAPACITY"));
        assertThat(register.known(code.toLowerCase())).isFalse();

        register.create(admin, prison(code));
        assertThatThrownBy(() -> register.create(admin, prison(code))).isInstanceOf(KomarException.class)
                .extracting("code").isEqualTo("FACILITY_CODE_TAKEN");
        Facility created = register.byCode(code).orElseThrow();
        assertThatThrownBy(() -> register.update(admin, created.id(), created.version(), prison(code + "X")))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::code).containsExactly("FACILITY_CODE_FIXED"));
        Actor police = fixtures.actor(Role.POLICE, "12");
        assertThatThrownBy(() -> register.create(police, prison(Fixtures.unique("PRI"))))
                .isInstanceOf(KomarException.class).extracting("code").isEqualTo("FORBIDDEN");
    }

    @Test
    void the_api_lists_and_adds_facilities_in_the_contract_shape() throws Exception {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        String code = Fixtures.unique("CC");
        mvc.perform(post("/api/v1/facilities").header("Authorization", bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"name\": {\"latin\": \"Correction Centre II\","
                                + " \"khmer\": \"មណ្ឌលអប់រំកែប្រែទី២\"}, \"type\": \"CORRECTION_CENTRE\","
                                + " \"province\": \"12\", \"capacity\": 2000, \"separatesMinorsFromAdults\": true}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.name.khmer").value("មណ្ឌលអប់រំកែប្រែទី២"))
                .andExpect(jsonPath("$.type").value("CORRECTION_CENTRE"))
                .andExpect(jsonPath("$.province").value("12")).andExpect(jsonPath("$.capacity").value(2000))
                .andExpect(jsonPath("$.separatesMinorsFromAdults").value(true));

        Actor police = fixtures.actor(Role.POLICE, "12");
        JsonNode list = readJson(mvc.perform(get("/api/v1/facilities").param("province", "12")
                        .header("Authorization", bearer(police))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(list.isArray()).isTrue();
        assertThat(list.findValuesAsString("code")).contains(code, "CC1", "CC2", "POL-12").doesNotContain("PRI-17");
        mvc.perform(post("/api/v1/facilities").header("Authorization", bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"" + code + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }
}
