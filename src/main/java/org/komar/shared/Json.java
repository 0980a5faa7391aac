package org.komar.shared;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON for values kept as text columns (event attributes): one mapper, set up the same everywhere. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() { };

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static Map<String, Object> readMap(String json) {
        return MAPPER.readValue(json, MAP);
    }

    /** A JSON array as a list; null for null. */
    public static List<Object> readList(String json) {
        return json == null ? null : MAPPER.readValue(json, LIST);
    }
}
