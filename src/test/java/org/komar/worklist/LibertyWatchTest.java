package org.komar.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.worklist.Scenes.aFifteenYearOldInCustodySince;
import static org.komar.worklist.Scenes.at;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Children held right now past a legal limit or within 24 hours of one: the children of the cases in scope, past a
 * limit first, each leading to its case; numbers by province; national numbers without a name for statisticians;
 * nothing for a reader elsewhere; linked from the detention national view.
 */
class LibertyWatchTest extends IntegrationTest {

    @Autowired
    LibertyWatch watch;

    private Actor police;
    private CaseView past;
    private CaseView near;

    /** At 10:00 one child has been held past the 24-hour limit since yesterday 08:00; another's limit is at 20:00. */
    @BeforeEach
    void twoChildrenInCustody() {
        clock.set(at("2026-11-10T10:00"));
        police = fixtures.actor(Role.POLICE, "12");
        past = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-08T08:00");
        near = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-09T20:00");
    }

    @Test
    void the_children_in_scope_past_a_limit_come_first_then_those_within_a_day_of_one() {
        LibertyWatch.View view = watch.view(police, null);
        assertThat(view.lines()).extracting(LibertyWatch.Line::caseId).containsExactly(past.id(), near.id());
        assertThat(view.lines().get(0).past()).isTrue();
        assertThat(view.lines().get(0).moment()).isEqualTo(at("2026-11-09T08:00"));
        assertThat(view.lines().get(1).past()).isFalse();
        assertThat(view.lines().get(1).moment()).isEqualTo(at("2026-11-10T20:00"));
        assertThat(view.total()).isEqualTo(new LibertyWatch.Count(1, 1));
        assertThat(view.counts()).containsEntry("12", new LibertyWatch.Count(1, 1));

        assertThat(watch.view(police, "17").lines()).isEmpty();
        assertThat(watch.view(fixtures.actor(Role.POLICE, "12"), null).total())
                .isEqualTo(new LibertyWatch.Count(0, 0));
    }

    @Test
    void the_page_leads_to_each_case_and_a_statistician_sees_national_numbers_without_names() throws Exception {
        String page = mvc.perform(get("/worklist/liberty").param("province", "12").session(signIn(police)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Children held past a legal limit", "/cases/" + past.id(), "/cases/" + near.id(),
                "Sok Dara", "Still held past the limit", "Within 24 hours");
        assertThat(page.indexOf("/cases/" + past.id())).isLessThan(page.indexOf("/cases/" + near.id()));

        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        assertThat(watch.view(statistician, null).lines()).isEmpty();
        assertThat(watch.view(statistician, null).total().past()).isPositive();
        String numbers = mvc.perform(get("/worklist/liberty").session(signIn(statistician)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(numbers).contains("Numbers for the whole country.").doesNotContain(past.caseNumber(), "Sok Dara",
                "/cases/");

        String detention = mvc.perform(get("/detention").session(signIn(statistician))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detention).contains("/worklist/liberty");

        mvc.perform(get("/worklist/liberty").session(signIn(fixtures.actor(Role.TRIAL_MONITOR, "12"))))
                .andExpect(status().isForbidden());
    }
}
