package org.komar.statistics;

import java.time.Instant;
import java.util.Arrays;

/**
 * Facts of one kind over a period, as loaded for counting: parallel primitive arrays (a year over a million cases is
 * a few hundred thousand rows; objects per row would cost more than the counting). Moments are epoch seconds,
 * {@link #NONE} when absent; flags are 1 true, 0 false, -1 unknown.
 */
final class FactRows {

    static final long NONE = Long.MIN_VALUE;

    private long[] child = new long[64];
    private int[] profile = new int[64];
    private byte[] flag = new byte[64];
    private long[] at = new long[64];
    private long[] aux = new long[64];
    private int size;
    private ChildGroups groups;

    void add(long childKey, int profileCode, Boolean flagValue, Instant atMoment, Instant auxMoment) {
        if (size == child.length) {
            int capacity = size * 2;
            child = Arrays.copyOf(child, capacity);
            profile = Arrays.copyOf(profile, capacity);
            flag = Arrays.copyOf(flag, capacity);
            at = Arrays.copyOf(at, capacity);
            aux = Arrays.copyOf(aux, capacity);
        }
        child[size] = childKey;
        profile[size] = profileCode;
        flag[size] = flagValue == null ? -1 : flagValue ? (byte) 1 : (byte) 0;
        at[size] = atMoment == null ? NONE : atMoment.getEpochSecond();
        aux[size] = auxMoment == null ? NONE : auxMoment.getEpochSecond();
        size++;
        groups = null;
    }

    /** The rows grouped by child, computed once (each indicator counting these rows by child uses it). */
    ChildGroups groups() {
        if (groups == null) {
            groups = ChildGroups.of(this);
        }
        return groups;
    }

    int size() {
        return size;
    }

    long child(int row) {
        return child[row];
    }

    int profile(int row) {
        return profile[row];
    }

    boolean flagTrue(int row) {
        return flag[row] == 1;
    }

    boolean flagKnown(int row) {
        return flag[row] >= 0;
    }

    long at(int row) {
        return at[row];
    }

    long aux(int row) {
        return aux[row];
    }

    /** The rows of both, this one's first (e.g. diversions and sentences for indicator 10). */
    FactRows concat(FactRows other) {
        FactRows all = new FactRows();
        for (FactRows rows : new FactRows[] {this, other}) {
            for (int i = 0; i < rows.size; i++) {
                all.addRaw(rows.child[i], rows.profile[i], rows.flag[i], rows.at[i], rows.aux[i]);
            }
        }
        return all;
    }

    private void addRaw(long childKey, int profileCode, byte flagValue, long atSecond, long auxSecond) {
        addSeconds(childKey, profileCode, flagValue, atSecond, auxSecond);
    }

    /** Adds a row already in seconds (as packed): flag 1 true, 0 false, -1 unknown; {@link #NONE} for no moment. */
    void addSeconds(long childKey, int profileCode, int flagValue, long atSecond, long auxSecond) {
        add(childKey, profileCode, null, null, null);
        flag[size - 1] = (byte) flagValue;
        at[size - 1] = atSecond;
        aux[size - 1] = auxSecond;
    }
}
