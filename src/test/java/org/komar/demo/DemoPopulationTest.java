package org.komar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.komar.access.Role;
import org.komar.statistics.PopulationService;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class DemoPopulationTest extends IntegrationTest {

    @Autowired
    PopulationService populations;

    @Test
    void the_demonstration_table_is_a_complete_table_of_about_a_third_of_the_2019_census() {
        long census = DemoPopulation.CENSUS_2019.values().stream().mapToLong(Integer::longValue).sum();
        assertThat(DemoPopulation.CENSUS_2019).hasSize(25);

        var admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        var report = populations.importCsv(admin, DemoPopulation.NAME, 2019, "test",
                new StringReader(DemoPopulation.csv()));
        if (report.imported()) {
            // Other tests of the suite count rates without a population table: leave none in force.
            populations.retire(admin, report.table().id());
        }

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(report.table().total()).isBetween((long) (census * 0.359), (long) (census * 0.361));
    }
}
