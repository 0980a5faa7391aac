package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.AgencyId;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.ChildService;
import org.komar.shared.CaseId;
import org.komar.support.IntegrationTest;
import org.komar.worklist.BreachRecords.Breach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Safeguard breaches by rule, province and court: counted from the breaches the safeguards engine finds, national
 * for statisticians, over their own cases for others, refused to people with neither.
 */
class BreachesWebTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    UserDetailsService users;

    private static final String PERIOD = "from=2014-01-01&to=2014-12-31&asOf=2014-12-31";

    private RequestPostProcessor as(Actor actor) {
        return user(users.loadUserByUsername(actor.username()));
    }

    @Test
    void a_child_held_in_custody_past_the_limit_counts_under_its_rule_province_and_no_court() throws Exception {
        Scenario kep = new Scenario(fixtures, cases, children, 2014, "23");
        Scenario pailin = new Scenario(fixtures, cases, children, 2014, "24");
        CaseView mine = kep.conflictCase(kep.child("M", 15), "THEFT", "MISDEMEANOUR");
        kep.record(kep.police, mine.id(), "ARRESTED", "02-01T08:00", "flagrant", true);
        kep.record(kep.police, mine.id(), "CUSTODY_STARTED", "02-01T09:00");
        CaseView theirs = pailin.conflictCase(pailin.child("M", 16), "THEFT", "MISDEMEANOUR");
        pailin.record(pailin.police, theirs.id(), "ARRESTED", "03-01T08:00", "flagrant", true);
        pailin.record(pailin.police, theirs.id(), "CUSTODY_STARTED", "03-01T09:00");

        String national = mvc.perform(get("/statistics/breaches?" + PERIOD).header("Accept-Language", "km")
                .with(as(fixtures.actor(Role.STATISTICIAN, "12")))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(national).contains("ការរំលោភលើការការពារ", "PC-1", "កែប", "ប៉ៃលិន", "មិនទាន់ដល់តុលាការ");

        String own = mvc.perform(get("/statistics/breaches?" + PERIOD).header("Accept-Language", "en")
                .with(as(kep.prosecutor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(own).contains("PC-1", "Kep").doesNotContain("Pailin");

        String csv = mvc.perform(get("/statistics/breaches.csv?" + PERIOD).header("Accept-Language", "en")
                .with(as(kep.prosecutor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv.lines().filter(line -> line.startsWith("PC-1,")).toList())
                .singleElement().asString().contains(",23,").endsWith(",1");

        mvc.perform(get("/statistics/breaches?" + PERIOD).with(as(fixtures.actor(Role.NETWORK_COORDINATOR, "12"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void breaches_are_counted_per_rule_province_and_court_each_case_once_per_key() {
        CaseId one = new CaseId(UUID.randomUUID());
        CaseId two = new CaseId(UUID.randomUUID());
        AgencyId court = new AgencyId(UUID.randomUUID());
        Instant at = Instant.parse("2026-02-01T00:00:00Z");
        BreachFigures figures = BreachFigures.of(List.of(new Breach(one, "PC-1", at, "12"),
                new Breach(one, "LAW-1", at, "12"), new Breach(two, "PC-1", at, "17"),
                new Breach(two, "PTD-3", at, null)), Map.of(two, court));

        assertThat(figures.total()).isEqualTo(4);
        assertThat(figures.cases()).isEqualTo(2);
        assertThat(figures.byRule()).first().satisfies(line -> {
            assertThat(line.key()).isEqualTo("PC-1");
            assertThat(line.breaches()).isEqualTo(2);
            assertThat(line.cases()).isEqualTo(2);
        });
        assertThat(figures.byProvince()).extracting(BreachFigures.Line::key, BreachFigures.Line::breaches)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("12", 2L),
                        org.assertj.core.groups.Tuple.tuple("00", 1L), org.assertj.core.groups.Tuple.tuple("17", 1L));
        assertThat(figures.byCourt()).extracting(BreachFigures.Line::key, BreachFigures.Line::breaches)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(court.value().toString(), 2L),
                        org.assertj.core.groups.Tuple.tuple(null, 2L));
        assertThat(figures.crossed()).extracting(BreachFigures.Cross::breaches).containsOnly(1L);
        assertThat(figures.crossed()).hasSize(4);
    }
}
