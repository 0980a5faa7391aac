package org.komar.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.worklist.Scenes.aFifteenYearOldInCustodySince;
import static org.komar.worklist.Scenes.at;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

/**
 * The worklist: breaches first (the longest-standing first), then deadlines (the soonest first), within the reader's
 * data scope only (a police officer elsewhere and a statistician see none), filtered and paged, in English and
 * Khmer, audited; and the sweep that turns a deadline that has passed into a breach.
 */
class WorklistTest extends IntegrationTest {

    @Autowired
    WorklistSweep sweep;

    @Autowired
    JdbcClient jdbc;

    private Actor police;
    private CaseView longBreached;
    private CaseView justBreached;
    private CaseView stillRunning;

    /**
     * On Tuesday 10 November 2026 at 10:00, three fifteen-year-olds are in police custody (24 hours at most): one since
     * Sunday 08:00 (past the limit since Monday 08:00), one since Monday 09:00 (past it since 09:00 today), one since
     * Monday 20:00 (limit at 20:00 today).
     */
    @BeforeEach
    void threeChildrenInCustody() {
        clock.set(at("2026-11-10T10:00"));
        police = fixtures.actor(Role.POLICE, "12");
        longBreached = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-08T08:00");
        justBreached = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-09T09:00");
        stillRunning = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-09T20:00");
    }

