package org.komar.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators as the public page shows them, read from a published year's tables: a value is shown only when
 * every count it is made of is published, so nothing suppressed is ever worked back in. Pure.
 */
public final class PublicView {

    /** How an indicator is read from a family: the outcome values of its numerator and of its denominator. */
    public enum Spec {
        ARRESTED(Indicator.CHILDREN_ARRESTED, PublicFamily.ARRESTED, null, null, null),
        IN_DETENTION(Indicator.CHILDREN_IN_DETENTION, PublicFamily.HELD, null, null, null),
        PRE_SENTENCE(Indicator.CHILDREN_IN_PRE_SENTENCE_DETENTION, PublicFamily.HELD, Outcome.STAGE,
                List.of("PRE_SENTENCE"), null),
        DEATHS(Indicator.CHILD_DEATHS_IN_DETENTION, PublicFamily.DEATHS, null, null, null),
        SEPARATION(Indicator.SEPARATION_FROM_ADULTS, PublicFamily.HELD, Outcome.SEPARATION,
                List.of("NOT_SEPARATED"), List.of()),
        FAMILY(Indicator.CONTACT_WITH_PARENTS_AND_FAMILY, PublicFamily.HELD, Outcome.FAMILY_CONTACT, List.of("YES"),
                List.of()),
        CUSTODIAL(Indicator.CUSTODIAL_SENTENCING, PublicFamily.DIVERTED_OR_SENTENCED, Outcome.PATHWAY,
                List.of("CUSTODIAL"), List.of("NON_CUSTODIAL", "CUSTODIAL")),
        DIVERSION(Indicator.PRE_SENTENCE_DIVERSION, PublicFamily.DIVERTED_OR_SENTENCED, Outcome.PATHWAY,
                List.of("DIVERTED"), List.of()),
        AFTERCARE(Indicator.AFTERCARE, PublicFamily.RELEASED, Outcome.AFTERCARE, List.of("YES"), List.of());

        final Indicator indicator;
        final PublicFamily family;
        final Outcome outcome;
        final List<String> numerator;
        /** Null: a count (with its rate); empty: a percentage of all; else a percentage of these values. */
        final List<String> denominator;

        Spec(Indicator indicator, PublicFamily family, Outcome outcome, List<String> numerator,
             List<String> denominator) {
            this.indicator = indicator;
            this.family = family;
            this.outcome = outcome;
            this.numerator = numerator;
            this.denominator = denominator;
        }

        boolean percent() {
            return denominator != null;
        }
    }

    /** One line: the value of a ground (null for the total), what is shown, and whether something is withheld. */
    public record Line(Dimension dimension, String code, Long numerator, Long denominator, Double value, Double rate,
                boolean suppressed) {
    }

    /** The lines of one ground. */
    public record Group(Dimension dimension, List<Line> lines) {
    }

    /** An indicator of a published year: its total and its groups (none when not published by them). */
    public record Shown(Spec spec, boolean available, Line total, List<Group> groups) {

        public Indicator indicator() {
            return spec.indicator;
        }

        public boolean percent() {
            return spec.percent();
        }

        public Optional<Group> group(Dimension dimension) {
            return groups.stream().filter(g -> g.dimension() == dimension).findFirst();
        }
    }

    /** A crossed table of counts of a family (two grounds), as rows of lines. */
    public record Crossed(Dimension rows, Dimension columns, List<String> columnCodes, Map<String, List<Line>> lines) {
    }

    private PublicView() {
    }

    static List<Shown> indicators(PublicSnapshot.Year year) {
        List<Shown> shown = new ArrayList<>();
        for (Spec spec : Spec.values()) {
            shown.add(show(year, spec));
        }
        return shown;
    }

