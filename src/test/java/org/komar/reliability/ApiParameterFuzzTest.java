package org.komar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile query parameters, path identifiers and headers on the API: the filters of every list and search
 * ({@code q}, {@code childId}, {@code role}, {@code province}, {@code status}, {@code page}, {@code size}, {@code box}),
 * the periods and breakdowns of the indicators ({@code from}, {@code to}, {@code asOf}, {@code by}), every
 * {@code {id}} of every mapped {@code /api/**} call (found from the application's own mappings, so a new call is
 * fuzzed without being listed), and the {@code If-Match}, {@code Authorization} and {@code Accept-Language} headers.
 * A read that succeeds may add its audit line and nothing else; anything refused changes nothing.
 */
class ApiParameterFuzzTest extends LiveProperties {

    /**
     * What an HTTP client refuses to put in a header: anything but printable ASCII, including a character past the
     * Basic Multilingual Plane (one code point, which a range up to U+FFFF does not catch).
     */
    private static final String NOT_SENDABLE = "[^\\x20-\\x7E]";


    static final int TRIES = 30;

    /** Values of the kinds a parameter is read as (text, number, date, moment, code, identifier), and others. */
    static final List<String> HOSTILE = List.of("", " ", "-1", "0", "1", "2147483648", "99999999999999999999",
            "1e3", "0x10", "NaN", "2026-02-30", "2026-13-01", "9999-12-31", "0001-01-01", "+999999999-12-31",
            "-2026-01-01", "2026-01-10T25:00", "2026-01-10T08:00:00+07:00", "2026-01-10T08:00:00Z",
            "2026-01-10T08:00:00+99:00", "2026-W02", "sex*province*ageBand", "sex*sex", "all,all", "*", ",", "sex*",
            "x".repeat(3000), "ក", "ក្ម", "Sok", "so", "%", "_", "'", "\"", "\\", "\u0000", "\uD800", "../..",
            "OPEN", "closed", "INBOX", "outbox", "CONFLICT_WITH_LAW", "12", "99", "120101", "MISDEMEANOUR",
            "00000000-0000-0000-0000-000000000000", "not-a-uuid", "true", "null", "[]", "{}", "<b>");

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u1780', '\u17FF').ofMinLength(1).ofMaxLength(12),
                Arbitraries.integers().map(String::valueOf));
    }

    @Provide
    Arbitrary<Map<String, String>> caseFilters() {
        return parameters("childId", "role", "province", "offenceClass", "status", "q", "page", "size");
    }

    @Provide
    Arbitrary<Map<String, String>> indicatorParameters() {
        return parameters("from", "to", "asOf", "by");
    }

    @Provide
    Arbitrary<Map<String, String>> referralParameters() {
        return parameters("box", "status");
    }

    @Provide
    Arbitrary<Map<String, String>> searches() {
        return parameters("q");
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "km");
    }

    private Arbitrary<Map<String, String>> parameters(String... names) {
        Arbitrary<String> value = values().injectNull(0.3);
        return value.list().ofSize(names.length).map(values -> {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                if (values.get(i) != null) {
                    map.put(names[i], values.get(i));
                }
            }
            return map;
        });
    }

    @Property(tries = TRIES)
    void listing_cases_with_any_filters(@ForAll("caseFilters") Map<String, String> parameters,
                                        @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        read("GET /api/v1/cases?…", "/api/v1/cases", parameters, world.policeToken, language);
    }

    @Property(tries = TRIES)
    void searching_children_by_any_text(@ForAll("searches") Map<String, String> parameters,
                                        @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        read("GET /api/v1/children?q=", "/api/v1/children", parameters, world.policeToken, language);
    }

    @Property(tries = TRIES)
    void indicators_for_any_period_and_breakdown(@ForAll("indicatorParameters") Map<String, String> parameters,
                                                 @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        read("GET /api/v1/indicators?…", "/api/v1/indicators", parameters, world.statisticianToken, language);
    }

    @Property(tries = TRIES)
    void referral_boxes_with_any_filters(@ForAll("referralParameters") Map<String, String> parameters,
                                         @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        read("GET /api/v1/referrals?…", "/api/v1/referrals", parameters, world.policeToken, language);
    }

    /** Every mapped API call with a path variable, with hostile values in its variables. */
    @Property(tries = 60)
    void every_api_call_with_any_identifier_in_its_path(@ForAll("routes") Route route,
                                                        @ForAll("segments") String segment,
                                                        @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        String path = route.pattern().replaceAll("\\{[^}]+}", segment);
        Map<String, String> headers = new TreeMap<>(headers(world.policeToken, language));
        Call call = route.method().equals("GET") ? new Call("GET", path, null, null, headers)
                : new Call(route.method(), path, "{}".getBytes(StandardCharsets.UTF_8), "application/json", headers);
        Snapshot before = snapshot();
        HttpResponse<String> response = send(call);
        assertHandled(route.method() + " " + route.pattern() + " (any id)", call, response, before, language);
        assertThat(response.statusCode()).as("an unknown or malformed id is never a success: " + path)
                .isGreaterThanOrEqualTo(400);
    }

    record Route(String method, String pattern) {
    }

    @Provide
    Arbitrary<Route> routes() {
        RequestMappingHandlerMapping mappings = application.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        TreeSet<String> keys = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/") && pattern.contains("{"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> keys.add(method.name() + " " + pattern))));
        List<Route> routes = new ArrayList<>();
        keys.forEach(key -> routes.add(new Route(key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ')
                + 1))));
        return Arbitraries.of(routes);
    }

    /** Path segments, already percent-encoded as a client sends them. */
    @Provide
    Arbitrary<String> segments() {
        Function<String, String> encode = value -> URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Arbitraries.oneOf(
                Arbitraries.of("null", "undefined", "0", "-1", "00000000-0000-0000-0000-000000000000",
                        "9F3C2A1E-0000-4000-8000-000000000000", "a".repeat(2000), "%C3%28", "%00", "%25", "..%3B",
                        ";jsessionid=1", "%20", "%7Bid%7D"),
                values().filter(value -> !value.isEmpty() && !value.equals(".") && !value.equals(".."))
                        .map(encode));
    }

    @Property(tries = TRIES)
    void any_if_match_on_a_write(@ForAll("values") String ifMatch, @ForAll("languages") String language,
                                 @ForAll boolean voiding) {
        FuzzWorld world = FuzzWorld.of(this);
        Map<String, String> headers = new TreeMap<>(headers(world.policeToken, language));
        headers.put("If-Match", ifMatch.replaceAll(NOT_SENDABLE, "?"));
        String path = voiding ? "/api/v1/cases/" + world.kase.id() + "/events/" + world.freshEvent().id() + "/void"
                : "/api/v1/cases/" + world.kase.id() + "/events";
        String body = voiding ? "{\"reason\": \"Recorded twice\"}" : "{\"type\": \"NOTIFIED\", \"occurredAt\": "
                + "\"2026-01-10T09:00:00+07:00\", \"attributes\": {\"party\": \"GUARDIAN\"}}";
        Call call = new Call("POST", path, body.getBytes(StandardCharsets.UTF_8), "application/json", headers);
        Snapshot before = snapshot();
        assertHandled("If-Match on " + (voiding ? "a void" : "an append"), call, send(call), before, language);
    }

    @Property(tries = TRIES)
    void any_authorization_header_is_refused_without_a_trace(@ForAll("values") String credential,
                                                             @ForAll("schemes") String scheme,
                                                             @ForAll("languages") String language) {
        FuzzWorld world = FuzzWorld.of(this);
        Map<String, String> headers = new TreeMap<>();
        headers.put("Authorization", (scheme + credential).replaceAll(NOT_SENDABLE, "?")
                .strip());
        headers.put("Accept-Language", language);
        Call call = Call.get("/api/v1/cases/" + world.kase.id(), headers);
        Snapshot before = snapshot();
        HttpResponse<String> response = send(call);
        assertHandled("Authorization: any", call, response, before, language);
        assertThat(response.statusCode()).as("no made-up credential opens a case").isEqualTo(401);
    }

    @Provide
    Arbitrary<String> schemes() {
        return Arbitraries.of("Bearer ", "bearer ", "Basic ", "", "Bearer", "Token ");
    }

    private void read(String property, String path, Map<String, String> parameters, String token, String language) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        Call call = Call.get(path + query, headers(token, language));
        Snapshot before = snapshot();
        HttpResponse<String> response = send(call);
        assertHandled(property, call, response, before, language);
        if (response.statusCode() < 300) {
            assertThat(before.differences(snapshot())).as("a read changes nothing but the audit trail: "
                    + call.path()).allMatch(change -> change.startsWith("audit_entry "));
        }
    }
}