    @Test
    void children_held_past_a_limit_first_then_other_breaches_the_longest_standing_first_then_deadlines() throws Exception {
        List<JsonNode> items = items(worklist(police, ""));

        assertThat(position(items, longBreached, "PC-1")).isLessThan(position(items, justBreached, "PC-1"));
        assertThat(position(items, justBreached, "PC-1")).isLessThan(position(items, stillRunning, "PC-1"));
        JsonNode first = items.get(position(items, longBreached, "PC-1"));
        assertThat(first.get("status").asText()).isEqualTo("BREACHED");
        assertThat(first.get("breachedAt").asText()).isEqualTo("2026-11-09T08:00:00+07:00");
        assertThat(first.get("heldBeyondLimit").asBoolean()).isTrue();
        assertThat(first.get("caseNumber").asText()).isEqualTo(longBreached.caseNumber());
        JsonNode running = items.get(position(items, stillRunning, "PC-1"));
        assertThat(running.get("status").asText()).isEqualTo("PENDING");
        assertThat(running.get("dueAt").asText()).isEqualTo("2026-11-10T20:00:00+07:00");

        boolean deadlines = false;
        boolean breachesOver = false;
        String lastBreach = "";
        String lastDue = "";
        for (JsonNode item : items) {
            String status = item.get("status").asText();
            if (status.equals("PENDING")) {
                deadlines = true;
                assertThat(item.get("dueAt").asText()).as("deadlines the soonest first").isGreaterThanOrEqualTo(lastDue);
                lastDue = item.get("dueAt").asText();
                continue;
            }
            assertThat(deadlines).as("every breach before every deadline").isFalse();
            boolean held = item.get("heldBeyondLimit").asBoolean();
            if (!held && !breachesOver) {
                breachesOver = true;
                lastBreach = "";
            }
            assertThat(held && breachesOver).as("every child held past a limit before the other breaches").isFalse();
            if (status.equals("BREACHED")) {
                assertThat(item.get("breachedAt").asText()).as("the longest-standing breach first in its group")
                        .isGreaterThanOrEqualTo(lastBreach);
                lastBreach = item.get("breachedAt").asText();
            }
        }
        assertThat(breachesOver).as("some breach or failure is not of a child held now").isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'WORKLIST_LISTED' AND actor_id = :u")
                .param("u", police.userId().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void each_reader_sees_only_the_cases_in_their_scope_and_a_statistician_none() throws Exception {
        Actor prosecutorHere = fixtures.actor(Role.PROSECUTOR, "12");
        assertThat(caseIds(worklist(prosecutorHere, "rule=PC-1")))
                .contains(longBreached.id().toString(), justBreached.id().toString(), stillRunning.id().toString());

        Actor policeElsewhere = fixtures.actor(Role.POLICE, "12");
        Actor prosecutorElsewhere = fixtures.actor(Role.PROSECUTOR, "17");
        Actor lawyerNotAssigned = fixtures.actor(Role.LAWYER, "12");
        for (Actor stranger : List.of(policeElsewhere, prosecutorElsewhere, lawyerNotAssigned)) {
            String body = mvc.perform(get("/api/v1/worklist").header("Authorization", bearer(stranger)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(stranger.username()).doesNotContain(longBreached.id().toString(),
                    justBreached.id().toString(), stillRunning.id().toString(), longBreached.caseNumber());
        }

        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        String refused = mvc.perform(get("/api/v1/worklist").header("Authorization", bearer(statistician)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("FORBIDDEN").doesNotContain(longBreached.id().toString());
        mvc.perform(get("/worklist").session(signIn(statistician))).andExpect(status().isForbidden());
    }

    @Test
    void filters_by_rule_province_and_kind_and_pages() throws Exception {
        JsonNode custody = worklist(police, "rule=PC-1");
        assertThat(custody.get("total").asLong()).isEqualTo(3);
        assertThat(items(custody)).allMatch(item -> item.get("rule").asText().equals("PC-1"));

        assertThat(worklist(police, "province=17").get("total").asLong()).isZero();
        assertThat(worklist(police, "province=12&rule=PC-1").get("total").asLong()).isEqualTo(3);

        JsonNode deadlines = worklist(police, "kind=DEADLINES");
        assertThat(items(deadlines)).isNotEmpty().allMatch(item -> item.get("status").asText().equals("PENDING"));
        JsonNode breaches = worklist(police, "kind=breaches");
        assertThat(items(breaches)).isNotEmpty().noneMatch(item -> item.get("status").asText().equals("PENDING"));

        JsonNode second = worklist(police, "rule=PC-1&size=1&page=1");
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(caseIds(second)).containsExactly(justBreached.id().toString());

        String bad = mvc.perform(get("/api/v1/worklist?rule=NOPE&size=500").header("Authorization", bearer(police)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("VALIDATION_FAILED", "\"rule\"", "\"size\"");
    }

    @Test
    void the_page_lists_the_alerts_with_the_childs_name_in_english_and_khmer() throws Exception {
        MockHttpSession session = signIn(police);
        String english = mvc.perform(get("/worklist").param("rule", "PC-1").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("My worklist", longBreached.caseNumber(), stillRunning.caseNumber(), "Sok Dara",
                "PC-1", "Still held past the limit", "Acknowledge…", "3 alerts");
        assertThat(english.indexOf(longBreached.caseNumber())).isLessThan(english.indexOf(stillRunning.caseNumber()));

        String home = mvc.perform(get("/worklist/home").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(home).contains(" breaches", "due within 24 hours", "/worklist");

        mvc.perform(post("/locale").param("lang", "km").session(session).with(csrf()));
        String khmer = mvc.perform(get("/worklist").param("rule", "PC-1").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(khmer).contains("បញ្ជីការងាររបស់ខ្ញុំ", "សុខ ដារា", "នៅតែឃុំហួសកំណត់");
    }

    @Test
    void the_sweep_turns_a_deadline_that_has_passed_into_a_breach() throws Exception {
        clock.set(at("2026-11-10T21:00"));
        JsonNode before = items(worklist(police, "rule=PC-1")).get(2);
        assertThat(before.get("caseId").asText()).isEqualTo(stillRunning.id().toString());
        assertThat(before.get("status").asText()).as("not judged again yet").isEqualTo("PENDING");

        sweep.sweep();

        List<JsonNode> after = items(worklist(police, "rule=PC-1"));
        JsonNode swept = after.get(position(after, stillRunning, "PC-1"));
        assertThat(swept.get("status").asText()).isEqualTo("BREACHED");
        assertThat(swept.get("breachedAt").asText()).isEqualTo("2026-11-10T20:00:00+07:00");
        assertThat(swept.get("heldBeyondLimit").asBoolean()).isTrue();
        assertThat(after).allMatch(item -> item.get("status").asText().equals("BREACHED"));
    }

    private JsonNode worklist(Actor actor, String query) throws Exception {
        return readJson(mvc.perform(get("/api/v1/worklist" + (query.isEmpty() ? "" : "?" + query))
                        .header("Authorization", bearer(actor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private static List<String> caseIds(JsonNode page) {
        return items(page).stream().map(item -> item.get("caseId").asText()).toList();
    }

    static int position(List<JsonNode> items, CaseView kase, String rule) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get("caseId").asText().equals(kase.id().toString())
                    && items.get(i).get("rule").asText().equals(rule)) {
                return i;
            }
        }
        throw new AssertionError("no " + rule + " of case " + kase.caseNumber() + " in " + items);
    }
}
