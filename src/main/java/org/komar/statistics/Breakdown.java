package org.komar.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.komar.shared.KomarException;

/**
 * A table of a figure: by one dimension, or two crossed (never finer, so that no combination of grounds narrows
 * down to a child). Written {@code sex} or {@code sex*province} in the API's {@code by} parameter; {@code by=all}
 * asks for every dimension alone and every pair.
 */
public record Breakdown(List<Dimension> dimensions) {

    public Breakdown {
        if (dimensions.isEmpty() || dimensions.size() > 2 || dimensions.stream().distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException("one or two distinct dimensions: " + dimensions);
        }
        dimensions = dimensions.stream().sorted(Comparator.comparingInt(Dimension::ordinal)).toList();
    }

    public static Breakdown of(Dimension... dimensions) {
        return new Breakdown(List.of(dimensions));
    }

    public boolean crossed() {
        return dimensions.size() == 2;
    }

    public Dimension first() {
        return dimensions.get(0);
    }

    public Dimension second() {
        return dimensions.get(dimensions.size() - 1);
    }

    /** How the API writes it: {@code sex} or {@code sex*province}. */
    public String key() {
        return dimensions.stream().map(Dimension::key).collect(Collectors.joining("*"));
    }

    /** Every dimension alone, in order. */
    public static List<Breakdown> singles() {
        return Arrays.stream(Dimension.values()).map(Breakdown::of).toList();
    }

    /** Every dimension alone, then every pair. */
    public static List<Breakdown> all() {
        List<Breakdown> all = new ArrayList<>(singles());
        Dimension[] dimensions = Dimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            for (int j = i + 1; j < dimensions.length; j++) {
                all.add(of(dimensions[i], dimensions[j]));
            }
        }
        return all;
    }

    /**
     * Parses {@code by}: comma-separated items, each a dimension key or two joined by {@code *}, or {@code all}.
     * An unknown name is {@code UNKNOWN_DIMENSION}; three or more crossed is {@code BREAKDOWN_TOO_FINE}.
     */
    public static List<Breakdown> parse(String by) {
        if (by == null || by.isBlank()) {
            return List.of();
        }
        Set<Breakdown> parsed = new LinkedHashSet<>();
        for (String item : by.split(",")) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.equals("all")) {
                parsed.addAll(all());
                continue;
            }
            String[] names = trimmed.split("\\*");
            if (names.length > 2) {
                throw KomarException.invalid("BREAKDOWN_TOO_FINE", trimmed);
            }
            List<Dimension> dimensions = new ArrayList<>();
            for (String name : names) {
                dimensions.add(Dimension.byKey(name.strip())
                        .orElseThrow(() -> KomarException.invalid("UNKNOWN_DIMENSION", name.strip(),
                                Arrays.stream(Dimension.values()).map(Dimension::key)
                                        .collect(Collectors.joining(", ")))));
            }
            if (dimensions.size() == 2 && dimensions.get(0) == dimensions.get(1)) {
                throw KomarException.invalid("UNKNOWN_DIMENSION", trimmed, "");
            }
            parsed.add(new Breakdown(dimensions));
        }
        return List.copyOf(parsed);
    }
}
