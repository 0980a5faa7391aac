package org.komar.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildService;
import org.komar.child.Guardian;
import org.komar.child.GuardianRelationship;
import org.komar.support.IntegrationTest;
import org.komar.timeline.LegalEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * The exchange calls end to end: what is exported imports elsewhere and exports again byte for byte; every line of
 * an import is reported, a bad line is refused whole and the others go in; a line whose case exists is skipped, so
 * an import can be run twice; the export keeps to the caller's scope; imported timelines feed the read models.
 */
class ExchangeApiTest extends IntegrationTest {

    @Autowired
    ChildService children;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_exported_case_imported_under_new_identities_exports_again_exactly_as_it_was() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        Actor prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        Actor lawyer = fixtures.actor(Role.LAWYER, "12");
        Actor administrator = fixtures.actor(Role.ADMINISTRATOR, "12");
        var ngo = fixtures.agency(AgencyType.NGO, "12");
        Child child = children.register(police, new ChildDetails("Chan Vibol", "ចាន់ វិបុល", "M",
                LocalDate.now(clock).minusYears(16).minusDays(3), "YEAR", "DECLARATION", "12010101", true,
                "Hearing impairment", "CHAM", "KH", List.of("km", "cja"),
                List.of(new Guardian("Chan Sophea", GuardianRelationship.MOTHER, "012 345 678", "Phnom Penh"),
                        new Guardian("Chan Dara", GuardianRelationship.GRANDPARENT, null, null))));
        CaseView kase = cases.open(police, new OpenCase(child.id().toString(), "CONFLICT_WITH_LAW", "THEFT",
                "MISDEMEANOUR", true, 6, 36, LocalDate.now(clock).minusDays(4), "120101", null,
                List.of(new OpenCase.NewParty(ngo.id().toString(), null, "SERVICE_PROVIDER"),
                        new OpenCase.NewParty(null, lawyer.username(), "LEGAL_AID"))));
        OffsetDateTime start = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(7)).minusDays(4);
        fixtures.record(police, kase.id(), "CONTACT_REGISTERED", start, "how", "ARREST");
        fixtures.record(police, kase.id(), "AGE_CLAIM_RECORDED", start.plusMinutes(5), "birthDate",
                LocalDate.now(clock).minusYears(15).toString(), "precision", "YEAR", "evidence", "FAMILY_BOOK");
        fixtures.record(police, kase.id(), "CUSTODY_STARTED", start.plusMinutes(30), "unit", "Daun Penh",
                "separatedFromAdults", true, "note", "Quiet night");
        LegalEvent wrong = fixtures.record(police, kase.id(), "NOTIFIED", start.plusHours(1), "party", "LAWYER",
                "reached", false);
        cases.voidEvent(police, kase.id(), wrong.id(), null, "Recorded on the wrong case");
        fixtures.record(police, kase.id(), "CUSTODY_ENDED", start.plusHours(20), "outcome",
                "PRESENTED_TO_PROSECUTOR");
        fixtures.record(prosecutor, kase.id(), "DIVERSION_ORDERED", start.plusDays(1), "by", "PROSECUTOR",
                "measures", List.of(Map.of("type", "SCHOOL_ATTENDANCE", "months", 4),
                        Map.of("type", "REPARATION", "description", "Return the phone")));
        String original = lineOf(export(prosecutor), kase.id().toString());

        Map<String, String> renamed = new LinkedHashMap<>();
        renamed.put(child.id().toString(), UUID.randomUUID().toString());
        renamed.put(kase.id().toString(), UUID.randomUUID().toString());
        renamed.put(kase.caseNumber(), "RT-" + UUID.randomUUID().toString().substring(0, 8));
        for (JsonNode event : json.readTree(original).get("events")) {
            renamed.put(event.get("id").asText(), UUID.randomUUID().toString());
        }
        JsonNode report = importAs(administrator, replace(original, renamed) + "\n");
        assertThat(report.at("/lines/0/status").asText()).as(report.toString()).isEqualTo("imported");
        assertThat(report.at("/lines/0/newChild").asBoolean()).isTrue();

        String again = lineOf(export(prosecutor), renamed.get(kase.id().toString()));
        Map<String, String> back = new LinkedHashMap<>();
        renamed.forEach((was, now) -> back.put(now, was));
        assertThat(replace(again, back)).isEqualTo(original);
        assertThat(again).contains("\"voided\":{\"reason\":\"Recorded on the wrong case\"")
                .contains("\"username\":\"" + lawyer.username() + "\"").contains("\"agency\":\"" + ngo.code() + "\"");
    }

    @Test
    void every_line_is_reported_and_a_bad_line_is_refused_whole_while_the_others_are_imported() throws Exception {
        Actor administrator = fixtures.actor(Role.ADMINISTRATOR, "12");
        Map<String, Object> good = ExchangeSamples.bundle(clock);
        Map<String, Object> badEvent = ExchangeSamples.bundle(clock);
        Map<String, Object> badType = new LinkedHashMap<>(ExchangeSamples.eventsOf(badEvent).get(6));
        badType.put("type", "TELEPORTED");
        ExchangeSamples.eventsOf(badEvent).set(6, badType);
        Map<String, Object> tooLong = ExchangeSamples.bundle(clock);
        Map<String, Object> diversion = ExchangeSamples.eventsOf(tooLong).get(9);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) diversion.get("attributes");
        attributes.put("measures", List.of(Map.of("type", "COMMUNITY_SERVICE", "hours", 40)));
        String file = write(good) + "\n{\"child\": \n\n" + write(badEvent) + "\n" + write(tooLong) + "\n";

        JsonNode report = importAs(administrator, file);

        assertThat(report.at("/summary/lines").asInt()).isEqualTo(4);
        assertThat(report.at("/summary/imported").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/refused").asInt()).isEqualTo(3);
        JsonNode lines = report.get("lines");
        assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("status").asText()).isEqualTo("imported");
        assertThat(lines.get(0).get("events").asInt()).isEqualTo(10);
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).at("/problem/code").asText()).isEqualTo("MALFORMED_LINE");
        assertThat(lines.get(1).at("/problem/status").asInt()).isEqualTo(400);
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(lines.get(2).at("/problem/errors/0/field").asText()).isEqualTo("events[6].type");
        assertThat(lines.get(2).at("/problem/errors/0/code").asText()).isEqualTo("UNKNOWN_EVENT_TYPE");
        // JJL 65: no community service under 16; the diversion module's check applies to imported events too.
        assertThat(lines.get(3).at("/problem/errors/0/field").asText())
                .startsWith("events[9].attributes.measures");
        for (Map<String, Object> refused : List.of(badEvent, tooLong)) {
            assertThat(count("SELECT COUNT(*) FROM case_file WHERE id = ?", caseId(refused))).isZero();
            assertThat(count("SELECT COUNT(*) FROM child WHERE id = ?", childId(refused))).isZero();
            assertThat(count("SELECT COUNT(*) FROM legal_event WHERE case_id = ?", caseId(refused))).isZero();
        }
        UUID imported = caseId(good);
        assertThat(count("SELECT COUNT(*) FROM legal_event WHERE case_id = ?", imported)).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM legal_event_void v JOIN legal_event e ON e.id = v.event_id"
                + " WHERE e.case_id = ?", imported)).isEqualTo(1);
        assertThat(count("SELECT version FROM timeline_stream WHERE case_id = ?", imported)).isEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM import_refusal WHERE run_id = ?",
                UUID.fromString(report.get("run").asText()))).isEqualTo(3);
        // The read models are derived from imported timelines as from recorded ones.
        assertThat(count("SELECT COUNT(*) FROM diversion_register WHERE case_id = ?", imported)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM stat_case WHERE case_id = ?", imported)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM detention_stay WHERE case_id = ?", imported)).isPositive();
        assertThat(count("SELECT timeline_version FROM worklist_case WHERE case_id = ?", imported)).isEqualTo(11);
    }

    @Test
    void importing_the_same_file_twice_skips_every_line_the_second_time_and_duplicates_nothing() throws Exception {
        Actor administrator = fixtures.actor(Role.ADMINISTRATOR, "12");
        Map<String, Object> first = ExchangeSamples.bundle(clock);
        Map<String, Object> second = ExchangeSamples.bundle(clock);
        String file = write(first) + "\n" + write(second) + "\n";
        JsonNode once = importAs(administrator, file);
        assertThat(once.at("/summary/imported").asInt()).isEqualTo(2);

        JsonNode twice = importAs(administrator, file);

        assertThat(twice.at("/summary/imported").asInt()).isZero();
        assertThat(twice.at("/summary/skipped").asInt()).isEqualTo(2);
        assertThat(twice.at("/lines/0/status").asText()).isEqualTo("skipped");
        assertThat(twice.at("/lines/0/code").asText()).isEqualTo("CASE_ALREADY_IMPORTED");
        assertThat(count("SELECT COUNT(*) FROM case_file WHERE id = ?", caseId(first))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM legal_event WHERE case_id = ?", caseId(first))).isEqualTo(10);
    }

    @Test
    void a_line_whose_event_id_is_already_used_is_refused_alone_and_the_rest_of_its_chunk_goes_in() throws Exception {
        Actor administrator = fixtures.actor(Role.ADMINISTRATOR, "12");
        Map<String, Object> earlier = ExchangeSamples.bundle(clock);
        importAs(administrator, write(earlier) + "\n");
        Map<String, Object> clash = ExchangeSamples.bundle(clock);
        ExchangeSamples.eventsOf(clash).get(3).put("id", ExchangeSamples.eventsOf(earlier).get(3).get("id"));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(i == 2 ? clash : ExchangeSamples.bundle(clock));
        }
        StringBuilder file = new StringBuilder();
        lines.forEach(line -> file.append(write(line)).append('\n'));

        JsonNode report = importAs(administrator, file.toString());

        assertThat(report.at("/summary/imported").asInt()).isEqualTo(4);
        assertThat(report.at("/lines/2/status").asText()).isEqualTo("refused");
        assertThat(report.at("/lines/2/problem/code").asText()).isEqualTo("IMPORT_CONFLICT");
        assertThat(count("SELECT COUNT(*) FROM case_file WHERE id = ?", caseId(clash))).isZero();
        assertThat(count("SELECT COUNT(*) FROM child WHERE id = ?", childId(clash))).isZero();
        assertThat(count("SELECT COUNT(*) FROM case_file WHERE id = ?", caseId(lines.get(4)))).isEqualTo(1);
    }

    @Test
    void a_refused_line_is_explained_in_khmer_when_khmer_is_asked_for() throws Exception {
        Actor administrator = fixtures.actor(Role.ADMINISTRATOR, "12");
        Map<String, Object> line = ExchangeSamples.bundle(clock);
        ExchangeSamples.caseOf(line).put("place", "99999999");
        String body = mvc.perform(post("/api/v1/import").header("Authorization", bearer(administrator))
                        .header("Accept-Language", "km").contentType("application/x-ndjson")
                        .content(write(line) + "\n"))
                .andReturn().getResponse().getContentAsString();
        JsonNode report = json.readTree(body);
        assertThat(report.at("/lines/0/problem/errors/0/field").asText()).isEqualTo("case.place");
        assertThat(report.at("/lines/0/problem/errors/0/detail").asText()).containsPattern("[\\u1780-\\u17FF]");
    }

    @Test
    void a_dry_run_checks_every_line_and_writes_nothing() throws Exception {
        Actor administrator = fixtures.actor(Role.ADMINISTRATOR, "12");
        Map<String, Object> line = ExchangeSamples.bundle(clock);
        long runs = count("SELECT COUNT(*) FROM import_run");
        MockHttpServletResponse response = mvc.perform(post("/api/v1/import").param("dryRun", "true")
                .header("Authorization", bearer(administrator)).contentType("application/x-ndjson")
                .content(write(line) + "\n")).andReturn().getResponse();
        JsonNode report = json.readTree(response.getContentAsString());
        assertThat(report.at("/lines/0/status").asText()).isEqualTo("valid");
        assertThat(report.get("run").isNull()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM case_file WHERE id = ?", caseId(line))).isZero();
        assertThat(count("SELECT COUNT(*) FROM import_run")).isEqualTo(runs);
    }

    @Test
    void an_empty_import_and_an_import_by_someone_without_the_permission_are_refused_cleanly() throws Exception {
        Actor administrator = fixtures.actor(Role.ADMINISTRATOR, "12");
        Actor police = fixtures.actor(Role.POLICE, "12");
        MockHttpServletResponse empty = mvc.perform(post("/api/v1/import")
                .header("Authorization", bearer(administrator)).contentType("application/x-ndjson")
                .content("\n  \n")).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("IMPORT_EMPTY");
        MockHttpServletResponse forbidden = mvc.perform(post("/api/v1/import")
                .header("Authorization", bearer(police)).contentType("application/x-ndjson")
                .content(ExchangeSamples.line(clock) + "\n")).andReturn().getResponse();
        assertThat(forbidden.getStatus()).isEqualTo(403);
    }

    @Test
    void the_export_holds_the_cases_in_scope_only() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        Actor otherPolice = fixtures.actor(Role.POLICE, "17");
        CaseView mine = fixtures.conflictCase(police, fixtures.child(police));
        CaseView theirs = fixtures.conflictCase(otherPolice, fixtures.child(otherPolice));

        String export = export(police);

        assertThat(export).contains(mine.id().toString()).doesNotContain(theirs.id().toString());
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASE_EXPORTED' AND case_id = ?",
                mine.id().value())).isEqualTo(1);
    }

    // ---- helpers

    private String export(Actor actor) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/export").header("Authorization", bearer(actor)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/x-ndjson");
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private JsonNode importAs(Actor actor, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/import").header("Authorization", bearer(actor))
                .contentType("application/x-ndjson").content(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andReturn().getResponse();
        String text = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(text).isEqualTo(200);
        return json.readTree(text);
    }

    private static String lineOf(String export, String caseId) {
        return export.lines().filter(line -> line.contains("\"case\":{\"id\":\"" + caseId + "\""))
                .findFirst().orElseThrow(() -> new AssertionError("case " + caseId + " not exported"));
    }

    private static String replace(String text, Map<String, String> replacements) {
        String result = text;
        for (Map.Entry<String, String> entry : replacements.entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result;
    }

    private String write(Map<String, Object> line) {
        return json.writeValueAsString(line);
    }

    private static UUID caseId(Map<String, Object> line) {
        return UUID.fromString((String) ExchangeSamples.caseOf(line).get("id"));
    }

    @SuppressWarnings("unchecked")
    private static UUID childId(Map<String, Object> line) {
        return UUID.fromString((String) ((Map<String, Object>) line.get("child")).get("id"));
    }

    private long count(String sql, Object... args) {
        var statement = jdbc.sql(sql);
        for (Object arg : args) {
            statement = statement.param(arg);
        }
        return statement.query(Long.class).single();
    }
}
