package org.komar.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The mixed workload of the people who use Komar every day, against a running Komar: open a case (35%), search a
 * child by part of a name in Latin (10%) and in Khmer (10%), append an event to a timeline (20%), read one's
 * worklist (15%), read the national detention view (10%), with {@code komar.load.users} concurrent users (50) for
 * {@code komar.load.seconds} (120). Each user is a person: after an answer it pauses, as one reads what came back,
 * for between half and one and a half times {@code komar.load.thinkMillis} (1,000 ms); with 0 it sends its next
 * request at once, which measures the machine's capacity rather than fifty people. After it, {@link JdbcFloor} runs
 * the same reads and writes as plain SQL on the same database (when {@code komar.load.jdbc} is given), and
 * {@link LoadReport} sets the two side by side. See docs/performance.md for the command.
 */
public class KomarSimulation extends Simulation {

    static final String BASE = System.getProperty("komar.url", "http://localhost:8080");
    static final int USERS = Integer.getInteger("komar.load.users", 50);
    static final int SECONDS = Integer.getInteger("komar.load.seconds", 120);
    static final List<String> ACCOUNTS = Arrays.asList(System.getProperty("komar.load.accounts",
            "police,police.17,police.01,prosecutor,prosecutor.17").split(","));
    static final String PASSWORD = System.getProperty("komar.load.password", "komar-demo");
    static final int THINK_MILLIS = Integer.getInteger("komar.load.thinkMillis", 1000);
    /** What this run was, for the report beside its figures. */
    static final java.nio.file.Path RUN = java.nio.file.Path.of("target", "load", "run.properties");

    private final Samples samples = prepare();

    private final Supplier<Map<String, Object>> next = samples::feed;

    private final ChainBuilder openCase = exec(http("open a case").get("/api/v1/cases/#{caseId}")
            .header("Authorization", "Bearer #{token}").check(status().is(200)));

    private final ChainBuilder searchLatin = exec(http("search a name (Latin)").get("/api/v1/children")
            .queryParam("q", "#{latin}").header("Authorization", "Bearer #{token}").check(status().is(200)));

    private final ChainBuilder searchKhmer = exec(http("search a name (Khmer)").get("/api/v1/children")
            .queryParam("q", "#{khmer}").header("Authorization", "Bearer #{token}").check(status().is(200)));

    private final ChainBuilder appendEvent = exec(session -> session.set("now",
            OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS).toString()))
            .exec(http("append an event").post("/api/v1/cases/#{caseId}/events")
                    .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                    .body(StringBody("{\"type\":\"NOTIFIED\",\"occurredAt\":\"#{now}\","
                            + "\"attributes\":{\"party\":\"GUARDIAN\",\"reached\":true,\"means\":\"telephone\"}}"))
                    .check(status().is(201)));

    private final ChainBuilder worklist = exec(http("read the worklist").get("/api/v1/worklist")
            .header("Authorization", "Bearer #{token}").check(status().is(200)));

    private final ChainBuilder detention = exec(http("read the national detention view").get("/api/v1/detention")
            .header("Authorization", "Bearer #{detentionToken}").check(status().is(200)));

    private final ScenarioBuilder mixed = scenario("the people who use Komar")
            .feed(Stream.generate(next).iterator())
            .exec(randomSwitch().on(
                    percent(35).then(openCase),
                    percent(10).then(searchLatin),
                    percent(10).then(searchKhmer),
                    percent(20).then(appendEvent),
                    percent(15).then(worklist),
                    percent(10).then(detention)))
            .exec(THINK_MILLIS > 0 ? pause(Duration.ofMillis(THINK_MILLIS / 2),
                    Duration.ofMillis(THINK_MILLIS * 3L / 2)) : exec(session -> session));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .acceptLanguageHeader("en").shareConnections();

    {
        setUp(mixed.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        String jdbc = System.getProperty("komar.load.jdbc");
        if (jdbc != null && !jdbc.isBlank()) {
            new JdbcFloor(jdbc, System.getProperty("komar.load.jdbcUser", "postgres"),
                    System.getProperty("komar.load.jdbcPassword", ""), samples.cases.size()).run(USERS,
                    Math.max(30, SECONDS / 2), THINK_MILLIS);
        }
    }

    private static Samples prepare() {
        try {
            // A floor left by an earlier run must not stand beside this run's figures.
            java.nio.file.Files.deleteIfExists(JdbcFloor.RESULT);
            java.nio.file.Files.createDirectories(RUN.getParent());
            java.nio.file.Files.writeString(RUN, "users=" + USERS + "\nseconds=" + SECONDS + "\nthinkMillis="
                    + THINK_MILLIS + "\n");
            return new Samples(BASE, ACCOUNTS, PASSWORD, System.getProperty("komar.load.detentionAccount",
                    "statistician"), Integer.getInteger("komar.load.casesPerAccount", 200));
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the load against " + BASE + ": " + e.getMessage(), e);
        }
    }
}
