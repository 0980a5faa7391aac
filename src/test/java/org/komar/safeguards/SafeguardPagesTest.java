package org.komar.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * The safeguards section of the case page (live clocks and breaches, in English and Khmer, audited, scoped) and the
 * administrators' rule-set page (a new version per change, audited; past versions untouched; the version in force
 * at each triggering event judges the case).
 */
class SafeguardPagesTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    Safeguards safeguards;

    @Test
    void the_case_page_shows_the_custody_clock_the_next_deadline_and_each_breach_with_its_basis() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = aFifteenYearOldInCustodySince(police, "2026-11-02T08:00");
        clock.set(Story.at("2026-11-02T09:30"));
        MockHttpSession session = signIn(police);
        String running = mvc.perform(get("/cases/" + kase.id() + "/panels/safeguards").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(running).contains("Police custody", "22 h 30 min left", "Next deadline", "ARR-3",
                "No safeguard has been breached.");

        clock.set(Story.at("2026-11-03T10:00"));
        String breached = mvc.perform(get("/cases/" + kase.id() + "/panels/safeguards").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(breached).contains("Held 2 h 0 min past the limit", "Police custody went past the limit of 24 h.",
                "CPC Art. 96", "Still held past the limit", "ARR-3");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SAFEGUARDS_READ' AND case_id = :c")
                .param("c", kase.id().value()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void the_case_page_speaks_khmer_to_those_who_read_khmer() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = aFifteenYearOldInCustodySince(police, "2026-11-02T08:00");
        clock.set(Story.at("2026-11-03T10:00"));
        MockHttpSession session = signIn(police);
        mvc.perform(post("/locale").param("lang", "km").session(session).with(csrf()));
        String page = mvc.perform(get("/cases/" + kase.id() + "/panels/safeguards").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ការការពារ និងកាលកំណត់", "ការឃាត់ខ្លួនហួសកំណត់", "ការឃាត់ខ្លួននៅប៉ូលិស");
    }

    @Test
    void the_section_of_a_case_outside_scope_is_not_found() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = aFifteenYearOldInCustodySince(police, "2026-11-02T08:00");
        Actor elsewhere = fixtures.actor(Role.POLICE, "17");
        mvc.perform(get("/cases/" + kase.id() + "/panels/safeguards").session(signIn(elsewhere)))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_administrator_makes_a_new_version_that_judges_events_from_its_date_and_leaves_the_old_one_as_it_was()
            throws Exception {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        MockHttpSession session = signIn(admin);
        RuleSet before = ruleSets.history().latest();
        LocalDate from = nextFreeDate();
        long audited = audited();

        mvc.perform(post("/admin/safeguards").session(session).with(csrf()).param("effectiveFrom", from.toString())
                        .param("note", "Shorter custody for misdemeanours, Prakas test")
                        .param("CUSTODY_HOURS_YOUNGER_MISDEMEANOUR", "12").param("POL_NOTIFY_ON", "false"))
                .andExpect(status().is3xxRedirection());

        RuleSetHistory history = ruleSets.history();
        RuleSet created = history.latest();
        assertThat(created.version()).isEqualTo(before.version() + 1);
        assertThat(created.effectiveFrom()).isEqualTo(from);
        assertThat(created.get(Parameter.CUSTODY_HOURS_YOUNGER_MISDEMEANOUR)).isEqualTo(12);
        assertThat(created.on(Parameter.POL_NOTIFY_ON)).isFalse();
        assertThat(created.get(Parameter.PTD_MONTHS_OLDER_FELONY)).isEqualTo(before.get(Parameter.PTD_MONTHS_OLDER_FELONY));
        RuleSet old = history.versions().stream().filter(v -> v.version() == before.version()).findFirst().orElseThrow();
        assertThat(old.values()).isEqualTo(before.values());
        assertThat(audited()).isEqualTo(audited + 1);
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE action = 'RULE_SET_CREATED' AND subject_id = :v")
                .param("v", Integer.toString(created.version())).query(String.class).single())
                .contains("CUSTODY_HOURS_YOUNGER_MISDEMEANOUR", "POL_NOTIFY_ON");

        // Each case is judged by the version in force when its custody began.
        Actor police = fixtures.actor(Role.POLICE, "12");
        clock.set(from.plusDays(2).atStartOfDay(org.komar.shared.Cambodia.ZONE).toInstant());
        CaseView lastDayBefore = aFifteenYearOldInCustodySince(police, from.minusDays(1) + "T23:00");
        CaseView firstDayOf = aFifteenYearOldInCustodySince(police, from + "T01:00");
        SafeguardResult underOld = safeguards.evaluate(police, lastDayBefore.id(), Story.at(from + "T02:00"))
                .result("PC-1").orElseThrow();
        SafeguardResult underNew = safeguards.evaluate(police, firstDayOf.id(), Story.at(from + "T02:00"))
                .result("PC-1").orElseThrow();
        assertThat(underOld.dueAt()).isEqualTo(Story.at(from + "T23:00"));
        assertThat(underOld.ruleSetVersion()).isEqualTo(before.version());
        assertThat(underNew.dueAt()).isEqualTo(Story.at(from + "T13:00"));
        assertThat(underNew.ruleSetVersion()).isEqualTo(created.version());
    }

    @Test
    void a_version_cannot_take_effect_in_the_past_and_a_wrong_value_changes_nothing() throws Exception {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        MockHttpSession session = signIn(admin);
        int versions = ruleSets.history().versions().size();
        String past = mvc.perform(post("/admin/safeguards").session(session).with(csrf())
                        .param("effectiveFrom", "2020-01-01").param("note", "Backdated"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("A new version takes effect today or later.");
        String wrong = mvc.perform(post("/admin/safeguards").session(session).with(csrf())
                        .param("effectiveFrom", nextFreeDate().toString()).param("note", "Typo")
                        .param("CUSTODY_HOURS_OLDER_FELONY", "500"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Must be between 1 and 96.");
        assertThat(ruleSets.history().versions()).hasSize(versions);
    }

    @Test
    void only_reference_administrators_see_the_rule_set_page() throws Exception {
        mvc.perform(get("/admin/safeguards").session(signIn(fixtures.actor(Role.ADMINISTRATOR, "12"))))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/safeguards").session(signIn(fixtures.actor(Role.POLICE, "12"))))
                .andExpect(status().isForbidden());
    }

    /** A fifteen-year-old arrested and held for a misdemeanour, with the guardian notified. */
    private CaseView aFifteenYearOldInCustodySince(Actor police, String at) {
        LocalDate day = LocalDate.parse(at.substring(0, 10));
        Child child = fixtures.child(police, "Chan Vicheka", "ចាន់ វិចិត្រា", "F", day.minusYears(15).minusDays(40));
        CaseView kase = fixtures.conflictCase(police, child, "THEFT", "MISDEMEANOUR", day);
        fixtures.record(police, kase.id(), "ARRESTED", Story.time(at), "flagrant", true);
        fixtures.record(police, kase.id(), "CUSTODY_STARTED", Story.time(at), "separatedFromAdults", true,
                "separatedBySex", true, "onJuvenileList", true);
        return kase;
    }

    /** A date no version has reached yet, far from the dates other tests use. */
    private LocalDate nextFreeDate() {
        LocalDate latest = ruleSets.history().latest().effectiveFrom();
        LocalDate floor = LocalDate.of(2031, 1, 1);
        return latest.isBefore(floor) ? floor : latest.plusDays(10);
    }

    private long audited() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RULE_SET_CREATED'").query(Long.class).single();
    }

}