    static Shown show(PublicSnapshot.Year year, Spec spec) {
        boolean available = spec.family != PublicFamily.HELD || year.detentionRecords();
        Line total = line(year, spec, null, null);
        List<Group> groups = new ArrayList<>();
        if (spec.family != PublicFamily.DEATHS) {
            for (Dimension dimension : PublicFamily.Grounds.ALL) {
                if (hasTable(year, spec, dimension)) {
                    List<Line> lines = new ArrayList<>();
                    for (String code : dimension.codes()) {
                        lines.add(line(year, spec, dimension, code));
                    }
                    groups.add(new Group(dimension, lines));
                }
            }
        }
        return new Shown(spec, available, total, groups);
    }

    private static boolean hasTable(PublicSnapshot.Year year, Spec spec, Dimension dimension) {
        List<String> by = spec.outcome == null ? List.of(dimension.key())
                : List.of(dimension.key(), spec.outcome.key());
        return year.table(spec.family, by).isPresent();
    }

    private static Line line(PublicSnapshot.Year year, Spec spec, Dimension dimension, String code) {
        Map<String, String> at = new LinkedHashMap<>();
        if (dimension != null) {
            at.put(dimension.key(), code);
        }
        List<String> ground = dimension == null ? List.of() : List.of(dimension.key());
        Optional<PublicSnapshot.Cell> all = year.table(spec.family, ground).flatMap(t -> t.cell(at));
        if (spec.outcome == null) {
            Long count = all.map(PublicSnapshot.Cell::count).orElse(null);
            return new Line(dimension, code, count, null, null, all.map(PublicSnapshot.Cell::rate).orElse(null),
                    all.isEmpty() || count == null);
        }
        List<String> by = new ArrayList<>(ground);
        by.add(spec.outcome.key());
        Optional<PublicSnapshot.Table> split = year.table(spec.family, by);
        Summed numerator = sum(split, at, spec.outcome, spec.numerator);
        if (!spec.percent()) {
            return new Line(dimension, code, numerator.count, null, null, numerator.rate,
                    numerator.count == null);
        }
        Summed denominator = spec.denominator.isEmpty()
                ? new Summed(all.map(PublicSnapshot.Cell::count).orElse(null), null)
                : sum(split, at, spec.outcome, spec.denominator);
        Double value = numerator.count == null || denominator.count == null || denominator.count == 0 ? null
                : IndicatorEngine.round(numerator.count * 100.0 / denominator.count);
        return new Line(dimension, code, numerator.count, denominator.count, value, null,
                numerator.count == null || denominator.count == null);
    }

    private record Summed(Long count, Double rate) {
    }

    /** The sum of published cells; null as soon as one of them is suppressed or missing. */
    private static Summed sum(Optional<PublicSnapshot.Table> table, Map<String, String> at, Outcome outcome,
                              List<String> values) {
        if (table.isEmpty()) {
            return new Summed(null, null);
        }
        long sum = 0;
        Double rate = null;
        for (String value : values) {
            Map<String, String> cellAt = new LinkedHashMap<>(at);
            cellAt.put(outcome.key(), value);
            Optional<PublicSnapshot.Cell> cell = table.get().cell(cellAt);
            if (cell.isEmpty() || cell.get().count() == null) {
                return new Summed(null, null);
            }
            sum += cell.get().count();
            rate = values.size() == 1 ? cell.get().rate() : null;
        }
        return new Summed(sum, rate);
    }

    /** A crossed table of a count family, if published. */
    static Optional<Crossed> crossed(PublicSnapshot.Year year, PublicFamily family, Dimension rows,
                                     Dimension columns) {
        return year.table(family, List.of(rows.key(), columns.key())).map(table -> {
            Map<String, List<Line>> lines = new LinkedHashMap<>();
            for (String row : rows.codes()) {
                List<Line> line = new ArrayList<>();
                for (String column : columns.codes()) {
                    Optional<PublicSnapshot.Cell> cell = table.cell(Map.of(rows.key(), row, columns.key(), column));
                    Long count = cell.map(PublicSnapshot.Cell::count).orElse(null);
                    line.add(new Line(columns, column, count, null, null,
                            cell.map(PublicSnapshot.Cell::rate).orElse(null), count == null));
                }
                lines.put(row, line);
            }
            return new Crossed(rows, columns, columns.codes(), lines);
        });
    }
}
