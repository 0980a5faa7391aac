package org.komar.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.worklist.Scenes.aFifteenYearOldInCustodySince;
import static org.komar.worklist.Scenes.at;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.NewUser;
import org.komar.access.Role;
import org.komar.access.UserId;
import org.komar.cases.CaseView;
import org.komar.support.Fixtures;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A breach nobody acknowledged within komar.worklist.escalate-after (24 hours) of Komar showing it escalates to the
 * supervisors whose scope covers the case (the police chief of the unit, the chief prosecutor of the province), not
 * a minute before, once, audited; an acknowledged breach never escalates, nor one first found by a rebuild; a
 * supervisor elsewhere hears nothing.
 */
class EscalationTest extends IntegrationTest {

    @Autowired
    Escalations escalations;

    @Autowired
    WorklistReadModel model;

    @Autowired
    Worklist worklist;

    @Autowired
    AgencyDirectory agencies;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private Actor police;
    private Actor policeChief;
    private Actor chiefProsecutor;
    private CaseView kase;

    /** At 10:00 Komar shows a child held past the 24-hour custody limit since yesterday 08:00. */
    @BeforeEach
    void aBreachShownAtTen() {
        clock.set(at("2026-11-10T10:00"));
        police = fixtures.actor(Role.POLICE, "12");
        Agency unit = agencies.require(police.agencyId());
        policeChief = fixtures.actor(Role.SUPERVISOR, unit);
        chiefProsecutor = actor(EnumSet.of(Role.PROSECUTOR, Role.SUPERVISOR), fixtures.agency(
                Fixtures.typeFor(Role.PROSECUTOR), "12"));
        kase = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-08T08:00");
    }

    @Test
    void an_unacknowledged_breach_escalates_to_the_supervisors_after_a_day_and_not_a_minute_before()
            throws Exception {
        clock.set(at("2026-11-11T09:59"));
        escalations.escalate();
        assertThat(escalatedCases(policeChief)).doesNotContain(kase.id().toString());

        clock.set(at("2026-11-11T10:00"));
        escalations.escalate();
        JsonNode custody = escalated(policeChief).stream()
                .filter(item -> item.get("caseId").asText().equals(kase.id().toString())
                        && item.get("rule").asText().equals("PC-1")).findFirst().orElseThrow();
        assertThat(custody.get("escalatedAt").asText()).isEqualTo("2026-11-11T10:00:00+07:00");
        assertThat(escalatedCases(chiefProsecutor)).contains(kase.id().toString());
        assertThat(escalatedCases(police)).as("marked on the officer's own worklist too")
                .contains(kase.id().toString());

        Actor chiefElsewhere = fixtures.actor(Role.SUPERVISOR, "12");
        assertThat(escalatedCases(chiefElsewhere)).isEmpty();
        assertThat(worklist.summary(policeChief).escalated()).isPositive();
        assertThat(worklist.summary(policeChief).supervisor()).isTrue();
        String home = mvc.perform(get("/worklist/home").session(signIn(policeChief))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("escalated to you");

        long rows = escalationRows();
        clock.advance(Duration.ofHours(1));
        escalations.escalate();
        assertThat(escalationRows()).as("once per breach").isEqualTo(rows);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ALERT_ESCALATED' AND case_id = :c"
                        + " AND details LIKE 'rule=PC-1 %'").param("c", kase.id().value()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void an_acknowledged_breach_never_escalates() throws Exception {
        clock.set(at("2026-11-10T11:00"));
        worklist.acknowledge(police, kase.id(), "PC-1", null, "Prosecutor asked to release the child");
        clock.set(at("2026-11-12T11:00"));
        escalations.escalate();
        assertThat(escalated(policeChief)).noneMatch(item -> item.get("caseId").asText().equals(kase.id().toString())
                && item.get("rule").asText().equals("PC-1"));
    }

    @Test
    void a_breach_first_found_by_a_rebuild_is_shown_but_not_escalated() throws Exception {
        jdbc.sql("DELETE FROM worklist_alert WHERE case_id = :c").param("c", kase.id().value()).update();
        jdbc.sql("DELETE FROM worklist_case WHERE case_id = :c").param("c", kase.id().value()).update();
        new org.springframework.transaction.support.TransactionTemplate(
                context(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(s -> model.refresh(List.of(kase.id()), WorklistReadModel.Origin.REBUILD));
        clock.set(at("2026-11-12T11:00"));
        escalations.escalate();
        assertThat(escalatedCases(policeChief)).doesNotContain(kase.id().toString());
        assertThat(WorklistTest.items(page(police, "rule=PC-1"))).extracting(item -> item.get("caseId").asText())
                .contains(kase.id().toString());
    }

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    private <T> T context(Class<T> type) {
        return applicationContext.getBean(type);
    }

    private List<JsonNode> escalated(Actor actor) throws Exception {
        return WorklistTest.items(page(actor, "escalated=true&size=200"));
    }

    private List<String> escalatedCases(Actor actor) throws Exception {
        return escalated(actor).stream().map(item -> item.get("caseId").asText()).distinct().toList();
    }

    private JsonNode page(Actor actor, String query) throws Exception {
        return readJson(mvc.perform(get("/api/v1/worklist?" + query).header("Authorization", bearer(actor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long escalationRows() {
        return jdbc.sql("SELECT COUNT(*) FROM worklist_escalation WHERE case_id = :c").param("c", kase.id().value())
                .query(Long.class).single();
    }

    private Actor actor(EnumSet<Role> roles, Agency agency) {
        String username = Fixtures.unique("chief").toLowerCase(Locale.ROOT);
        UserId id = accounts.create(new NewUser(username, Fixtures.PASSWORD, "Test chief", null, agency.id(), roles,
                "en"));
        return new Actor(id, username, "Test chief", agency.id(), agency.provinceCode(), roles, Locale.ENGLISH);
    }
}
