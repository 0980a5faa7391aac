package org.komar.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One cell of a table: the value taken on each dimension of its breakdown (none for the total). Its {@link #key()}
 * ({@code sex=F;province=12}) names it in exports, mappings and links.
 */
public record Cell(Map<Dimension, String> values) {

    public static final Cell TOTAL = new Cell(Map.of());

    public Cell {
        Map<Dimension, String> copy = new EnumMap<>(Dimension.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public static Cell of(Dimension dimension, String value) {
        return new Cell(Map.of(dimension, value));
    }

    public static Cell of(Dimension first, String firstValue, Dimension second, String secondValue) {
        return new Cell(Map.of(first, firstValue, second, secondValue));
    }

    public boolean total() {
        return values.isEmpty();
    }

    public String value(Dimension dimension) {
        return values.get(dimension);
    }

    public String key() {
        return values.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /** The API's {@code by} object: {@code {"sex": "F", "province": "12"}}. */
    public Map<String, String> byKeys() {
        Map<String, String> by = new java.util.LinkedHashMap<>();
        values.forEach((dimension, value) -> by.put(dimension.key(), value));
        return by;
    }

    /** Parses a key written by {@link #key()}; anything malformed or unknown is empty. */
    public static java.util.Optional<Cell> parse(String key) {
        if (key == null || key.isBlank()) {
            return java.util.Optional.of(TOTAL);
        }
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (String part : key.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) {
                return java.util.Optional.empty();
            }
            var dimension = Dimension.byKey(pair[0].strip());
            if (dimension.isEmpty() || !dimension.get().accepts(pair[1].strip())
                    || values.put(dimension.get(), pair[1].strip()) != null) {
                return java.util.Optional.empty();
            }
        }
        return values.size() > 2 ? java.util.Optional.empty() : java.util.Optional.of(new Cell(values));
    }

    boolean contains(Profile profile) {
        return values.entrySet().stream().allMatch(e -> profile.value(e.getKey()).equals(e.getValue()));
    }

    @Override
    public String toString() {
        return total() ? "total" : key();
    }
}
