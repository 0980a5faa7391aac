package org.komar.statistics;

import java.util.HashMap;
import java.util.Map;

/**
 * Numerators and denominators for every cell of a {@link CellSpace}, counted once per child (a child with several
 * cases or several events in the period counts once in each cell any of them falls in) or once per row.
 */
final class Tally {

    /** Which rows count. */
    @FunctionalInterface
    interface RowTest {
        boolean test(int row);
    }

    final long[] numerator;
    final long[] denominator;

    private Tally(int cells) {
        numerator = new long[cells];
        denominator = new long[cells];
    }

    /** Counts children: rows of one child are taken together. */
    static Tally children(CellSpace space, FactRows rows, RowTest inDenominator, RowTest inNumerator) {
        Tally tally = new Tally(space.size());
        int[] order = groupedByChild(rows);
        int[] denMark = new int[space.size()];
        int[] numMark = new int[space.size()];
        int serial = 0;
        int i = 0;
        while (i < order.length) {
            serial++;
            long child = rows.child(order[i]);
            int j = i;
            while (j < order.length && rows.child(order[j]) == child) {
                int row = order[j];
                boolean den = inDenominator.test(row);
                boolean num = inNumerator.test(row);
                if (den || num) {
                    for (int cell : space.cellsOf(rows.profile(row))) {
                        if (den && denMark[cell] != serial) {
                            denMark[cell] = serial;
                            tally.denominator[cell]++;
                        }
                        if (num && numMark[cell] != serial) {
                            numMark[cell] = serial;
                            tally.numerator[cell]++;
                        }
                    }
                }
                j++;
            }
            i = j;
        }
        return tally;
    }

    /** Counts rows (hearings, arrests), not children. */
    static Tally rows(CellSpace space, FactRows rows, RowTest inDenominator, RowTest inNumerator) {
        Tally tally = new Tally(space.size());
        for (int row = 0; row < rows.size(); row++) {
            boolean den = inDenominator.test(row);
            boolean num = inNumerator.test(row);
            if (den || num) {
                for (int cell : space.cellsOf(rows.profile(row))) {
                    tally.denominator[cell] += den ? 1 : 0;
                    tally.numerator[cell] += num ? 1 : 0;
                }
            }
        }
        return tally;
    }

    /** Row indexes ordered so that the rows of each child are next to each other (a counting sort by child). */
    static int[] groupedByChild(FactRows rows) {
        int n = rows.size();
        Map<Long, Integer> serials = new HashMap<>(Math.max(16, n * 2));
        int[] serialOf = new int[n];
        for (int row = 0; row < n; row++) {
            Integer serial = serials.putIfAbsent(rows.child(row), serials.size());
            serialOf[row] = serial == null ? serials.size() - 1 : serial;
        }
        int[] starts = new int[serials.size() + 1];
        for (int row = 0; row < n; row++) {
            starts[serialOf[row] + 1]++;
        }
        for (int s = 1; s < starts.length; s++) {
            starts[s] += starts[s - 1];
        }
        int[] order = new int[n];
        for (int row = 0; row < n; row++) {
            order[starts[serialOf[row]]++] = row;
        }
        return order;
    }
}
