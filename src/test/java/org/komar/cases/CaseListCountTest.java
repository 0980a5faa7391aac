package org.komar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A list of cases counts the matches only up to a limit ({@link CaseList#COUNT_LIMIT}, or past the page asked for)
 * and then says there are more: over a country a scope holds hundreds of thousands of cases. Here with a limit of
 * two, over an agency's three cases.
 */
class CaseListCountTest extends IntegrationTest {

    @Autowired
    CaseRepository repository;

    @Autowired
    CaseAccessPolicy policy;

    @Test
    void matches_are_counted_up_to_the_limit_or_past_the_page_asked_for_and_more_is_said() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        for (int i = 0; i < 3; i++) {
            fixtures.conflictCase(police, fixtures.child(police));
        }
        Map<String, Object> params = new HashMap<>();
        String condition = policy.caseCondition(police, params);

        CaseRepository.Page first = repository.list(page(0), condition, params, 2);
        assertThat(first.items()).hasSize(1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.more()).isTrue();

        CaseRepository.Page last = repository.list(page(2), condition, params, 2);
        assertThat(last.items()).hasSize(1);
        assertThat(last.total()).as("counted past the page asked for").isEqualTo(3);
        assertThat(last.more()).isFalse();

        JsonNode api = readJson(mvc.perform(get("/api/v1/cases").header("Authorization", bearer(police)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(api.get("total").asLong()).isEqualTo(3);
        assertThat(api.get("more").asBoolean()).isFalse();
    }

    private static CaseFilter page(int page) {
        return new CaseFilter(null, null, null, null, null, null, page, 1);
    }
}
