package org.komar.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attacker on published tables, written apart from {@link Suppression} (it shares no code with it): given the
 * tables as published (a suppressed count is null) and the true counts, it tries to get back every suppressed count
 * under the threshold by every means a reader has: differences of rows, columns and totals taken over and over,
 * margins shared between tables, the whole system of equations solved exactly in fractions, and integer bounds
 * (counts are never negative) narrowed through the equations. It lists what it finds; safe tables give nothing.
 */
final class DisclosureChecker {

    /** A published table: its axes, and for each cell (its values in the order of the axes) the count or null. */
    record Table(List<String> axes, Map<List<String>, Long> published, Map<List<String>, Long> truth) {
    }

    private record Key(int table, List<String> values) {
    }

    private final List<Table> tables;
    private final int threshold;
    private final List<Key> cells = new ArrayList<>();
    private final Map<Key, Integer> index = new HashMap<>();
    private final List<int[]> equations = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private DisclosureChecker(List<Table> tables, int threshold) {
        this.tables = tables;
        this.threshold = threshold;
        for (int t = 0; t < tables.size(); t++) {
            for (List<String> values : tables.get(t).published().keySet()) {
                Key key = new Key(t, values);
                index.put(key, cells.size());
                cells.add(key);
            }
        }
        for (int t = 0; t < tables.size(); t++) {
            for (int m = 0; m < tables.size(); m++) {
                List<String> fine = tables.get(t).axes();
                List<String> coarse = tables.get(m).axes();
                if (fine.size() == coarse.size() + 1 && fine.containsAll(coarse)) {
                    marginEquations(t, m);
                }
            }
        }
    }

    /** Every way found to recompute a suppressed count under the threshold, or a published one under it. */
    static List<String> problems(List<Table> tables, int threshold) {
        DisclosureChecker checker = new DisclosureChecker(tables, threshold);
        checker.publishedAreTrueAndLargeEnough();
        checker.differences();
        checker.exactSystem();
        checker.bounds();
        return checker.problems;
    }

    private void marginEquations(int fineTable, int marginTable) {
        List<String> fineAxes = tables.get(fineTable).axes();
        List<String> marginAxes = tables.get(marginTable).axes();
        Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
        for (List<String> values : tables.get(fineTable).published().keySet()) {
            List<String> projected = new ArrayList<>();
            for (String axis : marginAxes) {
                projected.add(values.get(fineAxes.indexOf(axis)));
            }
            groups.computeIfAbsent(projected, k -> new ArrayList<>()).add(index.get(new Key(fineTable, values)));
        }
        groups.forEach((marginValues, members) -> {
            Integer margin = index.get(new Key(marginTable, marginValues));
            if (margin == null) {
                throw new IllegalStateException("margin cell missing: " + marginValues);
            }
            int[] equation = new int[members.size() + 1];
            for (int i = 0; i < members.size(); i++) {
                equation[i] = members.get(i);
            }
            equation[members.size()] = margin;
            equations.add(equation);
        });
    }

    private Long published(int cell) {
        Key key = cells.get(cell);
        return tables.get(key.table()).published().get(key.values());
    }

    private long truth(int cell) {
        Key key = cells.get(cell);
        return tables.get(key.table()).truth().getOrDefault(key.values(), 0L);
    }

    private boolean sensitive(int cell) {
        long value = truth(cell);
        return value > 0 && value < threshold;
    }

    private String name(int cell) {
        Key key = cells.get(cell);
        return tables.get(key.table()).axes() + "=" + key.values() + " (" + truth(cell) + ")";
    }

    private void publishedAreTrueAndLargeEnough() {
        for (int c = 0; c < cells.size(); c++) {
            Long shown = published(c);
            if (shown != null && shown != truth(c)) {
                problems.add("published count differs from the truth: " + name(c) + " shown " + shown);
            }
            if (shown != null && sensitive(c)) {
                problems.add("small count published: " + name(c));
            }
        }
    }

