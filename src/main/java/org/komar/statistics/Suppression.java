package org.komar.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression for a family of linked frequency tables: every table counts the same units (children),
 * each broken down by at most two axes, and the set of tables is closed under taking margins (with a table by
 * {@code sex × province} come the tables by {@code sex}, by {@code province} and the total). The only linear
 * relations between such tables are that a cell of a margin is the sum of the cells it covers; that is everything a
 * reader can combine. See {@code docs/statistics.md} for the method and why it is safe.
 *
 * <ol>
 *   <li>Primary: every cell counting from 1 to {@code threshold - 1} units is suppressed.</li>
 *   <li>Secondary, by lines: an equation "margin = sum of its cells" with exactly one suppressed member would give
 *   that member back, so another member is suppressed: the smallest cell of the line that counts someone, else the
 *   margin, else an empty cell.</li>
 *   <li>Secondary, by the whole system: the suppressed cells are the unknowns of every equation at once. Reduced to
 *   row echelon form, a suppressed cell is recomputable exactly when its row holds no free unknown; integer bounds
 *   propagated through the equations (counts are never negative) show the cells a reader could pin down between
 *   equal bounds. Each such cell that counts fewer than the threshold gets another complement in one of its
 *   equations, and the system is checked again, until none is left.</li>
 * </ol>
 *
 * Pure, deterministic (ties go to the lower cell number), no I/O: the same counts give the same suppression.
 */
final class Suppression {

    private final int[] sizes;
    private final List<int[]> tables;
    private final int[] offsets;
    private final long[] counts;
    private final int threshold;
    private final List<int[]> equations = new ArrayList<>();
    private final int[][] equationsOf;
    private final boolean[] suppressed;

    /**
     * @param sizes     the number of values of each axis
     * @param tables    the axes of each table (none for the total), closed under margins
     * @param units     each unit's value index on every axis
     * @param threshold the smallest count that is published
     */
    static Suppression run(int[] sizes, List<int[]> tables, Iterable<int[]> units, int threshold) {
        Suppression suppression = new Suppression(sizes, tables, units, threshold);
        suppression.suppress();
        return suppression;
    }

    private Suppression(int[] sizes, List<int[]> tables, Iterable<int[]> units, int threshold) {
        this.sizes = sizes.clone();
        this.tables = tables.stream().map(t -> {
            int[] axes = t.clone();
            Arrays.sort(axes);
            return axes;
        }).toList();
        this.threshold = threshold;
        offsets = new int[this.tables.size() + 1];
        for (int t = 0; t < this.tables.size(); t++) {
            int[] axes = this.tables.get(t);
            if (axes.length > 2) {
                throw new IllegalArgumentException("a table crosses at most two axes");
            }
            offsets[t + 1] = offsets[t] + cellCount(axes);
        }
        counts = new long[offsets[this.tables.size()]];
        for (int[] unit : units) {
            for (int t = 0; t < this.tables.size(); t++) {
                counts[offsets[t] + local(this.tables.get(t), unit)]++;
            }
        }
        suppressed = new boolean[counts.length];
        buildEquations();
        List<List<Integer>> of = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            of.add(new ArrayList<>());
        }
        for (int e = 0; e < equations.size(); e++) {
            for (int cell : equations.get(e)) {
                of.get(cell).add(e);
            }
        }
        equationsOf = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            equationsOf[c] = of.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int tableCount() {
        return tables.size();
    }

    int[] axes(int table) {
        return tables.get(table).clone();
    }

    int cellCount(int table) {
        return offsets[table + 1] - offsets[table];
    }

    /** The values (per axis of the table) of cell {@code index} of the table. */
    int[] values(int table, int index) {
        int[] axes = tables.get(table);
        if (axes.length == 0) {
            return new int[0];
        }
        if (axes.length == 1) {
            return new int[] {index};
        }
        return new int[] {index / sizes[axes[1]], index % sizes[axes[1]]};
    }

    long count(int table, int index) {
        return counts[offsets[table] + index];
    }

    boolean suppressed(int table, int index) {
        return suppressed[offsets[table] + index];
    }

    /** The published count of the cell, or null when it is suppressed. */
    Long published(int table, int index) {
        return suppressed(table, index) ? null : count(table, index);
    }

    private int cellCount(int[] axes) {
        int n = 1;
        for (int axis : axes) {
            n *= sizes[axis];
        }
        return n;
    }

    private int local(int[] axes, int[] unit) {
        int index = 0;
        for (int axis : axes) {
            index = index * sizes[axis] + unit[axis];
        }
        return index;
    }

    private int tableOf(int[] axes) {
        for (int t = 0; t < tables.size(); t++) {
            if (Arrays.equals(tables.get(t), axes)) {
                return t;
            }
        }
        throw new IllegalArgumentException("tables not closed under margins: missing " + Arrays.toString(axes));
    }

