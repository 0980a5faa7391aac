package org.komar.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the virtual users work on, fetched through Komar's own API before the load starts: for each account a bearer
 * token, open cases in its scope, and partial names (Latin and Khmer) of those cases' children. Every request of
 * the load is therefore one the account may make, and a failure is a real failure.
 */
final class Samples {

    record Sample(String token, String caseId, String latin, String khmer) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final List<Sample> cases = new ArrayList<>();
    final String detentionToken;

    Samples(String baseUrl, List<String> accounts, String password, String detentionAccount, int perAccount)
            throws Exception {
        for (String account : accounts) {
            String token = token(baseUrl, account, password);
            int pages = Math.max(1, perAccount / 50);
            for (int page = 0; page < pages; page++) {
                JsonNode list = get(baseUrl, "/api/v1/cases?status=OPEN&size=50&page=" + page, token);
                for (JsonNode item : list.path("items")) {
                    JsonNode child = get(baseUrl, "/api/v1/children/" + item.path("childId").asText(), token);
                    cases.add(new Sample(token, item.path("id").asText(),
                            partial(child.path("name").path("latin").asText(""), 4),
                            partial(child.path("name").path("khmer").asText(""), 3)));
                }
            }
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("No open case in reach of " + accounts + " at " + baseUrl);
        }
        detentionToken = token(baseUrl, detentionAccount, password);
    }

    Sample any() {
        return cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
    }

    Map<String, Object> feed() {
        Sample sample = any();
        return Map.of("token", sample.token(), "caseId", sample.caseId(), "latin", sample.latin(),
                "khmer", sample.khmer().isEmpty() ? sample.latin() : sample.khmer(), "detentionToken",
                detentionToken);
    }

    /** A part of a name as people type it: the start of the family name (the first word), a few letters. */
    static String partial(String name, int length) {
        String word = name.strip().split("\\s+")[0];
        int end = word.offsetByCodePoints(0, Math.min(length, word.codePointCount(0, word.length())));
        return word.substring(0, end);
    }

    private static String token(String baseUrl, String username, String password) throws Exception {
        String body = JSON.writeValueAsString(Map.of("username", username, "password", password));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Cannot sign in as " + username + ": " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("token").asText();
    }

    private static JsonNode get(String baseUrl, String path, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
