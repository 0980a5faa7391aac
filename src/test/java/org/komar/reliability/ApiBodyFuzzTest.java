package org.komar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.nio.charset.StandardCharsets;

import org.komar.access.Actor;
import org.komar.access.DataScope;
import org.komar.access.Role;
import org.komar.referral.Referral;
import org.komar.support.ApiCall;
import org.komar.support.ApiCallRows;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.komar.survey.Survey;
import tools.jackson.databind.JsonNode;

/**
 * Every JSON body the API takes under {@code /api/v1}, spoiled by {@link Mutation}s: wrong types, extreme and
 * impossible values, missing and unknown fields, truncated or non-UTF-8 text, the wrong document or content type.
 * Each answer must be a success (the spoiled body happened to be valid) or a clean 4xx problem that changed nothing
 * ({@link LiveProperties#assertHandled}). Tries are few per property, so the suite stays fast; jqwik keeps the seed
 * of a failure and shrinks it to the smallest list of mutations.
 */
class ApiBodyFuzzTest extends LiveProperties {

    static final int TRIES = 30;

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutation.lists();
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "km");
    }

    @Property(tries = TRIES)
    void registering_a_child(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        fuzz("POST /api/v1/children", "POST", "/api/v1/children", child(), world.policeToken, mutations, language,
                Map.of());
    }

    @Property(tries = TRIES)
    void correcting_a_child(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        HttpResponse<String> current = send(Call.get("/api/v1/children/" + world.child.id(),
                headers(world.policeToken, "en")));
        fuzz("PUT /api/v1/children/{id}", "PUT", "/api/v1/children/" + world.child.id(), current.body(),
                world.policeToken, mutations, language, Map.of());
    }

    @Property(tries = TRIES)
    void checking_for_duplicates(@ForAll("mutations") List<Mutation> mutations,
                                 @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        fuzz("POST /api/v1/children/duplicates", "POST", "/api/v1/children/duplicates", child(), world.policeToken,
                mutations, language, Map.of());
    }

    @Property(tries = TRIES)
    void opening_a_case(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        String body = JSON.writeValueAsString(Map.of("childId", world.child.id().toString(),
                "role", "CONFLICT_WITH_LAW", "offence", Map.of("code", "DRUG_POSSESSION", "class", "MISDEMEANOUR",
                        "intentional", true, "minPenaltyMonths", 6, "maxPenaltyMonths", 24),
                "offenceDate", LocalDate.now(clock).minusDays(3).toString(), "place", "120101",
                "parties", List.of(Map.of("agencyId", world.ngoAgency.id().toString(),
                        "function", "SERVICE_PROVIDER"))));
        fuzz("POST /api/v1/cases", "POST", "/api/v1/cases", body, world.policeToken, mutations, language, Map.of());
    }

    @Property(tries = TRIES)
    void appending_an_event(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language,
                            @ForAll("events") Map<String, Object> event, @ForAll boolean withVersion) {
        FuzzWorld world = FuzzWorld.of(this);
        Map<String, String> extra = withVersion ? Map.of("If-Match", "\"" + world.context
                .getBean(org.komar.timeline.TimelineStore.class).currentVersion(world.kase.id()).orElseThrow() + "\"")
                : Map.of();
        fuzz("POST /api/v1/cases/{id}/events", "POST", "/api/v1/cases/" + world.kase.id() + "/events",
                JSON.writeValueAsString(event), world.policeToken, mutations, language, extra);
    }

    /** Events a police officer may record, and one they may not (its attributes are still validated first). */
    @Provide
    Arbitrary<Map<String, Object>> events() {
        String at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(3).withNano(0).toString();
        return Arbitraries.of(
                Map.of("type", "CUSTODY_STARTED", "occurredAt", at, "attributes", Map.of("unit", "Phnom Penh police",
                        "separatedFromAdults", true, "separatedBySex", true)),
                Map.of("type", "CUSTODY_EXTENDED", "occurredAt", at, "attributes", Map.of("by", "prosecutor",
                        "hours", 24)),
                Map.of("type", "NOTIFIED", "occurredAt", at, "attributes", Map.of("party", "GUARDIAN",
                        "reached", true, "means", "telephone")),
                Map.of("type", "AGE_CLAIM_RECORDED", "occurredAt", at, "attributes", Map.of("birthDate",
                        "2010-03-15", "precision", "DAY", "evidence", "FAMILY_BOOK")),
                Map.of("type", "INTERROGATED", "occurredAt", at, "attributes", Map.of("by", "POLICE",
                        "lawyerPresent", true, "guardianPresent", false, "absenceReason", "not reached")),
                Map.of("type", "DIVERSION_ORDERED", "occurredAt", at, "attributes", Map.of("by", "PROSECUTOR",
                        "measures", List.of(Map.of("type", "COMMUNITY_SERVICE", "hours", 40, "months", 3)))));
    }

    @Property(tries = TRIES)
    void voiding_an_event(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        String path = "/api/v1/cases/" + world.kase.id() + "/events/" + world.freshEvent().id() + "/void";
        fuzz("POST /api/v1/cases/{id}/events/{eventId}/void", "POST", path, "{\"reason\": \"Recorded twice\"}",
                world.policeToken, mutations, language, Map.of());
    }

    @Property(tries = TRIES)
    void referring_a_child(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        String body = JSON.writeValueAsString(Map.of("caseId", world.kase.id().toString(),
                "toAgency", world.ngoAgency.id().toString(), "service", "PSYCHOSOCIAL", "consent", "CHILD",
                "consentNote", "Mother agreed", "reason", "Counselling after arrest", "urgent", false));
        fuzz("POST /api/v1/referrals", "POST", "/api/v1/referrals", body, world.policeToken, mutations, language,
                Map.of());
    }

    @Property(tries = TRIES)
    void answering_a_referral(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language,
                              @ForAll("answers") String answer) {
        FuzzWorld world = FuzzWorld.of(this);
        boolean accepted = answer.equals("deliveries") || answer.equals("follow-ups") || answer.equals("close");
        Referral referral = world.referral(accepted);
        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        Map<String, Object> body = switch (answer) {
            case "accept" -> Map.of("note", "We can see the child on Monday", "version", referral.version());
            case "decline", "withdraw" -> Map.of("reason", "No capacity this month", "version", referral.version());
            case "deliveries" -> Map.of("on", yesterday, "note", "First counselling session");
            case "follow-ups" -> Map.of("on", yesterday, "note", "Visited at home",
                    "nextFollowUp", LocalDate.now(clock).plusDays(14).toString());
            default -> Map.of("outcome", "SERVICE_COMPLETED", "note", "Completed", "version", referral.version());
        };
        String token = answer.equals("withdraw") || answer.equals("follow-ups") || answer.equals("close")
                ? world.policeToken : world.ngoToken;
        fuzz("POST /api/v1/referrals/{id}/" + answer, "POST", "/api/v1/referrals/" + referral.id() + "/" + answer,
                JSON.writeValueAsString(body), token, mutations, language, Map.of());
    }

    @Provide
    Arbitrary<String> answers() {
        return Arbitraries.of("accept", "decline", "withdraw", "deliveries", "follow-ups", "close");
    }

    @Property(tries = TRIES)
    void defining_a_survey(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        fuzz("POST /api/v1/surveys", "POST", "/api/v1/surveys", FuzzWorld.SURVEY.replace("\"OPEN\"", "\"DRAFT\""),
                world.coordinatorToken, mutations, language, Map.of());
    }

    @Property(tries = TRIES)
    void answering_a_survey(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        List<Survey.Question> questions = world.questions();
        String body = JSON.writeValueAsString(Map.of("group", "ORG", "language", "km", "answers", List.of(
                Map.of("question", questions.get(0).id().toString(), "options",
                        List.of(questions.get(0).options().get(0).id().toString(),
                                questions.get(0).options().get(2).id().toString()), "other", "Play spaces"),
                Map.of("question", questions.get(1).id().toString(), "options",
                        List.of(questions.get(1).options().get(0).id().toString())),
                Map.of("question", questions.get(2).id().toString(), "text", "Thank you"))));
        fuzz("POST /api/v1/surveys/{id}/responses", "POST", "/api/v1/surveys/" + world.survey.id() + "/responses",
                body, world.policeToken, mutations, language, Map.of());
    }

    /**
     * An NDJSON import of three valid bundles, lines spoiled one at a time: the import as a whole is a clean 4xx that
     * changed nothing (a wrong content type, a body left empty), or a 200 with a report of every line in which each
     * line is imported (with exactly its events), skipped, or refused with a 4xx problem of its own (stable code,
     * localised detail, its wrong fields); and the tables grew by exactly what the imported lines hold: a refused
     * line wrote nothing.
     */
    @Property(tries = TRIES)
    void importing_case_bundles_line_by_line(@ForAll("mutations") List<Mutation> mutations,
                                             @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        String token = world.token(Role.ADMINISTRATOR, this);
        String template = org.komar.exchange.ExchangeSamples.lines(clock, 3);
        Mutation.Payload payload = Mutation.apply(template, mutations, "application/x-ndjson");
        Call call = new Call("POST", "/api/v1/import", payload.body(), payload.contentType(),
                headers(token, language));
        Snapshot before = snapshot();
        HttpResponse<String> response = send(call);
        if (response.statusCode() != 200) {
            assertHandled("POST /api/v1/import (lines)", call, response, before, language);
            return;
        }
        count("POST /api/v1/import (lines)", 200);
        assertNoLeak(call.path(), response.body());
        JsonNode report = JSON.readTree(response.body());
        long nonBlank = java.util.Arrays.stream(payload.text().split("\n", -1))
                .filter(line -> !line.replace("\uFEFF", "").isBlank()).count();
        assertThat(report.get("lines").size()).as("one report per line: " + response.body()).isEqualTo((int) nonBlank);
        long imported = 0;
        long events = 0;
        long newChildren = 0;
        for (JsonNode line : report.get("lines")) {
            String status = line.path("status").asText();
            assertThat(status).as(line.toString()).isIn("imported", "skipped", "refused");
            count("POST /api/v1/import (each line)", status.equals("refused") ? line.at("/problem/status").asInt()
                    : 200);
            if (status.equals("refused")) {
                JsonNode problem = line.path("problem");
                assertThat(problem.path("status").asInt()).as(line.toString()).isBetween(400, 499);
                assertThat(problem.path("code").asText()).as(line.toString()).matches("[A-Z][A-Z0-9_]*");
                assertThat(problem.path("detail").asText()).as(line.toString()).isNotBlank()
                        .isNotEqualTo(problem.path("code").asText());
                if ("km".equals(language)) {
                    assertThat(problem.path("detail").asText()).as(line.toString())
                            .containsPattern("[\\u1780-\\u17FF]");
                }
                for (JsonNode error : problem.path("errors")) {
                    assertThat(error.path("code").asText()).as(line.toString()).matches("[A-Z][A-Z0-9_]*");
                    assertThat(error.path("detail").asText()).as(line.toString()).isNotBlank();
                }
                String caseId = line.path("caseId").asText("");
                if (caseId.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE id = :id")
                            .param("id", java.util.UUID.fromString(caseId)).query(Long.class).single())
                            .as("a refused line wrote nothing: " + line).isZero();
                }
            } else if (status.equals("imported")) {
                imported++;
                events += line.path("events").asLong();
                newChildren += line.path("newChild").asBoolean() ? 1 : 0;
                assertThat(jdbc.sql("SELECT COUNT(*) FROM legal_event WHERE case_id = :id")
                        .param("id", java.util.UUID.fromString(line.path("caseId").asText())).query(Long.class)
                        .single()).as(line.toString()).isEqualTo(line.path("events").asLong());
            }
        }
        Map<String, Long> after = snapshot().rows();
        assertThat(after.get("case_file") - before.rows().get("case_file")).isEqualTo(imported);
        assertThat(after.get("legal_event") - before.rows().get("legal_event")).isEqualTo(events);
        assertThat(after.get("child") - before.rows().get("child")).isEqualTo(newChildren);
    }

    /** Found by the property above: a body that is not UTF-8, sent as a form to a call that reads JSON. */
    @net.jqwik.api.Example
    void a_form_encoded_body_that_is_not_utf_8_is_refused_cleanly() {
        FuzzWorld world = FuzzWorld.of(this);
        fuzz("POST /api/v1/surveys/{id}/responses", "POST", "/api/v1/surveys/" + world.survey.id() + "/responses",
                "{\"group\": \"ORG\", \"language\": \"km\", \"answers\": []}", world.policeToken,
                List.of(new Mutation(Mutation.Kind.INSERT_BYTES, 0, 0), new Mutation(Mutation.Kind.CONTENT_TYPE, 0, 3)),
                "en", Map.of());
    }

    @Property(tries = TRIES)
    void asking_for_a_token(@ForAll("mutations") List<Mutation> mutations, @ForAll("languages") String language) {
        FuzzWorld.of(this);
        fuzz("POST /api/v1/auth/token", "POST", "/api/v1/auth/token",
                "{\"username\": \"nobody-fuzz\", \"password\": \"not-a-password\"}", null, mutations, language,
                Map.of());
    }

    /**
     * Every call of the authorization matrix that takes a body (every module lists its calls there, and the matrix
     * fails on a mapped call without a row, so no call escapes): its row builds a valid request, made by a caller
     * who may make it, and the body is spoiled before it is sent.
     */
    @Property(tries = 160)
    void every_api_call_that_takes_a_body(@ForAll("bodyRows") ApiCall row,
                                          @ForAll("mutations") List<Mutation> mutations,
                                          @ForAll("languages") String language) throws Exception {
        FuzzWorld world = FuzzWorld.of(this);
        Role role = callerRole(row);
        // Calls open to everyone (the token call) are made for an account of their own, which they may lock.
        Actor caller = role == null ? world.signingIn : world.caller(role, this);
        MockHttpServletRequest request = row.request().build(world.target(caller))
                .buildRequest(new MockServletContext());
        String contentType = request.getContentType() == null ? "application/json" : request.getContentType();
        byte[] content = request.getContentAsByteArray();
        String template = content == null || content.length == 0 ? "{}" : new String(content, StandardCharsets.UTF_8);
        Mutation.Payload payload = Mutation.apply(template, mutations, contentType);
        Map<String, String> headers = new TreeMap<>(headers(role == null ? null : world.token(role, this),
                language));
        for (String name : java.util.Collections.list(request.getHeaderNames())) {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")
                    && !name.equalsIgnoreCase("Authorization")) {
                headers.put(name, request.getHeader(name));
            }
        }
        StringBuilder path = new StringBuilder(request.getRequestURI());
        if (!contentType.contains("form-urlencoded")) {
            request.getParameterMap().forEach((name, values) -> {
                for (String value : values) {
                    path.append(path.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                            .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            });
        }
        Call call = new Call(request.getMethod(), path.toString(), payload.body(), payload.contentType(), headers);
        Snapshot before = snapshot();
        assertHandled(row.key(), call, send(call), before, language);
    }

    @Provide
    Arbitrary<ApiCall> bodyRows() {
        return Arbitraries.of(ApiCallRows.all().stream().filter(row -> row.method() == HttpMethod.POST
                || row.method() == HttpMethod.PUT || row.method() == HttpMethod.PATCH).toList());
    }

    /** A role that may make the call and reaches the case; none for a call open to everyone. */
    private static Role callerRole(ApiCall row) {
        if (row.reach() == ApiCall.Reach.PUBLIC) {
            return null;
        }
        List<Role> preference = List.of(Role.POLICE, Role.PROSECUTOR, Role.SOCIAL_AGENT, Role.NGO_CASE_WORKER,
                Role.JUDGE, Role.INVESTIGATING_JUDGE, Role.COURT_CLERK, Role.DETENTION_OFFICER, Role.LAWYER,
                Role.TRIAL_MONITOR, Role.STATISTICIAN, Role.NETWORK_COORDINATOR, Role.ADMINISTRATOR);
        return preference.stream().filter(role -> row.permissions().stream().allMatch(role::grants))
                .filter(role -> row.reach() != ApiCall.Reach.SUBJECT || role.scope() != DataScope.NONE)
                .findFirst().orElse(Role.POLICE);
    }

    private static String child() {
        return """
                {"name": {"latin": "Sok Dara", "khmer": "សុខ ដារា"}, "sex": "M", "birthDate": "2010-03-15",
                 "birthDatePrecision": "DAY", "birthDateEvidence": "BIRTH_CERTIFICATE", "residence": "12010101",
                 "disability": true, "disabilityNote": "Hearing", "ethnicity": "KHMER", "nationality": "KH",
                 "languages": ["km", "en"],
                 "guardians": [{"name": "Sok Chan", "relationship": "MOTHER", "phone": "012 345 678",
                                "address": "Phnom Penh"}]}""";
    }

    private void fuzz(String property, String method, String path, String template, String token,
                      List<Mutation> mutations, String language, Map<String, String> extraHeaders) {
        Mutation.Payload payload = Mutation.apply(template, mutations);
        Map<String, String> headers = new TreeMap<>(headers(token, language));
        headers.putAll(extraHeaders);
        Call call = new Call(method, path, payload.body(), payload.contentType(), headers);
        Snapshot before = snapshot();
        HttpResponse<String> response = send(call);
        assertHandled(property, call, response, before, language);
    }
}
