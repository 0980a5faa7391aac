package org.komar.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the cells of the tables asked for: 0 is the total, then every cell of every breakdown. A profile belongs
 * to exactly one cell of each breakdown, so counting a child is adding one at a handful of indexes, computed once
 * per distinct profile.
 */
final class CellSpace {

    private final List<Breakdown> breakdowns;
    private final int[] offsets;
    private final List<Cell> cells = new ArrayList<>();
    private final Map<Integer, int[]> byProfile = new HashMap<>();

    CellSpace(List<Breakdown> breakdowns) {
        this.breakdowns = List.copyOf(breakdowns);
        this.offsets = new int[breakdowns.size()];
        cells.add(Cell.TOTAL);
        for (int b = 0; b < breakdowns.size(); b++) {
            Breakdown breakdown = breakdowns.get(b);
            offsets[b] = cells.size();
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
        return byProfile.computeIfAbsent(profileCode, code -> {
            Profile profile = new Profile(code);
            int[] indexes = new int[breakdowns.size() + 1];
            for (int b = 0; b < breakdowns.size(); b++) {
                Breakdown breakdown = breakdowns.get(b);
                int within = profile.index(breakdown.first());
                if (breakdown.crossed()) {
                    within = within * breakdown.second().codes().size() + profile.index(breakdown.second());
                }
                indexes[b + 1] = offsets[b] + within;
            }
            return indexes;
        });
    }
}