    /** Each equation lists its cells, the margin last: margin = sum of the others. */
    private void buildEquations() {
        for (int t = 0; t < tables.size(); t++) {
            int[] axes = tables.get(t);
            for (int drop = 0; drop < axes.length; drop++) {
                int[] marginAxes = new int[axes.length - 1];
                for (int i = 0, j = 0; i < axes.length; i++) {
                    if (i != drop) {
                        marginAxes[j++] = axes[i];
                    }
                }
                int margin = tableOf(marginAxes);
                int marginCells = cellCount(marginAxes);
                for (int m = 0; m < marginCells; m++) {
                    int[] equation = new int[sizes[axes[drop]] + 1];
                    for (int v = 0; v < sizes[axes[drop]]; v++) {
                        int index;
                        if (axes.length == 1) {
                            index = v;
                        } else if (drop == 0) {
                            index = v * sizes[axes[1]] + m;
                        } else {
                            index = m * sizes[axes[1]] + v;
                        }
                        equation[v] = offsets[t] + index;
                    }
                    equation[equation.length - 1] = offsets[margin] + m;
                    equations.add(equation);
                }
            }
        }
    }

    private boolean sensitive(int cell) {
        return counts[cell] > 0 && counts[cell] < threshold;
    }

    private void suppress() {
        for (int c = 0; c < counts.length; c++) {
            suppressed[c] = sensitive(c);
        }
        int guard = 0;
        while (true) {
            byLines();
            BitSet exposed = exposed();
            if (exposed.isEmpty()) {
                return;
            }
            if (++guard > counts.length) {
                Arrays.fill(suppressed, true);
                return;
            }
            for (int c = exposed.nextSetBit(0); c >= 0; c = exposed.nextSetBit(c + 1)) {
                protect(c);
            }
        }
    }

    /** Until no equation has exactly one suppressed member. */
    private void byLines() {
        Deque<Integer> queue = new ArrayDeque<>();
        for (int e = 0; e < equations.size(); e++) {
            queue.add(e);
        }
        while (!queue.isEmpty()) {
            int[] equation = equations.get(queue.poll());
            int hidden = 0;
            for (int cell : equation) {
                hidden += suppressed[cell] ? 1 : 0;
            }
            if (hidden == 1) {
                int complement = complement(equation);
                suppressed[complement] = true;
                for (int e : equationsOf[complement]) {
                    queue.add(e);
                }
            }
        }
    }

    /**
     * The cell to suppress beside those already suppressed in an equation: the smallest cell counting someone (the
     * margin counts as a member, considered after the cells it covers), then an empty one.
     */
    private int complement(int[] equation) {
        int best = -1;
        for (int pass = 0; pass < 2 && best < 0; pass++) {
            for (int i = 0; i < equation.length; i++) {
                int cell = equation[i];
                if (suppressed[cell] || (pass == 0) != (counts[cell] > 0)) {
                    continue;
                }
                boolean margin = i == equation.length - 1;
                if (best < 0 || better(cell, margin, best, equation[equation.length - 1] == best)) {
                    best = cell;
                }
            }
        }
        return best;
    }

    private boolean better(int cell, boolean margin, int best, boolean bestIsMargin) {
        if (margin != bestIsMargin) {
            return !margin;
        }
        return counts[cell] < counts[best] || (counts[cell] == counts[best] && cell < best);
    }

    /** Suppresses one more cell so that the exposed cell is no longer pinned down. */
    private void protect(int cell) {
        int best = -1;
        for (int e : equationsOf[cell]) {
            int[] equation = equations.get(e);
            boolean open = false;
            for (int member : equation) {
                open |= !suppressed[member];
            }
            if (open) {
                int candidate = complement(equation);
                if (best < 0 || rank(candidate) < rank(best)) {
                    best = candidate;
                }
            }
        }
        if (best < 0) {
            // Every equation of the cell is hidden already: widen to the equations of its hidden neighbours.
            for (int e : equationsOf[cell]) {
                for (int member : equations.get(e)) {
                    for (int f : equationsOf[member]) {
                        for (int other : equations.get(f)) {
                            if (!suppressed[other] && (best < 0 || rank(other) < rank(best))) {
                                best = other;
                            }
                        }
                    }
                }
            }
        }
        if (best < 0) {
            Arrays.fill(suppressed, true);
            return;
        }
        suppressed[best] = true;
    }

    /** Order of preference among complements: counting someone before empty, smaller before larger. */
    private long rank(int cell) {
        return (counts[cell] > 0 ? 0 : 1L << 40) + counts[cell] * counts.length + cell;
    }

