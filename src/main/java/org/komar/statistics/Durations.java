package org.komar.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * Durations (one per child or per event) with the profile they fall under, turned into a {@link Distribution} for
 * every cell in two passes over the values in order: no cell keeps its own list.
 */
final class Durations {

    private static final double[] QUANTILES = {0.25, 0.5, 0.75};

    private double[] values = new double[64];
    private int[] profiles = new int[64];
    private int size;

    void add(double value, int profile) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            profiles = Arrays.copyOf(profiles, size * 2);
        }
        values[size] = value;
        profiles[size] = profile;
        size++;
    }

    int size() {
        return size;
    }

    /** One distribution per cell (null where no value falls); {@code without} per cell counts what has no value. */
    Distribution[] distributions(CellSpace space, List<Integer> bandLimits, long[] without) {
        int cells = space.size();
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        int[] count = new int[cells];
        long[][] bands = new long[cells][bandLimits.size() + 1];
        for (int i = 0; i < size; i++) {
            int band = band(values[i], bandLimits);
            for (int cell : space.cellsOf(profiles[i])) {
                count[cell]++;
                bands[cell][band]++;
            }
        }
        int[][] low = new int[cells][QUANTILES.length];
        double[][] fraction = new double[cells][QUANTILES.length];
        for (int cell = 0; cell < cells; cell++) {
            for (int q = 0; q < QUANTILES.length; q++) {
                double h = (count[cell] - 1) * QUANTILES[q];
                low[cell][q] = (int) Math.floor(h);
                fraction[cell][q] = h - Math.floor(h);
            }
        }
        double[][] lowValue = new double[cells][QUANTILES.length];
        double[][] highValue = new double[cells][QUANTILES.length];
        int[] seen = new int[cells];
        for (Integer i : order) {
            double value = values[i];
            for (int cell : space.cellsOf(profiles[i])) {
                int rank = seen[cell]++;
                for (int q = 0; q < QUANTILES.length; q++) {
                    if (rank == low[cell][q]) {
                        lowValue[cell][q] = value;
                        highValue[cell][q] = value;
                    } else if (rank == low[cell][q] + 1) {
                        highValue[cell][q] = value;
                    }
                }
            }
        }
        Distribution[] result = new Distribution[cells];
        for (int cell = 0; cell < cells; cell++) {
            long none = without == null ? 0 : without[cell];
            if (count[cell] == 0) {
                result[cell] = none == 0 ? null : new Distribution(null, null, null,
                        Arrays.stream(bands[cell]).boxed().toList(), none);
                continue;
            }
            Double[] quantiles = new Double[QUANTILES.length];
            for (int q = 0; q < QUANTILES.length; q++) {
                quantiles[q] = round(lowValue[cell][q] + fraction[cell][q] * (highValue[cell][q] - lowValue[cell][q]));
            }
            result[cell] = new Distribution(quantiles[0], quantiles[1], quantiles[2],
                    Arrays.stream(bands[cell]).boxed().toList(), none);
        }
        return result;
    }

    static int band(double value, List<Integer> limits) {
        for (int b = 0; b < limits.size(); b++) {
            if (value < limits.get(b)) {
                return b;
            }
        }
        return limits.size();
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
