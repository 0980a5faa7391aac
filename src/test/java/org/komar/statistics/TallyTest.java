package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The counting shortcuts (children counted per profile before their cells, durations sorted as packed primitives)
 * give exactly what counting cell by cell gives: random rows over few children and profiles (so that children with
 * several rows, several profiles and shared cells abound) are counted both ways.
 */
class TallyTest {

    private static final List<Breakdown> ALL = Breakdown.all();

    @Property(tries = 60)
    void children_count_once_in_each_cell_any_of_their_rows_falls_in(@ForAll long seed) {
        Random random = new Random(seed);
        CellSpace space = new CellSpace(ALL);
        FactRows rows = randomRows(random);

        Tally tally = Tally.children(space, rows, rows::flagKnown, rows::flagTrue);

        assertThat(tally.denominator).containsExactly(cellByCell(space, rows, true));
        assertThat(tally.numerator).containsExactly(cellByCell(space, rows, false));
    }

    @Property(tries = 60)
    void quartiles_and_bands_are_those_of_each_cells_sorted_values(@ForAll long seed) {
        Random random = new Random(seed);
        CellSpace space = new CellSpace(ALL);
        Durations durations = new Durations(3600.0);
        Map<Integer, List<Long>> byCell = new HashMap<>();
        int n = random.nextInt(300);
        int[] profiles = profiles(random);
        for (int i = 0; i < n; i++) {
            long seconds = random.nextInt(4) == 0 ? random.nextInt(5) * 3600L : random.nextInt(200 * 3600) - 3600;
            int profile = profiles[random.nextInt(profiles.length)];
            durations.add(seconds, profile);
            for (int cell : space.cellsOf(profile)) {
                byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(seconds);
            }
        }
        List<Integer> limits = Distribution.bandLimits(Measure.MEDIAN_HOURS);

        Distribution[] distributions = durations.distributions(space, limits, null);

        for (int cell = 0; cell < space.size(); cell++) {
            List<Long> values = byCell.getOrDefault(cell, List.of());
            if (values.isEmpty()) {
                assertThat(distributions[cell]).isNull();
                continue;
            }
            List<Long> sorted = values.stream().sorted().toList();
            long[] bands = new long[limits.size() + 1];
            sorted.forEach(v -> bands[Durations.band(v / 3600.0, limits)]++);
            assertThat(distributions[cell].p25()).isEqualTo(quantile(sorted, 0.25));
            assertThat(distributions[cell].median()).isEqualTo(quantile(sorted, 0.5));
            assertThat(distributions[cell].p75()).isEqualTo(quantile(sorted, 0.75));
            assertThat(distributions[cell].bands()).containsExactly(java.util.Arrays.stream(bands).boxed()
                    .toArray(Long[]::new));
        }
    }

    /** Spreadsheets' QUARTILE.INC: linear interpolation between the ranks around (n - 1) q. */
    private static Double quantile(List<Long> sorted, double q) {
        double h = (sorted.size() - 1) * q;
        int low = (int) Math.floor(h);
        double lowValue = sorted.get(low) / 3600.0;
        double highValue = low + 1 < sorted.size() ? sorted.get(low + 1) / 3600.0 : lowValue;
        return Durations.round(lowValue + (h - Math.floor(h)) * (highValue - lowValue));
    }

    private static FactRows randomRows(Random random) {
        FactRows rows = new FactRows();
        int[] profiles = profiles(random);
        int children = 1 + random.nextInt(40);
        int n = random.nextInt(150);
        for (int i = 0; i < n; i++) {
            int flag = random.nextInt(3);
            rows.add(random.nextInt(children) - 5L, profiles[random.nextInt(profiles.length)],
                    flag == 2 ? null : flag == 1, Instant.ofEpochSecond(random.nextInt(1000)), null);
        }
        return rows;
    }

    /** A handful of profiles that differ on one or two dimensions, so that they share cells. */
    private static int[] profiles(Random random) {
        int[] profiles = new int[1 + random.nextInt(6)];
        profiles[0] = random.nextInt(Profile.SPACE);
        for (int i = 1; i < profiles.length; i++) {
            Map<Dimension, String> values = new Profile(profiles[random.nextInt(i)]).values();
            for (int change = 0; change < 1 + random.nextInt(2); change++) {
                Dimension dimension = Dimension.values()[random.nextInt(Dimension.values().length)];
                values.put(dimension, dimension.codes().get(random.nextInt(dimension.codes().size())));
            }
            profiles[i] = Profile.of(values).code();
        }
        return profiles;
    }

    /** Each child's cells, as a set, for rows with a known flag (denominator) or a true flag (numerator). */
    private static long[] cellByCell(CellSpace space, FactRows rows, boolean denominator) {
        Map<Long, Set<Integer>> cells = new HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            if (denominator ? rows.flagKnown(row) : rows.flagTrue(row)) {
                for (int cell : space.cellsOf(rows.profile(row))) {
                    cells.computeIfAbsent(rows.child(row), c -> new HashSet<>()).add(cell);
                }
            }
        }
        long[] counts = new long[space.size()];
        cells.values().forEach(set -> set.forEach(cell -> counts[cell]++));
        return counts;
    }
}
