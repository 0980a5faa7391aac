package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The published figures: anyone reads them without signing in, in Khmer and English, as a page, CSV and JSON; small
 * counts never appear and cannot be worked back; they are recomputed on the administrators' schedule or at their
 * request, never on a reader's; and nothing else of Komar became public with them.
 */
class PublicFiguresTest extends IntegrationTest {

    /** Every page that answers without signing in, by its mapped pattern. */
    private static final Set<String> PUBLIC = Set.of("/login", "/error", "/public/surveys/{token}",
            "/public/surveys/responses/{receipt}", PublicStatisticsController.PAGE, PublicStatisticsController.CSV,
            PublicStatisticsController.JSON);

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    PublicFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private RequestPostProcessor as(Actor actor) {
        return user(users.loadUserByUsername(actor.username()));
    }

    private Actor publishYear2008(int threshold) throws Exception {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        clock.set(OffsetDateTime.parse("2009-03-01T10:00:00+07:00").toInstant());
        mvc.perform(post("/statistics/admin/public").with(as(admin)).with(csrf())
                        .param("threshold", String.valueOf(threshold)).param("schedule", "0 0 3 * * *")
                        .param("years", "1"))
                .andExpect(status().is3xxRedirection());
        return admin;
    }

    @Test
    void anyone_reads_the_figures_without_signing_in_and_small_counts_are_withheld_with_their_complements()
            throws Exception {
        Scenario s = new Scenario(fixtures, cases, children, 2008, "08");
        List<Child> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(s.child("F", 15));
        }
        for (int i = 0; i < 2; i++) {
            all.add(s.child("M", 16));
        }
        for (Child child : all) {
            CaseView kase = s.conflictCase(child, "THEFT", "MISDEMEANOUR");
            s.record(s.police, kase.id(), "ARRESTED", "05-02T08:00", "flagrant", true);
        }
        Actor admin = publishYear2008(5);
        mvc.perform(post("/statistics/admin/public/recompute").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String body = mvc.perform(get(PublicStatisticsController.JSON)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode year = readJson(body).get("years").get(0);
        assertThat(year.get("year").asInt()).isEqualTo(2008);
        JsonNode total = table(year, "ARRESTED", List.of()).get("cells").get(0);
        assertThat(total.get("count").asLong()).isEqualTo(9);
        JsonNode bySex = table(year, "ARRESTED", List.of("sex"));
        // 2 boys are under the threshold; the 7 girls would give them back from the total: both withheld.
        for (JsonNode cell : bySex.get("cells")) {
            assertThat(cell.has("count")).as(cell.toString()).isFalse();
        }
        assertThat(body).doesNotContain(all.get(0).nameLatin(), all.get(0).nameKhmer(), all.get(0).id().toString());
        assertThat(year.get("tables").findValues("by")).allSatisfy(by -> assertThat(by.size()).isLessThanOrEqualTo(2));

        String khmer = mvc.perform(get(PublicStatisticsController.PAGE)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(khmer).contains("តួលេខយុត្តិធម៌អនីតិជនដែលបានផ្សព្វផ្សាយ", "កុមារដែលត្រូវបានចាប់ខ្លួន",
                "Open Development Cambodia / geoBoundaries", "<svg class=\"province-map\"", "data-chart=");
        String english = mvc.perform(get(PublicStatisticsController.PAGE).header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Published juvenile justice figures");
        String csv = mvc.perform(get(PublicStatisticsController.CSV)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("ARRESTED").contains("sex*ageBand").doesNotContain(all.get(0).nameLatin());
    }

    @Test
    void every_table_published_for_a_year_of_cases_passes_the_disclosure_checker() throws Exception {
        Scenario s = new Scenario(fixtures, cases, children, 2007, "17");
        List<int[]> units = new ArrayList<>();
        String[] offences = {"THEFT", "DRUG_USE", "ROBBERY"};
        for (int i = 0; i < 23; i++) {
            Child child = s.child(i % 3 == 0 ? "M" : "F", 13 + i % 5);
            CaseView kase = s.conflictCase(child, offences[i % 3], i % 3 == 2 ? "FELONY" : "MISDEMEANOUR");
            s.record(s.police, kase.id(), "ARRESTED", "04-0" + (1 + i % 9) + "T08:00", "flagrant", true);
        }
        PublicSnapshot.Year year = figures.year(2007, 5);
        IndicatorEngine.Inputs inputs = statisticsInputs(2007);
        units.addAll(PublicFigures.units(PublicFamily.ARRESTED, inputs));
        List<PublicSnapshot.Table> arrested = year.tables().stream()
                .filter(t -> t.family().equals("ARRESTED")).toList();

        assertThat(units).hasSize(23);
        assertThat(DisclosureChecker.problems(SuppressionTest.checkerTables(PublicFamily.ARRESTED, arrested, units), 5))
                .isEmpty();
        assertThat(arrested.get(0).cells().get(0).count()).isEqualTo(23);
    }

    @Autowired
    StatisticsService statistics;

    private IndicatorEngine.Inputs statisticsInputs(int year) {
        return statistics.nationalInputs(Period.year(year));
    }

    @Test
    void administrators_set_the_threshold_and_schedule_audited_and_a_bad_schedule_changes_nothing()
            throws Exception {
        Actor admin = publishYear2008(7);
        assertThat(jdbc.sql("SELECT threshold FROM stat_public_setting").query(Integer.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PUBLIC_FIGURES_SETTINGS_CHANGED'"
                + " AND details LIKE '%->7%'").query(Long.class).single()).isPositive();

        String page = mvc.perform(post("/statistics/admin/public").with(as(admin)).with(csrf())
                        .param("threshold", "5").param("schedule", "every night").param("years", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("every night");
        assertThat(jdbc.sql("SELECT threshold FROM stat_public_setting").query(Integer.class).single()).isEqualTo(7);

        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        mvc.perform(post("/statistics/admin/public").with(as(statistician)).with(csrf())
                .param("threshold", "2").param("schedule", "0 0 3 * * *").param("years", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/statistics/admin/public/recompute").with(as(statistician)).with(csrf()))
                .andExpect(status().isForbidden());
        publishYear2008(5);
    }

    @Test
    void the_schedule_recomputes_when_due_and_a_reader_never_does() throws Exception {
        publishYear2008(5);
        figures.recompute();
        long before = snapshots();
        mvc.perform(get(PublicStatisticsController.PAGE)).andExpect(status().isOk());
        mvc.perform(get(PublicStatisticsController.JSON)).andExpect(status().isOk());
        figures.tick();
        assertThat(snapshots()).isEqualTo(before);

        clock.set(OffsetDateTime.parse("2009-03-02T03:00:01+07:00").toInstant());
        figures.tick();
        assertThat(snapshots()).isGreaterThan(before);
        assertThat(readJson(mvc.perform(get(PublicStatisticsController.JSON)).andReturn().getResponse()
                .getContentAsString()).get("computedAt").asText()).startsWith("2009-03-02T03:00:01");
    }

    @Test
    void nothing_but_the_sign_in_error_survey_links_and_published_figures_answers_without_signing_in()
            throws Exception {
        Set<String> open = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/v3/api-docs")
                        || pattern.startsWith("/swagger-ui")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "x");
                int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
                if (status < 300 || status >= 400) {
                    open.add(pattern);
                }
            }
        }
        assertThat(open).isSubsetOf(PUBLIC).contains(PublicStatisticsController.PAGE,
                PublicStatisticsController.CSV, PublicStatisticsController.JSON);
    }

    private long snapshots() {
        return jdbc.sql("SELECT MAX(seq) FROM stat_public_snapshot").query(Long.class).single();
    }

    private static JsonNode table(JsonNode year, String family, List<String> by) {
        for (JsonNode table : year.get("tables")) {
            List<String> axes = new ArrayList<>();
            table.get("by").forEach(a -> axes.add(a.asText()));
            if (table.get("family").asText().equals(family) && axes.equals(by)) {
                return table;
            }
        }
        throw new AssertionError("no table " + family + " " + by);
    }
}
