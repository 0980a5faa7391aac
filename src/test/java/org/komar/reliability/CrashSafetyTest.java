package org.komar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.komar.support.KomarProcess;
import org.komar.support.TestDatabases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Komar killed with SIGKILL in the middle of sustained writes, then started again: every write a client saw
 * acknowledged (201, or 200 for a void) is there, and nothing is half-written. Komar runs in a JVM of its own on the
 * suite's kind of database (an H2 file database, or a fresh PostgreSQL database), several clients write through the
 * HTTP API with bearer tokens (register a child, open a case, append events, void some), and the JVM is killed once
 * a few hundred writes have been acknowledged. After the restart the acknowledged cases read back through the API,
 * and the database is checked directly: every case has its child, timeline stream and owner; every stream's version
 * equals its events plus voids (no event without its version advanced, no version advanced without its event); every
 * child, case, event and void has exactly one audit line, and no audit line names a write that is not there. Writes
 * in flight at the moment of the kill may or may not have committed; whichever they did, they did wholly.
 */
class CrashSafetyTest {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 250;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_PASSWORD = "crash-test-admin-1";
    private static final String WRITER = "crash.police";
    private static final String WRITER_PASSWORD = "crash-test-police-1";

    @Test
    void every_acknowledged_write_survives_a_sigkill_in_the_middle_of_writes_and_nothing_is_half_written(
            @TempDir Path dataDir) throws Exception {
        Database database = TestDatabases.postgresql() ? Database.postgresql() : Database.h2(dataDir);
        Path log = Paths.get("target", "crash-safety", database.kind + "-" + UUID.randomUUID() + ".log");
        Map<String, String> environment = Map.of("KOMAR_ADMIN_PASSWORD", ADMIN_PASSWORD);
        try {
            Workload workload;
            long killedAt;
            try (KomarProcess komar = KomarProcess.start(database.arguments(), environment, log, START_TIMEOUT)) {
                new Client(komar).createWriter();
                workload = new Workload(komar);
                workload.start();
                workload.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, Duration.ofSeconds(90));
                Thread.sleep(ThreadLocalRandom.current().nextInt(0, 150));
                killedAt = System.nanoTime();
                workload.killing.set(true);
                komar.kill();
                workload.awaitStopped();
            }
            assertThat(workload.errors).as("unexpected answers before the kill").isEmpty();

            try (KomarProcess komar = KomarProcess.start(database.arguments(), environment, log,
                    START_TIMEOUT)) {
                readBackThroughTheApi(komar, workload);
                komar.stop();
            }

            Stored stored = database.read();
            Report report = new Report(database.kind, workload, stored);
            report.write();
            assertEverythingAcknowledgedIsStored(workload, stored);
            assertNothingIsHalfWritten(stored);
            assertThat(killedAt).isPositive();
        } finally {
            database.drop();
        }
    }

    private static void assertEverythingAcknowledgedIsStored(Workload workload, Stored stored) {
        assertThat(stored.children).as("acknowledged children").containsAll(workload.acknowledged("CHILD"));
        assertThat(stored.cases).as("acknowledged cases").containsAll(workload.acknowledged("CASE"));
        assertThat(stored.events).as("acknowledged events").containsAll(workload.acknowledged("EVENT"));
        assertThat(stored.voids).as("acknowledged voids").containsAll(workload.acknowledged("VOID"));
    }

    private static void assertNothingIsHalfWritten(Stored stored) {
        assertThat(stored.casesWithoutStream).as("cases without a timeline stream").isEmpty();
        assertThat(stored.casesWithoutOwner).as("cases without their owning agency as a party").isEmpty();
        assertThat(stored.casesWithoutChild).as("cases without their child").isEmpty();
        assertThat(stored.streamsOutOfStep).as("streams whose version is not their events plus voids").isEmpty();
        assertThat(stored.seqOutOfRange).as("events numbered outside 1..version").isEmpty();
        assertThat(stored.auditMismatches).as("writes without exactly one audit line, or audit lines without"
                + " their write").isEmpty();
    }

    /** After the restart, every acknowledged case reads back with its acknowledged events and voids. */
    private static void readBackThroughTheApi(KomarProcess komar, Workload workload) throws Exception {
        Client client = new Client(komar);
        String token = client.token(WRITER, WRITER_PASSWORD);
        Map<String, Set<String>> eventsByCase = new HashMap<>();
        for (Attempt attempt : workload.attempts) {
            if (attempt.acknowledged() && attempt.kind.equals("EVENT")) {
                eventsByCase.computeIfAbsent(attempt.caseId, k -> new HashSet<>()).add(attempt.id);
            }
        }
        Set<String> voided = workload.acknowledged("VOID");
        for (String caseId : workload.acknowledged("CASE")) {
            HttpResponse<String> response = client.get("/api/v1/cases/" + caseId + "/events", token);
            assertThat(response.statusCode()).as("case " + caseId + " after the restart").isEqualTo(200);
            JsonNode events = JSON.readTree(response.body());
            Set<String> read = new HashSet<>();
            Set<String> readVoided = new HashSet<>();
            for (JsonNode event : events) {
                read.add(event.get("id").asText());
                if (event.hasNonNull("voided")) {
                    readVoided.add(event.get("id").asText());
                }
            }
            assertThat(read).containsAll(eventsByCase.getOrDefault(caseId, Set.of()));
            assertThat(readVoided).containsAll(eventsByCase.getOrDefault(caseId, Set.of()).stream()
                    .filter(voided::contains).toList());
            workload.readBack.incrementAndGet();
        }
        // The timelines go on where they stopped: an append at the version read back is accepted.
        String someCase = workload.acknowledged("CASE").iterator().next();
        HttpResponse<String> events = client.get("/api/v1/cases/" + someCase + "/events", token);
        String version = events.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> appended = client.post("/api/v1/cases/" + someCase + "/events", token,
                Map.of("type", "NOTIFIED", "occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(5)
                        .toString(), "attributes", Map.of("party", "LAWYER", "means", "after restart")),
                version);
        assertThat(appended.statusCode()).as(appended.body()).isEqualTo(201);
    }

    /** One write a client attempted, and how it ended. */
    static final class Attempt {
        final String kind;
        final String marker;
        final String caseId;
        volatile int status;
        volatile String id;
        volatile String outcome = "pending";

        Attempt(String kind, String marker, String caseId) {
            this.kind = kind;
            this.marker = marker;
            this.caseId = caseId;
        }

        boolean acknowledged() {
            return status == 201 || (kind.equals("VOID") && status == 200);
        }

        boolean inFlight() {
            return outcome.equals("in flight");
        }
    }

    /** Clients writing through the API on threads of their own until Komar dies under them. */
    static final class Workload {
        final KomarProcess komar;
        final String run = UUID.randomUUID().toString().substring(0, 6);
        final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicBoolean killing = new AtomicBoolean();
        final AtomicInteger acknowledgedCount = new AtomicInteger();
        final AtomicInteger readBack = new AtomicInteger();
        final List<Thread> threads = new ArrayList<>();

        Workload(KomarProcess komar) {
            this.komar = komar;
        }

        void start() throws Exception {
            Client client = new Client(komar);
            for (int t = 0; t < WRITERS; t++) {
                String token = client.token(WRITER, WRITER_PASSWORD);
                int writer = t;
                Thread thread = new Thread(() -> write(new Client(komar), token, writer), "crash-writer-" + t);
                threads.add(thread);
                thread.start();
            }
        }

        void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (acknowledgedCount.get() < count && System.nanoTime() < deadline && errors.isEmpty()) {
                Thread.sleep(20);
            }
            assertThat(errors).as("unexpected answers while writing").isEmpty();
            assertThat(acknowledgedCount.get()).as("writes acknowledged before the kill").isGreaterThanOrEqualTo(count);
        }

        void awaitStopped() throws InterruptedException {
            for (Thread thread : threads) {
                thread.join(30_000);
            }
        }

        Set<String> acknowledged(String kind) {
            return attempts.stream().filter(a -> a.kind.equals(kind) && a.acknowledged()).map(a -> a.id)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }

        List<Attempt> inFlight() {
            return attempts.stream().filter(Attempt::inFlight).toList();
        }

        private void write(Client client, String token, int writer) {
            LocalDate offenceDate = LocalDate.now(ZoneOffset.ofHours(7)).minusDays(30);
            for (int n = 0; ; n++) {
                String marker = run + "-" + writer + "-" + n;
                String childId = send(client, token, new Attempt("CHILD", marker, null), "/api/v1/children",
                        Map.of("name", Map.of("latin", "Crash " + marker), "sex", n % 2 == 0 ? "M" : "F",
                                "birthDate", "2011-02-03", "birthDatePrecision", "DAY",
                                "birthDateEvidence", "FAMILY_BOOK", "residence", "12010101"));
                if (childId == null) {
                    return;
                }
                String caseId = send(client, token, new Attempt("CASE", "CR-" + marker, null), "/api/v1/cases",
                        Map.of("childId", childId, "role", "CONFLICT_WITH_LAW",
                                "offence", Map.of("code", "THEFT", "class", "PETTY"),
                                "offenceDate", offenceDate.toString(), "place", "120101",
                                "caseNumber", "CR-" + marker));
                if (caseId == null) {
                    return;
                }
                String firstEvent = null;
                for (int k = 0; k < 4; k++) {
                    String eventMarker = "E-" + marker + "-" + k;
                    String eventId = send(client, token, new Attempt("EVENT", eventMarker, caseId),
                            "/api/v1/cases/" + caseId + "/events", Map.of("type", "NOTIFIED",
                                    "occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).toString(),
                                    "attributes", Map.of("party", "GUARDIAN", "reached", true,
                                            "means", eventMarker)));
                    if (eventId == null) {
                        return;
                    }
                    firstEvent = firstEvent == null ? eventId : firstEvent;
                }
                if (n % 2 == 0) {
                    Attempt voiding = new Attempt("VOID", firstEvent, caseId);
                    if (send(client, token, voiding, "/api/v1/cases/" + caseId + "/events/" + firstEvent + "/void",
                            Map.of("reason", "Recorded twice " + marker)) == null) {
                        return;
                    }
                }
            }
        }

        /** Sends one write; the id it answers with, or null once Komar is gone (the attempt says how it ended). */
        private String send(Client client, String token, Attempt attempt, String path, Object body) {
            attempts.add(attempt);
            try {
                HttpResponse<String> response = client.post(path, token, body, null);
                attempt.status = response.statusCode();
                if (attempt.acknowledged()) {
                    attempt.id = attempt.kind.equals("VOID") ? attempt.marker
                            : JSON.readTree(response.body()).get("id").asText();
                    attempt.outcome = "acknowledged";
                    acknowledgedCount.incrementAndGet();
                    return attempt.id;
                }
                attempt.outcome = "answered " + response.statusCode();
                errors.add(attempt.kind + " " + path + " answered " + response.statusCode() + ": " + response.body());
                return null;
            } catch (ConnectException refused) {
                attempt.outcome = "refused";
                if (!killing.get()) {
                    errors.add(attempt.kind + " " + path + " refused before the kill: " + refused);
                }
                return null;
            } catch (IOException broken) {
                attempt.outcome = "in flight";
                if (!killing.get()) {
                    errors.add(attempt.kind + " " + path + " failed before the kill: " + broken);
                }
                return null;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                attempt.outcome = "interrupted";
                return null;
            }
        }
    }

    /** A plain HTTP client of the API, as any other client would call it. */
    static final class Client {
        private final KomarProcess komar;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();

        Client(KomarProcess komar) {
            this.komar = komar;
        }

        /**
         * The administrator (created at first start) signs in to the administration pages and creates a police
         * agency in Phnom Penh and the officer who writes, as an administrator would.
         */
        void createWriter() throws IOException, InterruptedException {
            form("/login", "/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));
            form("/admin/agencies", "/admin/agencies", Map.of("code", "CRASH-POL", "type", "POLICE_JUVENILE_UNIT",
                    "nameLatin", "Crash test police", "nameKhmer", "នគរបាលសាកល្បង", "province", "12"));
            String users = page("/admin/users");
            Matcher agency = Pattern.compile("<option value=\"([0-9a-f-]{36})\">(Crash test police|នគរបាលសាកល្បង)"
                    + "</option>").matcher(users);
            assertThat(agency.find()).as("the new agency offered on the users page").isTrue();
            form("/admin/users", "/admin/users", Map.of("username", WRITER, "displayName", "Crash test officer",
                    "agencyId", agency.group(1), "roles", "POLICE", "password", WRITER_PASSWORD, "language", "en"));
        }

        private String page(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(komar.url(path))).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }

        /** Posts a form of the page at {@code pagePath} with its CSRF token; the answer must be a redirect. */
        private void form(String pagePath, String action, Map<String, String> fields)
                throws IOException, InterruptedException {
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page(pagePath));
            assertThat(csrf.find()).as("CSRF token on " + pagePath).isTrue();
            StringBuilder body = new StringBuilder("_csrf=" + encode(csrf.group(1)));
            fields.forEach((name, value) -> body.append('&').append(name).append('=').append(encode(value)));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(komar.url(action)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(302);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        String token(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> response = post("/api/v1/auth/token", null,
                    Map.of("username", username, "password", password), null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).get("token").asText();
        }

        HttpResponse<String> post(String path, String token, Object body, String ifMatch)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(komar.url(path)))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(komar.url(path))).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The database Komar runs on: an H2 file database in a fresh directory, or a fresh PostgreSQL database. */
    record Database(String kind, Path dataDir, String url, String user) {

        static Database h2(Path dataDir) {
            return new Database("h2", dataDir, "jdbc:h2:file:" + dataDir.resolve("komar")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "komar");
        }

        static Database postgresql() {
            return new Database("postgresql", null, TestDatabases.newPostgres("komar_crash"), TestDatabases.pgUser());
        }

        /** H2 as shipped (the default URL under the data directory); PostgreSQL with the production profile. */
        List<String> arguments() {
            List<String> arguments = new ArrayList<>(List.of("--logging.level.root=WARN",
                    "--logging.level.org.komar=INFO"));
            if (dataDir != null) {
                arguments.add("--komar.data-dir=" + dataDir);
            } else {
                // The production profile marks the session cookie Secure; the administrator signs in over plain HTTP
                // on the loopback here, so that one setting is lifted.
                arguments.addAll(List.of("--spring.profiles.active=prod", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user, "--spring.datasource.password=",
                        "--server.servlet.session.cookie.secure=false"));
            }
            return arguments;
        }

        Stored read() throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, "")) {
                return new Stored(connection);
            }
        }

        void drop() {
            if (dataDir == null) {
                TestDatabases.dropPostgres(url);
            }
        }
    }

    /** What the database holds after the restart, and the checks of its wholeness. */
    static final class Stored {
        final Set<String> children;
        final Set<String> cases;
        final Set<String> events;
        final Set<String> voids;
        final Set<String> childNames;
        final Set<String> caseNumbers;
        final Set<String> eventAttributes;
        final List<String> casesWithoutStream;
        final List<String> casesWithoutOwner;
        final List<String> casesWithoutChild;
        final List<String> streamsOutOfStep;
        final List<String> seqOutOfRange;
        final List<String> auditMismatches = new ArrayList<>();
        final int streams;

        Stored(Connection db) throws SQLException {
            children = strings(db, "SELECT id FROM child");
            cases = strings(db, "SELECT id FROM case_file");
            events = strings(db, "SELECT id FROM legal_event");
            voids = strings(db, "SELECT event_id FROM legal_event_void");
            childNames = strings(db, "SELECT name_latin FROM child");
            caseNumbers = strings(db, "SELECT case_number FROM case_file");
            eventAttributes = strings(db, "SELECT attributes FROM legal_event");
            casesWithoutStream = list(db, "SELECT c.id FROM case_file c WHERE NOT EXISTS"
                    + " (SELECT 1 FROM timeline_stream s WHERE s.case_id = c.id)");
            casesWithoutOwner = list(db, "SELECT c.id FROM case_file c WHERE NOT EXISTS (SELECT 1 FROM case_party p"
                    + " WHERE p.case_id = c.id AND p.function = 'OWNER' AND p.agency_id = c.owner_agency_id)");
            casesWithoutChild = list(db, "SELECT c.id FROM case_file c WHERE NOT EXISTS"
                    + " (SELECT 1 FROM child ch WHERE ch.id = c.child_id)");
            streamsOutOfStep = list(db, """
                    SELECT s.case_id FROM timeline_stream s
                    WHERE s.version <> (SELECT COUNT(*) FROM legal_event e WHERE e.case_id = s.case_id)
                                     + (SELECT COUNT(*) FROM legal_event_void v JOIN legal_event e
                                        ON e.id = v.event_id WHERE e.case_id = s.case_id)""");
            seqOutOfRange = list(db, "SELECT e.id FROM legal_event e JOIN timeline_stream s ON s.case_id = e.case_id"
                    + " WHERE e.seq < 1 OR e.seq > s.version");
            streams = strings(db, "SELECT case_id FROM timeline_stream").size();
            checkAudit(db);
        }

        /** Every write has exactly one audit line naming it, and every such line names a write that is there. */
        private void checkAudit(Connection db) throws SQLException {
            compare("CHILD_REGISTERED", children, list(db,
                    "SELECT child_id FROM audit_entry WHERE action = 'CHILD_REGISTERED'"));
            compare("CASE_OPENED", cases, list(db, "SELECT case_id FROM audit_entry WHERE action = 'CASE_OPENED'"));
            compare("EVENT_RECORDED", events, list(db,
                    "SELECT subject_id FROM audit_entry WHERE action = 'EVENT_RECORDED'"));
            compare("EVENT_VOIDED", voids, list(db, "SELECT subject_id FROM audit_entry WHERE action = 'EVENT_VOIDED'"));
        }

        private void compare(String action, Set<String> written, List<String> audited) {
            Map<String, Long> lines = audited.stream().map(s -> s.toLowerCase(Locale.ROOT))
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            for (String id : written) {
                long count = lines.getOrDefault(id, 0L);
                if (count != 1) {
                    auditMismatches.add(action + " lines for " + id + ": " + count);
                }
            }
            for (String id : lines.keySet()) {
                if (!written.contains(id)) {
                    auditMismatches.add(action + " line for " + id + ", which is not stored");
                }
            }
        }

        private static Set<String> strings(Connection db, String sql) throws SQLException {
            return new HashSet<>(list(db, sql));
        }

        private static List<String> list(Connection db, String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    String value = rs.getString(1);
                    values.add(value != null && looksLikeUuid(value) ? value.toLowerCase(Locale.ROOT) : value);
                }
            }
            return values;
        }

        private static boolean looksLikeUuid(String value) {
            return value.length() == 36 && value.charAt(8) == '-';
        }
    }

    /** The figures of one run, printed and kept under target/crash-safety for the reliability notes. */
    record Report(String kind, Workload workload, Stored stored) {

        void write() throws IOException {
            Map<String, Integer> acknowledged = new HashMap<>();
            for (String kindOfWrite : List.of("CHILD", "CASE", "EVENT", "VOID")) {
                acknowledged.put(kindOfWrite, workload.acknowledged(kindOfWrite).size());
            }
            List<String> inFlight = new ArrayList<>();
            for (Attempt attempt : workload.inFlight()) {
                inFlight.add(attempt.kind + " " + (committed(attempt) ? "committed" : "not committed"));
            }
            String text = "crash-safety " + kind + ": acknowledged children=" + acknowledged.get("CHILD")
                    + " cases=" + acknowledged.get("CASE") + " events=" + acknowledged.get("EVENT")
                    + " voids=" + acknowledged.get("VOID") + " (all found: "
                    + (stored.children.containsAll(workload.acknowledged("CHILD"))
                    && stored.cases.containsAll(workload.acknowledged("CASE"))
                    && stored.events.containsAll(workload.acknowledged("EVENT"))
                    && stored.voids.containsAll(workload.acknowledged("VOID")))
                    + "); stored children=" + stored.children.size() + " cases=" + stored.cases.size()
                    + " events=" + stored.events.size() + " voids=" + stored.voids.size()
                    + "; in flight at the kill=" + inFlight.size() + " " + inFlight
                    + "; refused after the kill=" + workload.attempts.stream()
                    .filter(a -> a.outcome.equals("refused")).count()
                    + "; cases read back through the API after restart=" + workload.readBack.get()
                    + "; half-written: " + (stored.casesWithoutStream.size() + stored.casesWithoutOwner.size()
                    + stored.casesWithoutChild.size() + stored.streamsOutOfStep.size() + stored.seqOutOfRange.size()
                    + stored.auditMismatches.size());
            System.out.println(text);
            Path file = Paths.get("target", "crash-safety", kind + "-report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + System.lineSeparator());
        }

        private boolean committed(Attempt attempt) {
            return switch (attempt.kind) {
                case "CHILD" -> stored.childNames.contains("Crash " + attempt.marker);
                case "CASE" -> stored.caseNumbers.contains(attempt.marker);
                case "EVENT" -> stored.eventAttributes.stream().anyMatch(a -> a.contains("\"" + attempt.marker + "\""));
                case "VOID" -> stored.voids.contains(attempt.marker);
                default -> false;
            };
        }
    }
}
