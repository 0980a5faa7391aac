package org.komar.exchange;

import java.util.Map;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON set-up of the exchange format: lines read as plain maps, bundles written in declaration order. */
final class ExchangeJson {

    /** Deeper than any bundle needs; a line nested deeper is refused as malformed rather than parsed. */
    private static final int MAX_DEPTH = 64;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .build();

    private static final TypeReference<Object> ANY = new TypeReference<>() { };

    private ExchangeJson() {
    }

    /** A line as maps, lists, strings, numbers and booleans. */
    static Object read(String line) {
        return MAPPER.readValue(line, ANY);
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