    /** The suppressed cells under the threshold that a reader could still recompute or pin between equal bounds. */
    BitSet exposed() {
        BitSet exposed = determined();
        exposed.or(pinned());
        BitSet sensitiveOnly = new BitSet();
        for (int c = exposed.nextSetBit(0); c >= 0; c = exposed.nextSetBit(c + 1)) {
            if (suppressed[c] && sensitive(c)) {
                sensitiveOnly.set(c);
            }
        }
        return sensitiveOnly;
    }

    /** Suppressed cells whose value follows from the published ones (row echelon form of the equations). */
    private BitSet determined() {
        Map<Integer, Integer> column = new HashMap<>();
        List<Integer> unknowns = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (suppressed[c]) {
                column.put(c, unknowns.size());
                unknowns.add(c);
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int[] equation : equations) {
            double[] row = null;
            for (int i = 0; i < equation.length; i++) {
                Integer col = column.get(equation[i]);
                if (col != null) {
                    if (row == null) {
                        row = new double[unknowns.size()];
                    }
                    row[col] += i == equation.length - 1 ? -1 : 1;
                }
            }
            if (row != null) {
                rows.add(row);
            }
        }
        int n = unknowns.size();
        int r = 0;
        int[] pivotColumn = new int[rows.size()];
        for (int col = 0; col < n && r < rows.size(); col++) {
            int pivot = -1;
            double largest = 1e-9;
            for (int i = r; i < rows.size(); i++) {
                double value = Math.abs(rows.get(i)[col]);
                if (value > largest) {
                    largest = value;
                    pivot = i;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = rows.get(r);
            rows.set(r, rows.get(pivot));
            rows.set(pivot, swap);
            double[] top = rows.get(r);
            double scale = top[col];
            for (int j = col; j < n; j++) {
                top[j] /= scale;
            }
            for (int i = 0; i < rows.size(); i++) {
                if (i == r) {
                    continue;
                }
                double[] row = rows.get(i);
                double factor = row[col];
                if (Math.abs(factor) > 1e-12) {
                    for (int j = col; j < n; j++) {
                        row[j] -= factor * top[j];
                    }
                    row[col] = 0;
                }
            }
            pivotColumn[r] = col;
            r++;
        }
        BitSet determined = new BitSet();
        for (int i = 0; i < r; i++) {
            double[] row = rows.get(i);
            boolean alone = true;
            for (int j = 0; j < n && alone; j++) {
                alone = j == pivotColumn[i] || Math.abs(row[j]) <= 1e-9;
            }
            if (alone) {
                determined.set(unknowns.get(pivotColumn[i]));
            }
        }
        return determined;
    }

    /** Suppressed cells whose integer bounds, propagated through the equations from zero up, meet. */
    private BitSet pinned() {
        long[] low = new long[counts.length];
        long[] high = new long[counts.length];
        for (int c = 0; c < counts.length; c++) {
            low[c] = suppressed[c] ? 0 : counts[c];
            high[c] = suppressed[c] ? Long.MAX_VALUE : counts[c];
        }
        boolean changed = true;
        for (int round = 0; changed && round < 100; round++) {
            changed = false;
            for (int[] equation : equations) {
                changed |= tighten(equation, low, high);
            }
        }
        BitSet pinned = new BitSet();
        for (int c = 0; c < counts.length; c++) {
            if (suppressed[c] && low[c] == high[c]) {
                pinned.set(c);
            }
        }
        return pinned;
    }

    /** margin - sum(cells) = 0: bounds each member from the bounds of the others. */
    static boolean tighten(int[] equation, long[] low, long[] high) {
        boolean changed = false;
        int last = equation.length - 1;
        for (int k = 0; k < equation.length; k++) {
            // sign * x_k = sum over others of (their sign * -1) * x_i, with margin sign +1 and cell sign -1.
            long lo = 0;
            long hi = 0;
            boolean bounded = true;
            for (int i = 0; i < equation.length && bounded; i++) {
                if (i == k) {
                    continue;
                }
                int cell = equation[i];
                if (high[cell] == Long.MAX_VALUE) {
                    bounded = false;
                    break;
                }
                if (i == last) {
                    lo += low[cell];
                    hi += high[cell];
                } else {
                    lo -= high[cell];
                    hi -= low[cell];
                }
            }
            if (!bounded) {
                continue;
            }
            // For the margin (k == last): margin = sum of cells, i.e. x = -(that sum of negatives).
            long newLow;
            long newHigh;
            if (k == last) {
                newLow = -hi;
                newHigh = -lo;
            } else {
                newLow = lo;
                newHigh = hi;
            }
            int cell = equation[k];
            if (newLow > low[cell]) {
                low[cell] = newLow;
                changed = true;
            }
            if (newHigh < high[cell]) {
                high[cell] = newHigh;
                changed = true;
            }
        }
        return changed;
    }
}
