package org.komar.safeguards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.komar.calendar.Deadlines;

/**
 * One version of the safeguard parameters, in force from 00:00 of {@code effectiveFrom} in Phnom Penh until the next
 * version's date. Versions are never edited: a change is a new version. Values are held by parameter ordinal, so a
 * rule reads one without a lookup.
 */
public final class RuleSet {

    private final int version;
    private final LocalDate effectiveFrom;
    private final Instant effectiveAt;
    private final int[] values;
    private final String note;
    private final Instant createdAt;
    private final UUID createdBy;

    RuleSet(int version, LocalDate effectiveFrom, Map<Parameter, Integer> values, String note, Instant createdAt,
            UUID createdBy) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.effectiveAt = Deadlines.endOf(effectiveFrom.minusDays(1));
        this.values = new int[Parameter.values().length];
        for (Parameter parameter : Parameter.values()) {
            Integer value = values.get(parameter);
            this.values[parameter.ordinal()] = value != null ? value : parameter.defaultValue();
        }
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The law's values (every parameter at its default): version 1 as seeded, and the rule set of tests. */
    static RuleSet defaults(int version, LocalDate effectiveFrom) {
        return new RuleSet(version, effectiveFrom, Map.of(), null, null, null);
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** 00:00 of the effective day in Phnom Penh. */
    Instant effectiveAt() {
        return effectiveAt;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public int get(Parameter parameter) {
        return values[parameter.ordinal()];
    }

    public boolean on(Parameter parameter) {
        return values[parameter.ordinal()] != 0;
    }

    public String text(Parameter parameter) {
        return parameter.format(values[parameter.ordinal()]);
    }

    /** Every value, for the administrators' page and for a new version built from this one. */
    public Map<Parameter, Integer> values() {
        Map<Parameter, Integer> map = new EnumMap<>(Parameter.class);
        for (Parameter parameter : Parameter.values()) {
            map.put(parameter, values[parameter.ordinal()]);
        }
        return map;
    }

    /** A copy with one value changed: for tests and for building a new version. */
    RuleSet with(int newVersion, LocalDate from, Parameter parameter, int value) {
        Map<Parameter, Integer> map = values();
        map.put(parameter, value);
        return new RuleSet(newVersion, from, map, note, createdAt, createdBy);
    }

    @Override
    public String toString() {
        return "RuleSet v" + version + " from " + effectiveFrom + " " + Arrays.toString(values);
    }
}
