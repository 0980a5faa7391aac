package org.komar.statistics;

import java.util.Arrays;

/**
 * Counts kept per profile code, then added to every cell of each profile counted: a year over a million cases has a
 * few tens of thousands of distinct profiles, so adding once per profile instead of once per row saves most of the
 * work of filling 46 cells for every row.
 */
final class ProfileCounts {

    private final int[] counts = new int[Profile.SPACE];
    private int[] touched = new int[256];
    private int size;

    void add(int profile) {
        if (counts[profile]++ == 0) {
            if (size == touched.length) {
                touched = Arrays.copyOf(touched, size * 2);
            }
            touched[size++] = profile;
        }
    }

    /** Adds each profile's count to every cell the profile falls in. */
    void addTo(CellSpace space, long[] cells) {
        for (int i = 0; i < size; i++) {
            int profile = touched[i];
            int count = counts[profile];
            for (int cell : space.cellsOf(profile)) {
                cells[cell] += count;
            }
        }
    }
}
