package org.komar.demo;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.UserSummary;
import org.komar.statistics.PopulationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A child-population table for the demonstration, so that rates per 100,000 children and the province map have a
 * denominator: each province's total from the 2019 General Population Census, about 36% of it children, spread over
 * single years of age and sex by a simple rule. It is named as an approximation, never as official figures; a real
 * installation imports the National Institute of Statistics' table (Statistics, population tables).
 */
@Component
@Order(120)
class DemoPopulation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);
    static final String NAME = "Demonstration: approximate children by province, sex and age";
    private static final double CHILD_SHARE = 0.36;
    private static final double BOYS = 0.51;

    /** Total population by province (NCDD code), General Population Census of Cambodia 2019. */
    static final Map<String, Integer> CENSUS_2019 = census();

    private final PopulationService populations;
    private final Accounts accounts;
    private final AgencyDirectory agencies;
    private final Environment environment;

    DemoPopulation(PopulationService populations, Accounts accounts, AgencyDirectory agencies,
                   Environment environment) {
        this.populations = populations;
        this.accounts = accounts;
        this.agencies = agencies;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = args.containsOption("demo") || environment.getProperty("komar.demo", Boolean.class, false);
        if (!wanted || agencies.findByCode("POL-12").isEmpty() || !populations.tables().isEmpty()) {
            return;
        }
        UserSummary admin = accounts.findByUsername("admin").orElse(null);
        if (admin == null) {
            return;
        }
        Actor actor = new Actor(admin.id(), admin.username(), admin.displayName(), admin.agencyId(), null,
                admin.roles(), Locale.ENGLISH);
        var report = populations.importCsv(actor, NAME, 2019,
                "Approximation for demonstration from the province totals of the 2019 General Population Census "
                        + "(National Institute of Statistics): 36% children, evenly by age, 51% boys",
                new StringReader(csv()));
        log.info("Demonstration population table: {}", report.imported() ? "loaded" : report.problems());
    }

    static String csv() {
        StringBuilder csv = new StringBuilder("province,sex,age,children\n");
        CENSUS_2019.forEach((province, total) -> {
            // Slightly more young children than older ones, as in the census pyramid.
            double[] weights = new double[18];
            double sum = 0;
            for (int age = 0; age < 18; age++) {
                weights[age] = 1.0 - 0.012 * age;
                sum += weights[age];
            }
            for (int age = 0; age < 18; age++) {
                long children = Math.round(total * CHILD_SHARE * weights[age] / sum);
                long boys = Math.round(children * BOYS);
                csv.append(province).append(",M,").append(age).append(',').append(boys).append('\n');
                csv.append(province).append(",F,").append(age).append(',').append(children - boys).append('\n');
            }
        });
        return csv.toString();
    }

    private static Map<String, Integer> census() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        int[] values = {861_883, 997_169, 899_791, 527_027, 877_523, 677_260, 592_845, 1_195_547, 123_618, 372_825,
                88_649, 2_129_371, 251_352, 1_057_428, 411_759, 204_027, 1_006_512, 310_072, 165_713, 525_497,
                900_914, 276_038, 41_798, 75_112, 776_841};
        for (int i = 0; i < values.length; i++) {
            totals.put(String.format("%02d", i + 1), values[i]);
        }
        return java.util.Collections.unmodifiableMap(totals);
    }
}
