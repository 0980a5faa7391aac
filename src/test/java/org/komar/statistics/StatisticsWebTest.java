package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.ChildService;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The statistics pages as people use them: national figures for statisticians (numbers only, never the cases
 * behind them), figures over their own cases for people with case access, leading to those cases and no others;
 * exports; the administration of population tables.
 */
class StatisticsWebTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    UserDetailsService users;

    private static final String PERIOD = "from=2016-01-01&to=2016-12-31&asOf=2016-12-31";

    private RequestPostProcessor as(Actor actor) {
        return user(users.loadUserByUsername(actor.username()));
    }

    @Test
    void statisticians_see_national_figures_in_khmer_and_never_the_cases_behind_them() throws Exception {
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        String page = mvc.perform(get("/statistics?year=2016&by=ageBand").with(as(statistician)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("សូចនាករយុត្តិធម៌អនីតិជនទាំង ១៥", "កុមារជាប់ឃុំមុនការកាត់ទោស",
                "Open Development Cambodia / geoBoundaries", "<svg class=\"province-map\"", "data-chart=");
        assertThat(page).doesNotContain("/statistics/cases?");
        mvc.perform(get("/statistics/cases?code=CHILDREN_ARRESTED&" + PERIOD).with(as(statistician)))
                .andExpect(status().isForbidden());
        String figure = mvc.perform(get("/statistics/figures/CHILDREN_ARRESTED?" + PERIOD + "&rows=ageBand&columns=sex")
                .with(as(statistician))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(figure).contains("ក្រោម ១៤ឆ្នាំ", "ស្រី");
        mvc.perform(get("/statistics/map?code=CUSTODIAL_SENTENCING&" + PERIOD).with(as(statistician)))
                .andExpect(status().isOk());
    }

    @Test
    void people_with_case_access_see_their_own_cases_behind_each_number_and_no_others() throws Exception {
        Scenario mine = new Scenario(fixtures, cases, children, 2016, "21");
        Scenario elsewhere = new Scenario(fixtures, cases, children, 2016, "22");
        CaseView own = mine.conflictCase(mine.child("M", 15), "THEFT", "MISDEMEANOUR");
        mine.record(mine.police, own.id(), "ARRESTED", "02-01T08:00", "flagrant", true);
        CaseView other = elsewhere.conflictCase(elsewhere.child("M", 15), "THEFT", "MISDEMEANOUR");
        elsewhere.record(elsewhere.police, other.id(), "ARRESTED", "02-01T08:00", "flagrant", true);

        String dashboard = mvc.perform(get("/statistics?" + PERIOD).with(as(mine.prosecutor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("ដែនសិទ្ធិរបស់អ្នក");
        String list = mvc.perform(get("/statistics/cases?code=CHILDREN_ARRESTED&" + PERIOD)
                .param("cell", "province=21").with(as(mine.prosecutor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(own.caseNumber()).doesNotContain(other.caseNumber());
        String nothing = mvc.perform(get("/statistics/cases?code=CHILDREN_ARRESTED&" + PERIOD)
                .param("cell", "province=22").with(as(mine.prosecutor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(nothing).doesNotContain(other.caseNumber(), own.caseNumber());
    }

    @Test
    void every_table_exports_as_csv_and_xlsx() throws Exception {
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        byte[] csv = mvc.perform(get("/statistics/export.csv?" + PERIOD + "&by=sex,province").with(as(statistician)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<String> lines = text.lines().toList();
        // A header; for each of the 16 disaggregated figures (11 indicators, 5 operational) its total, 2 cells by sex
        // and 26 by province; the 4 policy indicators' totals.
        assertThat(lines).hasSize(1 + 16 * (1 + 2 + 26) + 4);
        assertThat(lines.get(1)).contains("CHILDREN_ARRESTED");

        byte[] xlsx = mvc.perform(get("/statistics/export.xlsx?" + PERIOD + "&by=sex").with(as(statistician)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            // The summary, then one sheet per figure that has tables (all but the 4 policy indicators).
            assertThat(workbook.getSheets().count()).isEqualTo(1 + 16);
        }
    }

    @Test
    void administrators_import_population_tables_and_read_every_problem_of_a_rejected_file() throws Exception {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        String bad = Scenario.populationCsv(10).replace("05,F,12,10", "05,F,19,10").replace("06,M,1,10", "06,M,1,-4");
        String page = mvc.perform(multipart("/statistics/admin/population")
                        .file(new MockMultipartFile("file", "population.csv", "text/csv",
                                bad.getBytes(StandardCharsets.UTF_8)))
                        .param("name", "Rejected").param("year", "2030").with(csrf()).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("អាយុ &quot;19&quot;", "ចំនួនកុមារ &quot;-4&quot;", "បន្ទាត់");
        mvc.perform(multipart("/statistics/admin/population")
                        .file(new MockMultipartFile("file", "population.csv", "text/csv",
                                Scenario.populationCsv(10).getBytes(StandardCharsets.UTF_8)))
                        .param("name", "Accepted").param("year", "2030").with(csrf()).with(as(admin)))
                .andExpect(status().is3xxRedirection());
        String admin2030 = mvc.perform(get("/statistics/admin").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(admin2030).contains("Accepted").doesNotContain("Rejected");
        Actor police = fixtures.actor(Role.POLICE, "12");
        mvc.perform(get("/statistics/admin").with(as(police))).andExpect(status().isForbidden());
    }
}
