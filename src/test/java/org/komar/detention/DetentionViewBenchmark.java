package org.komar.detention;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.facility.Facility;
import org.komar.facility.FacilityRegister;
import org.komar.facility.FacilityType;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How long the detention views take over a large synthetic population, loaded in bulk with JDBC (not through the
 * services, which would take hours): {@code komar.benchmark.cases} cases (default 20,000), about one in ten held
 * now, spread over every prison and correction centre, with police custody, pre-trial detention, sentences,
 * transfers, releases and family visits. Not part of {@code ./mvnw verify} (the class name is not a test name); run
 * it with
 * <pre>
 * ./mvnw -B -ntp verify -Dtest=DetentionViewBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkomar.test.db=postgresql -Dkomar.benchmark.cases=200000
 * </pre>
 * It prints the time to derive the read model from every timeline, then the median of five runs of: the national
 * census for a statistician, the national view page, the census in one province's scope, the roll of the largest
 * facility and the first page of the list behind "not finally sentenced".
 */
class DetentionViewBenchmark extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DetentionReadModel readModel;

    @Autowired
    DetentionService detention;

    @Autowired
    FacilityRegister register;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Test
    void detention_views_over_a_large_population() throws Exception {
        int cases = Integer.getInteger("komar.benchmark.cases", 20_000);
        Instant now = clock.instant();
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        Actor prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        long started = System.nanoTime();
        long[] loaded = load(cases, now, prosecutor);
        report("bulk load: %d cases, %d events", (System.nanoTime() - started), loaded[0], loaded[1]);

        started = System.nanoTime();
        long derived = readModel.rebuild();
        report("read model derived from %d timelines", System.nanoTime() - started, derived);

        // Who is held past a limit now comes from the worklist's read model, kept with each recorded event; cases
        // written here with plain JDBC have none yet, so it is derived again as at a start-up after an upgrade.
        jdbc.update("UPDATE worklist_model SET derivation = 0, built_at = NULL WHERE id = 1");
        started = System.nanoTime();
        context.getBean("worklistReadModel", org.springframework.boot.ApplicationRunner.class).run(null);
        report("worklist read model derived from every case", System.nanoTime() - started);

        Census census = detention.census(statistician, now);
        System.out.printf(Locale.ROOT, "census: %d held now, %d not finally sentenced, %d facilities%n",
                census.total(), census.pretrial(), census.facilities().size());
        time("national census (statistician)", () -> detention.census(statistician, now));
        time("national view page /detention (statistician)", () -> page("/detention", statistician));
        time("national view page /detention (prosecutor, province 12)", () -> page("/detention", prosecutor));
        time("census one year ago (statistician)", () -> detention.census(statistician,
                now.minus(Duration.ofDays(365))));
        Facility largest = register.byCode(census.facilities().get(0).code()).orElseThrow();
        time("roll of " + largest.code() + " (" + census.facilities().get(0).held() + " children held, prosecutor)",
                () -> detention.roll(prosecutor, largest.id(), now));
        time("list behind 'not finally sentenced', first page (prosecutor)", () -> detention.list(prosecutor, now,
                new CensusFilter(null, null, null, null, null, true, false, false, false), 0, 50));
    }

    private Object page(String path, Actor actor) {
        try {
            return mvc.perform(get(path).with(user(users.loadUserByUsername(actor.username())))).andReturn()
                    .getResponse().getContentAsString();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static void time(String what, Supplier<Object> work) {
        long[] runs = new long[5];
        work.get();
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            work.get();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "BENCHMARK %-70s median %7.1f ms (min %.1f, max %.1f)%n", what,
                runs[2] / 1e6, runs[0] / 1e6, runs[4] / 1e6);
    }

    private static void report(String what, long nanos, Object... args) {
        System.out.printf(Locale.ROOT, "BENCHMARK %-70s %9.1f s%n", String.format(Locale.ROOT, what, args),
                nanos / 1e9);
    }

    /** Children, cases, parties and timelines written straight into their tables, in batches. */
    private long[] load(int count, Instant now, Actor recorder) {
        Random random = new Random(20261204L);
        List<Facility> places = register.active().stream()
                .filter(f -> f.type() == FacilityType.PRISON || f.type() == FacilityType.CORRECTION_CENTRE
                        || f.type() == FacilityType.YOUTH_REHABILITATION_CENTRE).toList();
        List<String> provinces = new ArrayList<>();
        List<Agency> owners = new ArrayList<>();
        for (int p = 1; p <= 25; p++) {
            String code = String.format(Locale.ROOT, "%02d", p);
            provinces.add(code);
            owners.add(code.equals("12") ? fixtures.agency(AgencyType.PROSECUTION, "12")
                    : fixtures.agency(AgencyType.POLICE_JUVENILE_UNIT, code));
        }
        UUID by = recorder.userId().value();
        List<Object[]> children = new ArrayList<>();
        List<Object[]> files = new ArrayList<>();
        List<Object[]> parties = new ArrayList<>();
        List<Object[]> streams = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        long eventCount = 0;
        for (int i = 0; i < count; i++) {
            int p = random.nextInt(100) < 35 ? 11 : random.nextInt(25);
            String province = provinces.get(p);
            UUID child = UUID.randomUUID();
            UUID kase = UUID.randomUUID();
            Instant first = now.minus(Duration.ofHours(6 + random.nextInt(24 * 365 * 4)));
            LocalDate born = LocalDate.ofInstant(first, ZoneOffset.ofHours(7)).minusYears(14 + random.nextInt(4))
                    .minusDays(random.nextInt(365));
            children.add(new Object[] {child, "Child " + i, "កុមារ " + i, "child " + i, "កុមារ " + i,
                    random.nextInt(100) < 95 ? "M" : "F", born, "DAY", "FAMILY_BOOK", ts(first), by,
                    owners.get(p).id().value()});
            files.add(new Object[] {kase, "B-" + i, child, "CONFLICT_WITH_LAW", "THEFT",
                    random.nextBoolean() ? "MISDEMEANOUR" : "FELONY", 6, 36,
                    LocalDate.ofInstant(first, ZoneOffset.ofHours(7)), province, owners.get(p).id().value(),
                    ts(first), by});
            parties.add(new Object[] {UUID.randomUUID(), kase, owners.get(p).id().value(), "OWNER", ts(first)});
            Facility place = places.get(random.nextInt(places.size()));
            List<String[]> timeline = new ArrayList<>();
            Instant at = first;
            timeline.add(new String[] {"CUSTODY_STARTED", iso(at), "{\"unit\":\"POL-" + province
                    + "\",\"separatedFromAdults\":true}"});
            boolean heldNow = random.nextInt(100) < 10;
            int kind = random.nextInt(100);
            if (heldNow && kind < 5) {
                // Still in police custody.
                timeline.set(0, new String[] {"CUSTODY_STARTED", iso(now.minus(Duration.ofHours(random.nextInt(40)
                        + 1))), "{\"unit\":\"POL-" + province + "\"}"});
            } else {
                at = at.plus(Duration.ofHours(20));
                timeline.add(new String[] {"PRETRIAL_DETENTION_ORDERED", iso(at), "{\"facility\":\"" + place.code()
                        + "\",\"reasoned\":true}"});
                timeline.add(new String[] {"PLACED", iso(at.plus(Duration.ofHours(3))), "{\"facility\":\""
                        + place.code() + "\",\"separatedFromAdults\":" + random.nextBoolean() + "}"});
                Instant end = heldNow ? now.plus(Duration.ofDays(30)) : first.plus(Duration.ofDays(20
                        + random.nextInt(300)));
                Instant sentence = at.plus(Duration.ofDays(60 + random.nextInt(120)));
                if (sentence.isBefore(end) && sentence.isBefore(now)) {
                    timeline.add(new String[] {"SENTENCED", iso(sentence), "{\"custodial\":true,\"months\":"
                            + (6 + random.nextInt(48)) + "}"});
                    if (random.nextInt(100) < 20) {
                        timeline.add(new String[] {"TRANSFERRED", iso(sentence.plus(Duration.ofDays(10))),
                                "{\"to\":\"YRC-08\"}"});
                    }
                }
                timeline.add(new String[] {"FAMILY_CONTACT", iso(at.plus(Duration.ofDays(15))), "{\"kind\":\"VISIT\"}"});
                if (!heldNow && end.isBefore(now)) {
                    timeline.add(new String[] {"RELEASED", iso(end), "{\"reason\":\"END_OF_SENTENCE\"}"});
                }
            }
            timeline.removeIf(e -> Instant.parse(e[1]).isAfter(now));
            timeline.sort((a, b) -> a[1].compareTo(b[1]));
            for (int seq = 0; seq < timeline.size(); seq++) {
                String[] e = timeline.get(seq);
                events.add(new Object[] {UUID.randomUUID(), kase, seq + 1, e[0], ts(Instant.parse(e[1])), 25200,
                        ts(now), by, e[2]});
            }
            eventCount += timeline.size();
            streams.add(new Object[] {kase, timeline.size()});
            if (children.size() == 5000 || i == count - 1) {
                flush(children, files, parties, streams, events);
            }
        }
        return new long[] {count, eventCount};
    }

    private void flush(List<Object[]> children, List<Object[]> files, List<Object[]> parties,
                       List<Object[]> streams, List<Object[]> events) {
        jdbc.batchUpdate("INSERT INTO child (id, name_latin, name_khmer, search_latin, search_khmer, sex, birth_date,"
                + " birth_date_precision, birth_date_evidence, registered_at, registered_by, owner_agency_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", children);
        jdbc.batchUpdate("INSERT INTO case_file (id, case_number, child_id, role, offence_code, offence_class,"
                + " min_penalty_months, max_penalty_months, offence_date, province_code, owner_agency_id, opened_at,"
                + " opened_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", files);
        jdbc.batchUpdate("INSERT INTO case_party (id, case_id, agency_id, function, active, since)"
                + " VALUES (?, ?, ?, ?, TRUE, ?)", parties);
        jdbc.batchUpdate("INSERT INTO timeline_stream (case_id, version) VALUES (?, ?)", streams);
        jdbc.batchUpdate("INSERT INTO legal_event (id, case_id, seq, type, occurred_at, occurred_offset, recorded_at,"
                + " recorded_by, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", events);
        children.clear();
        files.clear();
        parties.clear();
        streams.clear();
        events.clear();
    }

    private static String iso(Instant instant) {
        return instant.toString();
    }

    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
