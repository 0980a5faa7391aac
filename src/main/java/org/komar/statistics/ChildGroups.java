package org.komar.statistics;

import java.util.Arrays;

/**
 * The rows of a {@link FactRows} grouped by child: {@link #order()} lists the row indexes so that each child's rows
 * are next to each other, children in the order of their first row and each child's rows in their own order (a
 * counting sort). Child keys are numbered with an open-addressing table of primitives: a year over a million cases
 * groups a million rows, and boxing each key would cost more than the counting.
 */
final class ChildGroups {

    private final int[] order;
    private final int[] starts;

    private ChildGroups(int[] order, int[] starts) {
        this.order = order;
        this.starts = starts;
    }

    static ChildGroups of(FactRows rows) {
        int n = rows.size();
        int capacity = Integer.highestOneBit(Math.max(4, n) * 2) * 2;
        long[] keys = new long[capacity];
        int[] serials = new int[capacity];
        Arrays.fill(serials, -1);
        int mask = capacity - 1;
        int[] serialOf = new int[n];
        int children = 0;
        for (int row = 0; row < n; row++) {
            long key = rows.child(row);
            int slot = mix(key) & mask;
            while (serials[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (serials[slot] < 0) {
                keys[slot] = key;
                serials[slot] = children++;
            }
            serialOf[row] = serials[slot];
        }
        int[] starts = new int[children + 1];
        for (int row = 0; row < n; row++) {
            starts[serialOf[row] + 1]++;
        }
        for (int s = 1; s < starts.length; s++) {
            starts[s] += starts[s - 1];
        }
        int[] next = Arrays.copyOf(starts, children);
        int[] order = new int[n];
        for (int row = 0; row < n; row++) {
            order[next[serialOf[row]]++] = row;
        }
        return new ChildGroups(order, starts);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int[] order() {
        return order;
    }

    int count() {
        return starts.length - 1;
    }

    /** Index in {@link #order()} of the first row of group {@code g} ({@code g = count()} gives the end). */
    int start(int g) {
        return starts[g];
    }
}