    /** Rows, columns and totals: any equation with a single unknown gives it; repeated until nothing moves. */
    private void differences() {
        Long[] known = new Long[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            known[c] = published(c);
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int[] equation : equations) {
                int unknown = -1;
                int unknowns = 0;
                long sum = 0;
                for (int i = 0; i < equation.length; i++) {
                    int cell = equation[i];
                    if (known[cell] == null) {
                        unknowns++;
                        unknown = i;
                    } else {
                        sum += i == equation.length - 1 ? known[cell] : -known[cell];
                    }
                }
                if (unknowns == 1) {
                    int cell = equation[unknown];
                    known[cell] = unknown == equation.length - 1 ? -sum : sum;
                    moved = true;
                    if (sensitive(cell)) {
                        problems.add("recomputed by differences: " + name(cell));
                    }
                }
            }
        }
    }

    /** The equations over the suppressed cells, reduced exactly: a cell alone in its row is recomputable. */
    private void exactSystem() {
        Map<Integer, Integer> column = new HashMap<>();
        List<Integer> unknowns = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (published(c) == null) {
                column.put(c, unknowns.size());
                unknowns.add(c);
            }
        }
        int n = unknowns.size();
        List<Fraction[]> rows = new ArrayList<>();
        for (int[] equation : equations) {
            Fraction[] row = null;
            for (int i = 0; i < equation.length; i++) {
                Integer col = column.get(equation[i]);
                if (col != null) {
                    if (row == null) {
                        row = new Fraction[n];
                        java.util.Arrays.fill(row, Fraction.ZERO);
                    }
                    row[col] = row[col].add(Fraction.of(i == equation.length - 1 ? -1 : 1));
                }
            }
            if (row != null) {
                rows.add(row);
            }
        }
        int rank = 0;
        int[] pivots = new int[rows.size()];
        for (int col = 0; col < n && rank < rows.size(); col++) {
            int pivot = -1;
            for (int i = rank; i < rows.size(); i++) {
                if (!rows.get(i)[col].isZero()) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Fraction[] top = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, top);
            Fraction scale = top[col];
            for (int j = col; j < n; j++) {
                top[j] = top[j].divide(scale);
            }
            for (int i = 0; i < rows.size(); i++) {
                Fraction[] row = rows.get(i);
                if (i != rank && !row[col].isZero()) {
                    Fraction factor = row[col];
                    for (int j = col; j < n; j++) {
                        row[j] = row[j].subtract(factor.multiply(top[j]));
                    }
                }
            }
            pivots[rank++] = col;
        }
        for (int r = 0; r < rank; r++) {
            Fraction[] row = rows.get(r);
            boolean alone = true;
            for (int j = 0; j < n && alone; j++) {
                alone = j == pivots[r] || row[j].isZero();
            }
            int cell = unknowns.get(pivots[r]);
            if (alone && sensitive(cell)) {
                problems.add("recomputed by solving the tables together: " + name(cell));
            }
        }
    }

    /** Counts are whole and never negative: bounds narrowed through every equation until they stop moving. */
    private void bounds() {
        long[] low = new long[cells.size()];
        long[] high = new long[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            Long shown = published(c);
            low[c] = shown == null ? 0 : shown;
            high[c] = shown == null ? Long.MAX_VALUE : shown;
        }
        boolean moved = true;
        for (int round = 0; moved && round < 1000; round++) {
            moved = false;
            for (int[] equation : equations) {
                int last = equation.length - 1;
                for (int k = 0; k <= last; k++) {
                    long lo = 0;
                    long hi = 0;
                    boolean finite = true;
                    for (int i = 0; i <= last && finite; i++) {
                        if (i != k) {
                            int cell = equation[i];
                            finite = high[cell] != Long.MAX_VALUE;
                            // x_k = margin - others (k a cell), or the sum of the cells (k the margin).
                            int sign = k == last ? 1 : (i == last ? 1 : -1);
                            lo += sign > 0 ? low[cell] : -high[cell];
                            hi += sign > 0 ? high[cell] : -low[cell];
                        }
                    }
                    if (!finite) {
                        continue;
                    }
                    int cell = equation[k];
                    if (lo > low[cell]) {
                        low[cell] = lo;
                        moved = true;
                    }
                    if (hi < high[cell]) {
                        high[cell] = hi;
                        moved = true;
                    }
                }
            }
        }
        for (int c = 0; c < cells.size(); c++) {
            if (published(c) == null && sensitive(c) && low[c] == high[c]) {
                problems.add("pinned between equal bounds: " + name(c));
            }
        }
    }

    /** An exact fraction. */
    record Fraction(BigInteger numerator, BigInteger denominator) {

        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        static Fraction of(long value) {
            return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
        }

        static Fraction normal(BigInteger numerator, BigInteger denominator) {
            if (denominator.signum() < 0) {
                numerator = numerator.negate();
                denominator = denominator.negate();
            }
            BigInteger gcd = numerator.gcd(denominator);
            return gcd.signum() == 0 || gcd.equals(BigInteger.ONE) ? new Fraction(numerator, denominator)
                    : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
        }

        boolean isZero() {
            return numerator.signum() == 0;
        }

        Fraction add(Fraction other) {
            return normal(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        Fraction subtract(Fraction other) {
            return add(new Fraction(other.numerator.negate(), other.denominator));
        }

        Fraction multiply(Fraction other) {
            if (isZero() || other.isZero()) {
                return ZERO;
            }
            return normal(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }

        Fraction divide(Fraction other) {
            return normal(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
        }
    }
}
