package org.komar.reliability;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.json.JsonMapper;

/**
 * One change to a valid request body that makes it (most likely) malformed: a value replaced by a hostile one, a
 * field removed or added, the text cut short or spoiled with bytes that are not UTF-8, the wrong kind of document,
 * the wrong content type. {@code where} picks the place and {@code what} the value, both reduced modulo what there
 * is, so that jqwik can shrink a failing list of mutations to the smallest one.
 */
record Mutation(Kind kind, int where, int what) {

    enum Kind {
        REPLACE_VALUE, REMOVE_FIELD, ADD_FIELD, RENAME_FIELD, WRONG_DOCUMENT, TRUNCATE, INSERT_BYTES,
        DUPLICATE_FIELD, CONTENT_TYPE
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Values no field expects: wrong types, extremes, dates that do not exist, scripts, control characters. */
    static final List<Object> HOSTILE = List.of(
            "", " ", "\t\n", "x".repeat(5000), "ក".repeat(3000), "\uD83D\uDE00\uD83E\uDD84", "\u0000", "\uFFFF",
            "\u200B\u200D\u202E", "' OR '1'='1", "<script>alert(1)</script>", "../../etc/passwd", "%00%0d%0a",
            "NaN", "-1", "1e309", "null", "true", "{}", "12", "99999999", "1201010101010101", "ZZ",
            "DRUG_POSSESSION", "conflict_with_law", "2026-02-30", "2026-13-01", "9999-12-31", "0000-01-01",
            "-2026-01-01", "+1000000-01-01", "2026-01-10T25:00:00+07:00", "2026-01-10T08:00:00+99:00",
            "2026-01-10T08:00:00", "2026-01-10", "2100-01-01T00:00:00Z", "1900-01-01T00:00:00Z",
            "00000000-0000-0000-0000-000000000000", "9f3c2a1e-0000-4000-8000-000000000000", "not-a-uuid",
            -1, 0, 1, 2147483648L, Long.MAX_VALUE, -9223372036854775808L, new BigInteger("1" + "0".repeat(40)),
            1.5, -0.0, 1e308, -1e-308, true, false, Map.of(), List.of(), List.of(List.of(List.of())),
            Map.of("a", Map.of("b", List.of(1))), List.of("x", 1, true), Arrays.asList(null, null));

    /** Whole documents of the wrong kind, or no document at all. */
    static final List<String> DOCUMENTS = List.of("", "null", "[]", "\"x\"", "42", "true", "{", "}", "{\"a\":",
            "[".repeat(3000) + "]".repeat(3000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "\uFEFF{}",
            "<xml/>", "a=b&c=d");

    /** Bytes that break UTF-8 or JSON where they land. */
    static final List<byte[]> BYTES = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {0}, new byte[] {'"'}, new byte[] {'\\'},
            new byte[] {'{'}, new byte[] {',', ','}, "\\u0000".getBytes(StandardCharsets.US_ASCII),
            "\\uD800".getBytes(StandardCharsets.US_ASCII));

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "",
            "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1", "multipart/form-data",
            "application/json; charset=nonsense");

