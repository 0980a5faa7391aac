package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyId;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.ChildService;
import org.komar.support.IntegrationTest;
import org.komar.worklist.BreachRecords;
import org.komar.worklist.BreachRecords.Cell;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    BreachRecords breaches;

    @Autowired
    JdbcClient jdbc;

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
        AgencyId court = new AgencyId(UUID.randomUUID());
        // Case one (12, no court): LAW-1 and PC-1; case two (17, the court): PC-1 and PTD-3; case three (no province,
        // the court): PC-1. Each case leads with its first rule in code order.
        BreachFigures figures = BreachFigures.of(List.of(new Cell("LAW-1", "12", null, 1, 1),
                new Cell("PC-1", "12", null, 1, 0), new Cell("PC-1", "17", court, 1, 1),
                new Cell("PTD-3", "17", court, 1, 0), new Cell("PC-1", null, court, 1, 1)));

        assertThat(figures.total()).isEqualTo(5);
        assertThat(figures.cases()).isEqualTo(3);
        assertThat(figures.byRule()).extracting(BreachFigures.Line::key, BreachFigures.Line::breaches,
                BreachFigures.Line::cases).containsExactly(tuple("PC-1", 3L, 3L), tuple("LAW-1", 1L, 1L),
                tuple("PTD-3", 1L, 1L));
        assertThat(figures.byProvince()).extracting(BreachFigures.Line::key, BreachFigures.Line::breaches,
                BreachFigures.Line::cases).containsExactly(tuple("12", 2L, 1L), tuple("17", 2L, 1L),
                tuple("00", 1L, 1L));
        assertThat(figures.byCourt()).extracting(BreachFigures.Line::key, BreachFigures.Line::breaches,
                BreachFigures.Line::cases, BreachFigures.Line::topRule)
                .containsExactly(tuple(court.value().toString(), 3L, 2L, "PC-1"), tuple(null, 2L, 1L, "LAW-1"));
        assertThat(figures.crossed()).hasSize(5).extracting(BreachFigures.Cross::breaches).containsOnly(1L);
    }

    /**
     * Counted in the database over real cases, the figures equal those counted one breach at a time from the
     * worklist's rows, with each case's court taken from its parties: the trial court before the investigating
     * judge's, the earlier of two trial courts.
     */
    @Test
    void figures_counted_in_the_database_equal_those_counted_breach_by_breach() {
        Scenario kep = new Scenario(fixtures, cases, children, 2002, "23");
        Scenario pailin = new Scenario(fixtures, cases, children, 2002, "24");
        Agency trial = fixtures.agency(AgencyType.COURT_OF_FIRST_INSTANCE, "23");
        Agency otherTrial = fixtures.agency(AgencyType.COURT_OF_FIRST_INSTANCE, "23");
        Agency investigating = fixtures.agency(AgencyType.COURT_OF_FIRST_INSTANCE, "24");
        CaseView judged = held(kep, "02-01T08:00");
        cases.addParty(kep.police, judged.id(), new OpenCase.NewParty(investigating.id().toString(), null,
                "INVESTIGATION"));
        cases.addParty(kep.police, judged.id(), new OpenCase.NewParty(trial.id().toString(), null, "COURT"));
        clock.advance(Duration.ofMinutes(1)); // the other trial court joins later, not at the same moment
        cases.addParty(kep.police, judged.id(), new OpenCase.NewParty(otherTrial.id().toString(), null, "COURT"));
        held(kep, "03-01T08:00");
        CaseView investigated = held(pailin, "04-01T08:00");
        cases.addParty(pailin.police, investigated.id(), new OpenCase.NewParty(investigating.id().toString(), null,
                "INVESTIGATION"));
        Period period = kep.period();

        BreachFigures counted = BreachFigures.of(breaches.counted(fixtures.actor(Role.STATISTICIAN, "12"),
                period.start(), period.end()));

        BreachFigures expected = oneByOne(period);
        assertThat(expected.total()).isGreaterThanOrEqualTo(3);
        assertThat(expected.byCourt()).extracting(BreachFigures.Line::key)
                .contains(trial.id().value().toString(), investigating.id().value().toString())
                .doesNotContain(otherTrial.id().value().toString());
        assertThat(counted.total()).isEqualTo(expected.total());
        assertThat(counted.cases()).isEqualTo(expected.cases());
        assertThat(counted.byRule()).isEqualTo(expected.byRule());
        assertThat(counted.byProvince()).isEqualTo(expected.byProvince());
        assertThat(counted.byCourt()).isEqualTo(expected.byCourt());
        assertThat(counted.crossed()).isEqualTo(expected.crossed());
    }

    private CaseView held(Scenario where, String arrestedAt) {
        CaseView kase = where.conflictCase(where.child("M", 15), "THEFT", "MISDEMEANOUR");
        where.record(where.police, kase.id(), "ARRESTED", arrestedAt, "flagrant", true);
        where.record(where.police, kase.id(), "CUSTODY_STARTED", arrestedAt.replace("T08", "T09"));
        return kase;
    }

    /** The figures of the period counted in plain Java, breach by breach, from the rows themselves. */
    private BreachFigures oneByOne(Period period) {
        Map<UUID, UUID> courts = new HashMap<>();
        jdbc.sql("SELECT case_id, agency_id FROM case_party WHERE agency_id IS NOT NULL"
                        + " AND function IN ('COURT', 'INVESTIGATION')"
                        + " ORDER BY CASE WHEN function = 'COURT' THEN 0 ELSE 1 END, since, id")
                .query(rs -> {
                    courts.putIfAbsent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        record Row(UUID caseId, String rule, String province) {
        }
        List<Row> rows = jdbc.sql("SELECT case_id, rule_code, province_code FROM worklist_alert"
                        + " WHERE status = 'BREACHED' AND breached_at >= :start AND breached_at < :end")
                .param("start", period.start().atOffset(java.time.ZoneOffset.UTC))
                .param("end", period.end().atOffset(java.time.ZoneOffset.UTC))
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
        Map<UUID, String> firstRule = new HashMap<>();
        rows.forEach(row -> firstRule.merge(row.caseId(), row.rule(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        Map<List<Object>, long[]> cells = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
            UUID court = courts.get(row.caseId());
            long[] cell = cells.computeIfAbsent(java.util.Arrays.asList(row.rule(), row.province(), court),
                    k -> new long[2]);
            cell[0]++;
            cell[1] += row.rule().equals(firstRule.get(row.caseId())) ? 1 : 0;
        }
        List<Cell> expected = new java.util.ArrayList<>();
        cells.forEach((key, cell) -> expected.add(new Cell((String) key.get(0), (String) key.get(1),
                key.get(2) == null ? null : new AgencyId((UUID) key.get(2)), cell[0], cell[1])));
        return BreachFigures.of(expected);
    }
}
