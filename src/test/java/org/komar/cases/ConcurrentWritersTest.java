package org.komar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildService;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;
import org.komar.timeline.Timeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * People recording at the same moment, on real threads with their own transactions: a stale write gets a clear
 * conflict and changes nothing, concurrent writes that do not claim a version are all kept in order, and case
 * numbers never repeat.
 */
class ConcurrentWritersTest extends IntegrationTest {

    private static final int WRITERS = 6;

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writers_who_read_the_same_version_record_at_once_and_exactly_one_succeeds() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        fixtures.record(police, kase.id(), "ARRESTED", OffsetDateTime.now(clock).minusHours(2));
        int version = cases.timeline(police, kase.id()).version();

        List<Outcome<LegalEvent>> outcomes = atOnce(WRITERS, i -> cases.record(police, kase.id(), version,
                new NewEvent("CUSTODY_STARTED", OffsetDateTime.now(clock).minusHours(1), Map.of("unit", "W" + i))));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).hasSize(WRITERS - 1)
                .allSatisfy(outcome -> assertThat(outcome.conflictCode()).isEqualTo("STALE_TIMELINE"));
        Timeline timeline = cases.timeline(police, kase.id());
        assertThat(timeline.version()).isEqualTo(version + 1);
        assertThat(timeline.all()).hasSize(2).extracting(LegalEvent::id)
                .contains(outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().value().id());
        assertThat(auditLines(kase, "EVENT_RECORDED")).isEqualTo(2);
    }

    @Test
    void two_clients_posting_with_the_same_if_match_at_once_get_one_201_and_one_409_stale_timeline()
            throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        String token = bearer(police);

        List<Outcome<MockHttpServletResponse>> outcomes = atOnce(2, i -> mvc.perform(post("/api/v1/cases/" + kase.id()
                        + "/events").header("Authorization", token).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"ARRESTED\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\"}"))
                .andReturn().getResponse());

        assertThat(outcomes).extracting(outcome -> outcome.value().getStatus()).containsExactlyInAnyOrder(201, 409);
        assertThat(outcomes).filteredOn(outcome -> outcome.value().getStatus() == 409).singleElement()
                .satisfies(outcome -> assertThat(outcome.value().getContentAsString()).contains("STALE_TIMELINE"));
        assertThat(cases.timeline(police, kase.id()).all()).hasSize(1);
    }

    @Test
    void writers_who_claim_no_version_are_all_recorded_one_after_the_other_and_nothing_is_lost() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));

        List<Outcome<LegalEvent>> outcomes = atOnce(WRITERS, i -> cases.record(police, kase.id(), null,
                new NewEvent("NOTIFIED", OffsetDateTime.now(clock).minusMinutes(i), Map.of("party", "GUARDIAN"))));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.succeeded()).as(outcome.toString()).isTrue());
        Timeline timeline = cases.timeline(police, kase.id());
        assertThat(timeline.version()).isEqualTo(WRITERS);
        assertThat(timeline.all()).extracting(LegalEvent::seq)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, WRITERS).boxed().toList());
    }

    @Test
    void two_people_correcting_the_same_child_at_once_one_succeeds_and_the_other_gets_stale_child()
            throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        Child child = fixtures.child(police);
        int version = child.version();

        List<Outcome<Child>> outcomes = atOnce(2, i -> children.correct(police, child.id(), version,
                new ChildDetails(i == 0 ? "Sok Dara" : "Sokh Dara", child.nameKhmer(), "M",
                        child.birthClaim().date(), "DAY", "BIRTH_CERTIFICATE", "12010101", false, null, "KHMER",
                        "KH", List.of("km"), List.of())));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).singleElement()
                .satisfies(outcome -> assertThat(outcome.conflictCode()).isEqualTo("STALE_CHILD"));
        Child stored = children.find(police, child.id());
        assertThat(stored.version()).isEqualTo(version + 1);
        assertThat(stored.nameLatin())
                .isEqualTo(outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().value().nameLatin());
    }

    @Test
    void cases_opened_at_once_get_distinct_numbers_even_for_the_first_number_of_a_new_year() throws Exception {
        clock.set(Instant.parse("2031-03-01T03:00:00Z"));
        Actor police = fixtures.actor(Role.POLICE, "08");
        List<Child> kids = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            kids.add(fixtures.child(police, "Child " + i, null, "F", LocalDate.of(2016, 1, 1)));
        }

        List<Outcome<CaseView>> outcomes = atOnce(WRITERS, i -> cases.open(police, new OpenCase(
                kids.get(i).id().toString(), "CONFLICT_WITH_LAW", "THEFT", "PETTY", true, null, null,
                LocalDate.of(2031, 2, 28), "0801", null, List.of())));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.succeeded()).as(outcome.toString()).isTrue());
        assertThat(outcomes).extracting(outcome -> outcome.value().caseNumber()).doesNotHaveDuplicates()
                .allSatisfy(number -> assertThat(number).startsWith("08-2031-"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, WRITERS)
                        .mapToObj(n -> String.format("08-2031-%05d", n)).toList());
    }

    /** The result of one writer: a value, or the failure it met. */
    record Outcome<T>(T value, Throwable failure) {

        boolean succeeded() {
            return failure == null;
        }

        String conflictCode() {
            return failure instanceof KomarException error && error.status() == 409 ? error.code()
                    : String.valueOf(failure);
        }
    }

    @FunctionalInterface
    interface Writer<T> {
        T write(int index) throws Exception;
    }

    /** Runs the writers on their own threads, released together by a barrier, and collects what each met. */
    private static <T> List<Outcome<T>> atOnce(int count, Writer<T> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CyclicBarrier start = new CyclicBarrier(count);
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<Outcome<T>> task = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return new Outcome<>(writer.write(index), null);
                    } catch (Exception | AssertionError failure) {
                        return new Outcome<>(null, failure);
                    }
                };
                futures.add(pool.submit(task));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long auditLines(CaseView kase, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE case_id = :c AND action = :a")
                .param("c", kase.id().value()).param("a", action).query(Long.class).single();
    }
}