    /** Mostly values replaced inside a well-formed document, where validation has the most to do. */
    static Arbitrary<Mutation> arbitrary() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Kind.REPLACE_VALUE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.REMOVE_FIELD)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Kind.ADD_FIELD, Kind.RENAME_FIELD, Kind.DUPLICATE_FIELD)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Kind.WRONG_DOCUMENT, Kind.TRUNCATE, Kind.INSERT_BYTES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.CONTENT_TYPE)));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999)).as(Mutation::new);
    }

    static Arbitrary<List<Mutation>> lists() {
        return arbitrary().list().ofMinSize(1).ofMaxSize(2);
    }

    /** A request body after the mutations, with the content type to send it with (null: none). */
    record Payload(byte[] body, String contentType) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Applies the mutations to a JSON body: changes to its tree first, then to its text. */
    static Payload apply(String template, List<Mutation> mutations) {
        return apply(template, mutations, "application/json");
    }

    /**
     * Applies the mutations to a body of the given content type: a JSON document as in {@link #apply(String, List)};
     * NDJSON one line at a time (each mutation changes one of its lines); anything else as text only.
     */
    static Payload apply(String template, List<Mutation> mutations, String contentType) {
        if (contentType != null && contentType.contains("ndjson")) {
            List<String> lines = new ArrayList<>(List.of(template.split("\n")));
            for (Mutation mutation : mutations) {
                int line = mutation.where % lines.size();
                lines.set(line, new String(apply(lines.get(line), List.of(mutation), "application/json").body(),
                        StandardCharsets.UTF_8));
            }
            return new Payload(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), contentType);
        }
        Object tree;
        try {
            tree = JSON.readValue(template, Object.class);
        } catch (RuntimeException notJson) {
            return onText(template.getBytes(StandardCharsets.UTF_8), mutations, contentType);
        }
        for (Mutation mutation : mutations) {
            tree = mutation.onTree(tree);
        }
        return onText(JSON.writeValueAsBytes(tree), mutations, contentType);
    }

    private static Payload onText(byte[] body, List<Mutation> mutations, String givenType) {
        String contentType = givenType;
        for (Mutation mutation : mutations) {
            switch (mutation.kind) {
                case WRONG_DOCUMENT -> body = pick(DOCUMENTS, mutation.what).getBytes(StandardCharsets.UTF_8);
                case TRUNCATE -> body = Arrays.copyOf(body, body.length == 0 ? 0 : mutation.where % body.length);
                case INSERT_BYTES -> body = insert(body, mutation.where, pick(BYTES, mutation.what));
                case DUPLICATE_FIELD -> body = duplicateFirstField(body, mutation.what);
                case CONTENT_TYPE -> {
                    String chosen = pick(CONTENT_TYPES, mutation.what);
                    contentType = chosen.isEmpty() ? null : chosen;
                }
                default -> {
                }
            }
        }
        return new Payload(body, contentType);
    }

    private Object onTree(Object root) {
        switch (kind) {
            case REPLACE_VALUE -> {
                List<Slot> slots = new ArrayList<>();
                slots(root, slots);
                if (slots.isEmpty() || where % (slots.size() + 1) == slots.size()) {
                    return hostile(what);
                }
                slots.get(where % slots.size()).set(hostile(what));
                return root;
            }
            case REMOVE_FIELD, RENAME_FIELD -> {
                List<Slot> fields = new ArrayList<>();
                slots(root, fields);
                fields.removeIf(slot -> slot.key == null);
                if (!fields.isEmpty()) {
                    Slot slot = fields.get(where % fields.size());
                    Object value = slot.remove();
                    if (kind == Kind.RENAME_FIELD) {
                        slot.map().put(what % 2 == 0 ? slot.key.toUpperCase(java.util.Locale.ROOT) : slot.key + " ",
                                value);
                    }
                }
                return root;
            }
            case ADD_FIELD -> {
                List<Map<String, Object>> objects = new ArrayList<>();
                objects(root, objects);
                if (!objects.isEmpty()) {
                    objects.get(where % objects.size()).put(what % 3 == 0 ? "__proto__" : "unexpected" + what,
                            hostile(what));
                }
                return root;
            }
            default -> {
                return root;
            }
        }
    }

    /** A hostile value; lists and maps as fresh mutable copies, so that later mutations can change them. */
    private static Object hostile(int index) {
        Object value = pick(HOSTILE, index);
        return value instanceof Map<?, ?> || value instanceof List<?>
                ? JSON.readValue(JSON.writeValueAsBytes(value), Object.class) : value;
    }

    private static <T> T pick(List<T> values, int index) {
        return values.get(Math.floorMod(index, values.size()));
    }

    /** A place in the tree holding a value: a field of an object or an element of an array. */
    private record Slot(Object container, String key, int index) {

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) container;
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (key != null) {
                map().put(key, value);
            } else {
                ((List<Object>) container).set(index, value);
            }
        }

        Object remove() {
            return map().remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private static void slots(Object node, List<Slot> into) {
        if (node instanceof Map<?, ?> map) {
            for (String key : new ArrayList<>(((Map<String, Object>) map).keySet())) {
                into.add(new Slot(map, key, -1));
                slots(map.get(key), into);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                into.add(new Slot(list, null, i));
                slots(list.get(i), into);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void objects(Object node, List<Map<String, Object>> into) {
        if (node instanceof Map<?, ?> map) {
            into.add((Map<String, Object>) map);
            map.values().forEach(value -> objects(value, into));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> objects(value, into));
        }
    }

    private static byte[] insert(byte[] body, int where, byte[] bytes) {
        int at = body.length == 0 ? 0 : where % (body.length + 1);
        byte[] result = new byte[body.length + bytes.length];
        System.arraycopy(body, 0, result, 0, at);
        System.arraycopy(bytes, 0, result, at, bytes.length);
        System.arraycopy(body, at, result, at + bytes.length, body.length - at);
        return result;
    }

    /** Repeats the first field of an object with a hostile value after it (which one wins is the parser's call). */
    private static byte[] duplicateFirstField(byte[] body, int what) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.startsWith("{\"")) {
            return body;
        }
        int end = text.indexOf('"', 2);
        if (end < 0) {
            return body;
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put(text.substring(2, end), hostile(what));
        String duplicate = JSON.writeValueAsString(extra);
        String merged = text.length() <= 2 ? text
                : text.substring(0, text.length() - 1) + (text.equals("{}") ? "" : ",")
                + duplicate.substring(1);
        return merged.getBytes(StandardCharsets.UTF_8);
    }
}
