package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/indicators} in the shape of the contract, for statisticians and administrators only. */
class IndicatorApiTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    private static final String PERIOD = "from=2015-01-01&to=2015-12-31&asOf=2015-12-31";

    @Test
    void answers_every_indicator_with_number_code_value_numerator_denominator_and_breakdown() throws Exception {
        Scenario s = new Scenario(fixtures, cases, children, 2015, "08");
        Child girl = s.child("F", 15);
        CaseView kase = s.conflictCase(girl, "DRUG_USE", "MISDEMEANOUR");
        s.record(s.police, kase.id(), "ARRESTED", "06-01T08:00", "flagrant", true);
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");

        String body = mvc.perform(get("/api/v1/indicators?" + PERIOD + "&by=sex,sex*province")
                        .header("Authorization", bearer(statistician)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode figures = readJson(body);

        assertThat(figures.get("from").asText()).isEqualTo("2015-01-01");
        assertThat(figures.get("to").asText()).isEqualTo("2015-12-31");
        assertThat(figures.get("asOf").asText()).startsWith("2015-12-31T23:59:59");
        assertThat(figures.has("population")).isTrue();
        List<Integer> numbers = new ArrayList<>();
        figures.get("indicators").forEach(i -> numbers.add(i.get("number").asInt()));
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        JsonNode arrested = figures.get("indicators").get(0);
        assertThat(arrested.get("code").asText()).isEqualTo("CHILDREN_ARRESTED");
        assertThat(arrested.get("numerator").asLong()).isEqualTo(1);
        assertThat(arrested.get("name").asText()).isNotBlank();
        assertThat(arrested.get("definition").asText()).contains("100,000");
        JsonNode girls = null;
        JsonNode girlsOfKandal = null;
        for (JsonNode cell : arrested.get("breakdown")) {
            JsonNode by = cell.get("by");
            if (by.size() == 1 && "F".equals(by.path("sex").asText())) {
                girls = cell;
            }
            if (by.size() == 2 && "F".equals(by.path("sex").asText()) && "08".equals(by.path("province").asText())) {
                girlsOfKandal = cell;
            }
            assertThat(cell.has("numerator")).isTrue();
        }
        assertThat(girls).isNotNull();
        assertThat(girls.get("numerator").asLong()).isEqualTo(1);
        assertThat(girlsOfKandal.get("numerator").asLong()).isEqualTo(1);
        assertThat(figures.get("operational").size()).isEqualTo(5);
        // Aggregates only: nothing that names or identifies the child or the case.
        assertThat(body).doesNotContain(girl.nameLatin(), girl.nameKhmer(), girl.id().toString(),
                kase.id().toString(), kase.caseNumber());
    }

    @Test
    void people_with_case_access_do_not_call_it_and_bad_breakdowns_are_refused() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        mvc.perform(get("/api/v1/indicators?" + PERIOD).header("Authorization", bearer(police)))
                .andExpect(status().isForbidden());
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        String unknown = mvc.perform(get("/api/v1/indicators?" + PERIOD + "&by=religion")
                .header("Authorization", bearer(admin))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(readJson(unknown).get("code").asText()).isEqualTo("UNKNOWN_DIMENSION");
        String tooFine = mvc.perform(get("/api/v1/indicators?" + PERIOD + "&by=sex*ageBand*province")
                .header("Authorization", bearer(admin))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(readJson(tooFine).get("code").asText()).isEqualTo("BREAKDOWN_TOO_FINE");
        String backwards = mvc.perform(get("/api/v1/indicators?from=2015-12-31&to=2015-01-01")
                .header("Authorization", bearer(admin))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(backwards).contains("FROM_AFTER_TO");
    }
}
