package org.komar.timeline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated attributes of an event: booleans, strings, integers, ISO dates as strings, lists of strings and,
 * for diversion measures, lists of maps. Read with the typed getters; absent means "not recorded".
 */
public final class Attributes {

    public static final Attributes NONE = new Attributes(Map.of());

    private final Map<String, Object> values;

    Attributes(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Attributes taken as they are, without validation: for values read back from storage or built in tests. */
    public static Attributes from(Map<String, Object> values) {
        return new Attributes(values);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Optional<Boolean> bool(String name) {
        return values.get(name) instanceof Boolean value ? Optional.of(value) : Optional.empty();
    }

    /** True only when recorded as true. */
    public boolean isTrue(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /** True only when recorded as false (not when missing). */
    public boolean isFalse(String name) {
        return Boolean.FALSE.equals(values.get(name));
    }

    public Optional<String> text(String name) {
        return values.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    public Optional<Integer> integer(String name) {
        return values.get(name) instanceof Number value ? Optional.of(value.intValue()) : Optional.empty();
    }

    public Optional<LocalDate> date(String name) {
        return text(name).map(LocalDate::parse);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return values.get(name) instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** Diversion measures as recorded: each with {@code type} and optional {@code hours} and {@code months}. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> measures() {
        return values.get("measures") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attributes that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Attributes" + values.keySet();
    }
}
