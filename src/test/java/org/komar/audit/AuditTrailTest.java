package org.komar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildResource;
import org.komar.child.ChildService;
import org.komar.child.Guardian;
import org.komar.child.GuardianRelationship;
import org.komar.support.Fixtures;
import org.komar.support.IntegrationTest;
import org.komar.support.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: every read and write of a child's or case's data, through the API and the pages, leaves one line
 * in the same transaction, with identifiers and never names; a failed write leaves neither data nor line; the
 * administrators' search works and is audited too; and on PostgreSQL the database refuses to alter the history.
 */
class AuditTrailTest extends IntegrationTest {

    private static final String GUARDIAN = "Chea Sokhom";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildService children;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    /** One read or write as a person or client does it; returns the id the audit line must name. */
    @FunctionalInterface
    interface Operation {
        String perform() throws Exception;
    }

    @TestFactory
    Stream<DynamicTest> every_read_and_write_of_a_child_or_case_through_the_api_and_the_pages_is_audited()
            throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        Child child = childWithGuardian(police);
        CaseView kase = fixtures.conflictCase(police, child);
        String token = bearer(police);
        MockHttpSession session = signIn(police);
        String caseId = kase.id().toString();
        String childId = child.id().toString();

        Map<String, Object[]> operations = new java.util.LinkedHashMap<>();
        operations.put("API: read a child", op("CHILD_READ", () -> {
            api(get("/api/v1/children/" + childId), token, 200);
            return childId;
        }));
        operations.put("API: correct a child", op("CHILD_CORRECTED", () -> {
            api(put("/api/v1/children/" + childId).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(ChildResource.of(children.find(police, child.id())))), token, 200);
            return childId;
        }));
        operations.put("API: search children", op("CHILD_SEARCHED", () -> {
            api(get("/api/v1/children").param("q", child.nameLatin()), token, 200);
            return childId;
        }));
        operations.put("API: check duplicates", op("CHILD_DUPLICATES_CHECKED", () -> {
            api(post("/api/v1/children/duplicates").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": {\"latin\": \"" + child.nameLatin() + "\"}, \"sex\": \"M\"}"), token, 200);
            return "visible=1";
        }));
        operations.put("API: register a child", op("CHILD_REGISTERED", () -> readJson(api(post("/api/v1/children")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": {\"latin\": \"Ros Vibol\"}, \"sex\": \"M\"}"),
                token, 201).getContentAsString()).get("id").asText()));
        operations.put("API: open a case", op("CASE_OPENED", () -> readJson(api(post("/api/v1/cases")
                .contentType(MediaType.APPLICATION_JSON).content("{\"childId\": \"" + childId + "\", \"role\": "
                        + "\"VICTIM\", \"place\": \"120101\"}"), token, 201).getContentAsString()).get("id").asText()));
        operations.put("API: read a case", op("CASE_READ", () -> {
            api(get("/api/v1/cases/" + caseId), token, 200);
            return caseId;
        }));
        operations.put("API: list cases", op("CASE_LISTED", () -> {
            api(get("/api/v1/cases").param("childId", childId), token, 200);
            return caseId;
        }));
        operations.put("API: read a timeline", op("TIMELINE_READ", () -> {
            api(get("/api/v1/cases/" + caseId + "/events"), token, 200);
            return caseId;
        }));
        operations.put("API: record an event", op("EVENT_RECORDED", () -> readJson(api(post("/api/v1/cases/" + caseId
                + "/events").contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"ARRESTED\", "
                + "\"occurredAt\": \"2026-01-10T07:30:00+07:00\"}"), token, 201).getContentAsString())
                .get("id").asText()));
        operations.put("API: void an event", op("EVENT_VOIDED", () -> {
            String eventId = anEvent(police, kase);
            api(post("/api/v1/cases/" + caseId + "/events/" + eventId + "/void")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Entered twice\"}"), token, 200);
            return eventId;
        }));
        operations.put("page: a child", op("CHILD_READ", () -> {
            page(get("/children/" + childId), session, 200);
            return childId;
        }));
        operations.put("page: correcting a child", op("CHILD_READ", () -> {
            page(get("/children/" + childId + "/edit"), session, 200);
            return childId;
        }));
        operations.put("page: correct a child", op("CHILD_CORRECTED", () -> {
            Child current = children.find(police, child.id());
            page(post("/children/" + childId + "/edit").with(csrf()).param("nameLatin", current.nameLatin())
                    .param("nameKhmer", current.nameKhmer()).param("sex", "M").param("birthDate",
                            current.birthClaim().date().toString()).param("residencevillage", "12010101")
                    .param("guardianName", GUARDIAN).param("guardianRelationship", "MOTHER")
                    .param("version", String.valueOf(current.version())), session, 302);
            return childId;
        }));
        operations.put("page: search children", op("CHILD_SEARCHED", () -> {
            page(post("/children/search").with(csrf()).param("q", child.nameLatin()), session, 200);
            return childId;
        }));
        operations.put("page: register a child", op("CHILD_REGISTERED", () -> lastPathPart(page(post("/children")
                .with(csrf()).param("nameLatin", "Ros Vibol").param("sex", "M").param("confirmNew", "true"),
                session, 302))));
        operations.put("page: the case list", op("CASE_LISTED", () -> {
            page(get("/cases"), session, 200);
            return caseId;
        }));
        operations.put("page: home", op("CASE_LISTED", () -> {
            page(get("/"), session, 200);
            return caseId;
        }));
        operations.put("page: a case", op("CASE_READ", () -> {
            page(get("/cases/" + caseId), session, 200);
            return caseId;
        }));
        operations.put("page: opening a case", op("CHILD_READ", () -> {
            page(get("/cases/new").param("childId", childId), session, 200);
            return childId;
        }));
        operations.put("page: open a case", op("CASE_OPENED", () -> lastPathPart(page(post("/cases").with(csrf())
                .param("childId", childId).param("role", "WITNESS").param("placeprovince", "12"), session, 302))));
        operations.put("page: an event form", op("TIMELINE_READ", () -> {
            page(get("/cases/" + caseId + "/event-form").param("type", "ARRESTED"), session, 200);
            return caseId;
        }));
        operations.put("page: record an event", op("EVENT_RECORDED", () -> {
            int version = readJson(api(get("/api/v1/cases/" + caseId), token, 200).getContentAsString())
                    .get("version").asInt();
            page(post("/cases/" + caseId + "/events").with(csrf()).param("type", "ARRESTED")
                    .param("occurredAt", "2026-01-10T07:30").param("version", String.valueOf(version)), session, 302);
            return caseId;
        }));
        operations.put("page: void an event", op("EVENT_VOIDED", () -> {
            String eventId = anEvent(police, kase);
            int version = readJson(api(get("/api/v1/cases/" + caseId), token, 200).getContentAsString())
                    .get("version").asInt();
            page(post("/cases/" + caseId + "/events/" + eventId + "/void").with(csrf()).param("reason", "Entered twice")
                    .param("version", String.valueOf(version)), session, 302);
            return eventId;
        }));

        List<DynamicTest> tests = new ArrayList<>();
        operations.forEach((name, spec) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            long before = lastAuditId();
            String subject = ((Operation) spec[1]).perform();
            List<Map<String, Object>> lines = linesSince(before, police);
            assertThat(lines).as(name + " writes a " + spec[0] + " line").anySatisfy(line -> {
                assertThat(line.get("action")).isEqualTo(spec[0]);
                assertThat(String.valueOf(line.get("case_id")) + line.get("child_id") + line.get("subject_id")
                        + line.get("details")).contains(subject);
                assertThat(line.get("remote_addr")).isNotNull();
                assertThat(line.get("agency_id")).isEqualTo(police.agencyId().value());
            });
        })));
        tests.add(DynamicTest.dynamicTest("and no line holds the child's or a guardian's name", () ->
                assertThat(linesSince(0, police)).isNotEmpty().allSatisfy(line -> assertThat(line.values().toString())
                        .doesNotContain(child.nameLatin(), child.nameKhmer(), GUARDIAN, "Ros Vibol"))));
        return tests.stream();
    }

    @Test
    void a_write_whose_transaction_fails_leaves_neither_the_data_nor_its_audit_line() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        long before = lastAuditId();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            fixtures.child(police);
            assertThat(linesSince(before, police)).extracting(line -> line.get("action")).contains("CHILD_REGISTERED");
            throw new IllegalStateException("the rest of the request failed");
        })).hasMessage("the rest of the request failed");

        assertThat(linesSince(before, police)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM child WHERE owner_agency_id = :a")
                .param("a", police.agencyId().value()).query(Long.class).single()).isZero();
    }

    @Test
    void a_refused_write_through_the_api_leaves_neither_an_event_nor_an_audit_line() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        String token = bearer(police);
        long before = lastAuditId();

        api(post("/api/v1/cases/" + kase.id() + "/events").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"CUSTODY_ENDED\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\"}"), token, 400);
        api(post("/api/v1/cases/" + kase.id() + "/events").header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"ARRESTED\", \"occurredAt\": \"2026-01-10T07:30:00+07:00\"}"), token, 409);

        assertThat(linesSince(before, police)).extracting(line -> line.get("action")).doesNotContain("EVENT_RECORDED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM legal_event WHERE case_id = :c").param("c", kase.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_audit_log_refuses_to_write_outside_a_transaction() {
        Actor police = fixtures.actor(Role.POLICE, "12");

        assertThatThrownBy(() -> audit.record(police, "CHILD_READ", AuditSubject.none()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void administrators_search_the_trail_by_case_and_the_search_is_audited_too() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        api(get("/api/v1/cases/" + kase.id()), bearer(police), 200);
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        MockHttpSession session = signIn(admin);
        long before = lastAuditId();

        mvc.perform(get("/admin/audit").session(session).param("caseId", kase.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("CASE_OPENED")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("CASE_READ")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(police.username())));

        assertThat(linesSince(before, admin)).singleElement()
                .satisfies(line -> assertThat(line.get("action")).isEqualTo("AUDIT_SEARCHED"));
    }

    @Test
    void only_administrators_may_search_the_trail() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");

        mvc.perform(get("/admin/audit").session(signIn(police))).andExpect(status().isForbidden());
    }

    @Test
    void on_postgresql_the_database_itself_refuses_to_alter_audit_lines_and_events() {
        assumeTrue(TestDatabases.postgresql(), "the append-only triggers are PostgreSQL's");
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        String eventId = anEvent(police, kase);
        fixtures.record(police, kase.id(), "ARRESTED", OffsetDateTime.now(clock));

        for (String sql : List.of("UPDATE audit_entry SET action = 'CHANGED' WHERE case_id = :id",
                "DELETE FROM audit_entry WHERE case_id = :id",
                "UPDATE legal_event SET type = 'RELEASED' WHERE case_id = :id",
                "DELETE FROM legal_event WHERE case_id = :id")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("id", kase.id().value()).update()).as(sql)
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }
        transactions.executeWithoutResult(status -> jdbc.sql("""
                INSERT INTO legal_event_void (event_id, reason, voided_at, voided_by) VALUES (:e, 'test', :at, :by)""")
                .param("e", UUID.fromString(eventId)).param("at", OffsetDateTime.now(clock))
                .param("by", police.userId().value()).update());
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM legal_event_void WHERE event_id = :e")
                .param("e", UUID.fromString(eventId)).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    private static Object[] op(String action, Operation operation) {
        return new Object[] {action, operation};
    }

    private Child childWithGuardian(Actor police) {
        String unique = Fixtures.unique("a").replaceAll("[^A-Za-z]", "").toLowerCase();
        return children.register(police, new ChildDetails("Audit Srey" + unique, "អូឌីត ស្រី" + unique.length(), "M",
                LocalDate.now(clock).minusYears(14), "DAY", "FAMILY_BOOK", "12010101", false, null, "KHMER", "KH",
                List.of("km"), List.of(new Guardian(GUARDIAN, GuardianRelationship.MOTHER, "012 345 678", null))));
    }

    private String anEvent(Actor police, CaseView kase) {
        return fixtures.record(police, kase.id(), "ARRESTED", OffsetDateTime.now(clock)).id().toString();
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String token, int status)
            throws Exception {
        return mvc.perform(request.header("Authorization", token)).andExpect(status().is(status)).andReturn()
                .getResponse();
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, MockHttpSession session, int status)
            throws Exception {
        return mvc.perform(request.session(session)).andExpect(status().is(status)).andReturn().getResponse();
    }

    private static String lastPathPart(MockHttpServletResponse redirect) {
        String location = redirect.getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
    }

    private List<Map<String, Object>> linesSince(long id, Actor actor) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE id > :id AND actor_id = :actor ORDER BY id")
                .param("id", id).param("actor", actor.userId().value()).query().listOfRows();
    }
}
