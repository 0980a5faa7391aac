package org.komar.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the cells of the tables asked for: 0 is the total, then every cell of every breakdown. A profile belongs
 * to exactly one cell of each breakdown, so counting a child is adding one at a handful of indexes, computed once
 * per distinct profile.
 */
final class CellSpace {

    private final List<Breakdown> breakdowns;
    private final int[] offsets;
    /** Per breakdown: the ordinal of its first dimension, of its second (-1 if not crossed), the second's size. */
    private final int[] first;
    private final int[] second;
    private final int[] secondSize;
    private final List<Cell> cells = new ArrayList<>();
    /** The cells of each profile code, computed on first use (an array: this is looked up for every row counted). */
    private int[][] byProfile;

    CellSpace(List<Breakdown> breakdowns) {
        this.breakdowns = List.copyOf(breakdowns);
        this.offsets = new int[breakdowns.size()];
        this.first = new int[breakdowns.size()];
        this.second = new int[breakdowns.size()];
        this.secondSize = new int[breakdowns.size()];
        cells.add(Cell.TOTAL);
        for (int b = 0; b < breakdowns.size(); b++) {
            Breakdown breakdown = breakdowns.get(b);
            offsets[b] = cells.size();
            first[b] = breakdown.first().ordinal();
            second[b] = breakdown.crossed() ? breakdown.second().ordinal() : -1;
            secondSize[b] = breakdown.second().codes().size();
            if (breakdown.crossed()) {
                for (String first : breakdown.first().codes()) {
                    for (String second : breakdown.second().codes()) {
                        cells.add(Cell.of(breakdown.first(), first, breakdown.second(), second));
                    }
                }
            } else {
                for (String value : breakdown.first().codes()) {
                    cells.add(Cell.of(breakdown.first(), value));
                }
            }
        }
    }

    List<Breakdown> breakdowns() {
        return breakdowns;
    }

    int size() {
        return cells.size();
    }

    Cell cell(int index) {
        return cells.get(index);
    }

    /** Index of the first cell of breakdown {@code b}; its cells follow in the order of their values. */
    int offset(int b) {
        return offsets[b];
    }

    int cellCount(int b) {
        Breakdown breakdown = breakdowns.get(b);
        return breakdown.crossed() ? breakdown.first().codes().size() * breakdown.second().codes().size()
                : breakdown.first().codes().size();
    }

    /** The cells a case of that profile falls in: the total, then one per breakdown. */
    int[] cellsOf(int profileCode) {
        if (byProfile == null) {
            byProfile = new int[Profile.SPACE][];
        }
        int[] indexes = byProfile[profileCode];
        if (indexes == null) {
            indexes = indexesOf(profileCode);
            byProfile[profileCode] = indexes;
        }
        return indexes;
    }

    private int[] indexesOf(int profileCode) {
        int[] indexes = new int[offsets.length + 1];
        for (int b = 0; b < offsets.length; b++) {
            int within = Profile.index(profileCode, first[b]);
            if (second[b] >= 0) {
                within = within * secondSize[b] + Profile.index(profileCode, second[b]);
            }
            indexes[b + 1] = offsets[b] + within;
        }
        return indexes;
    }
}
