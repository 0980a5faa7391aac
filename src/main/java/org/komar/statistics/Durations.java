package org.komar.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Durations (one per child or per event) with the profile they fall under, turned into a {@link Distribution} for
 * every cell in two passes over the values in order: no cell keeps its own list. A duration is a whole number of
 * seconds; its value is that number divided by the unit (3,600 for hours, 86,400 for days). Values are sorted as
 * primitives: the seconds and the profile packed into one long.
 */
final class Durations {

    private static final double[] QUANTILES = {0.25, 0.5, 0.75};
    private static final int PROFILE_BITS = 64 - Long.numberOfLeadingZeros(Profile.SPACE - 1);

    private final double unit;
    private long[] seconds = new long[64];
    private int[] profiles = new int[64];
    private int size;
    /** Set by {@link #sortedByValue()}: what was subtracted from the seconds packed, or the order when not packed. */
    private long offset;
    private Integer[] order;

    Durations(double unit) {
        this.unit = unit;
    }

    void add(long amount, int profile) {
        if (size == seconds.length) {
            seconds = Arrays.copyOf(seconds, size * 2);
            profiles = Arrays.copyOf(profiles, size * 2);
        }
        seconds[size] = amount;
        profiles[size] = profile;
        size++;
    }

    int size() {
        return size;
    }

    /** One distribution per cell (null where no value falls); {@code without} per cell counts what has no value. */
    Distribution[] distributions(CellSpace space, List<Integer> bandLimits, long[] without) {
        int cells = space.size();
        long[] sorted = sortedByValue();
        int bandCount = bandLimits.size() + 1;
        long[] count = new long[cells];
        long[][] bands = new long[bandCount][cells];
        ProfileCounts[] perBand = new ProfileCounts[bandCount];
        for (int i = 0; i < size; i++) {
            int band = band(seconds[i] / unit, bandLimits);
            if (perBand[band] == null) {
                perBand[band] = new ProfileCounts();
            }
            perBand[band].add(profiles[i]);
        }
        for (int band = 0; band < bandCount; band++) {
            if (perBand[band] != null) {
                perBand[band].addTo(space, bands[band]);
            }
        }
        for (int cell = 0; cell < cells; cell++) {
            for (int band = 0; band < bandCount; band++) {
                count[cell] += bands[band][cell];
            }
        }
        // The ranks each cell's quartiles are read at: low[q] and low[q] + 1, interpolated by fraction[q].
        int[][] low = new int[cells][QUANTILES.length];
        double[][] fraction = new double[cells][QUANTILES.length];
        int[] next = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            for (int q = 0; q < QUANTILES.length; q++) {
                double h = (count[cell] - 1) * QUANTILES[q];
                low[cell][q] = (int) Math.floor(h);
                fraction[cell][q] = h - Math.floor(h);
            }
            next[cell] = count[cell] == 0 ? Integer.MAX_VALUE : low[cell][0];
        }
        double[][] lowValue = new double[cells][QUANTILES.length];
        double[][] highValue = new double[cells][QUANTILES.length];
        int[] seen = new int[cells];
        for (int i = 0; i < size; i++) {
            long amount = sorted == null ? seconds[order[i]] : (sorted[i] >> PROFILE_BITS) + offset;
            int profile = sorted == null ? profiles[order[i]] : (int) (sorted[i] & ((1L << PROFILE_BITS) - 1));
            double value = amount / unit;
            for (int cell : space.cellsOf(profile)) {
                int rank = seen[cell]++;
                if (rank != next[cell]) {
                    continue;
                }
                int[] lows = low[cell];
                int following = Integer.MAX_VALUE;
                for (int q = 0; q < QUANTILES.length; q++) {
                    if (rank == lows[q]) {
                        lowValue[cell][q] = value;
                        highValue[cell][q] = value;
                    } else if (rank == lows[q] + 1) {
                        highValue[cell][q] = value;
                    }
                    if (lows[q] > rank) {
                        following = Math.min(following, lows[q]);
                    } else if (lows[q] + 1 > rank) {
                        following = Math.min(following, lows[q] + 1);
                    }
                }
                next[cell] = following;
            }
        }
        Distribution[] result = new Distribution[cells];
        for (int cell = 0; cell < cells; cell++) {
            long none = without == null ? 0 : without[cell];
            List<Long> cellBands = bandsOf(bands, cell);
            if (count[cell] == 0) {
                result[cell] = none == 0 ? null : new Distribution(null, null, null, cellBands, none);
                continue;
            }
            Double[] quantiles = new Double[QUANTILES.length];
            for (int q = 0; q < QUANTILES.length; q++) {
                quantiles[q] = round(lowValue[cell][q] + fraction[cell][q] * (highValue[cell][q] - lowValue[cell][q]));
            }
            result[cell] = new Distribution(quantiles[0], quantiles[1], quantiles[2], cellBands, none);
        }
        return result;
    }

    /**
     * The values in ascending order as {@code (seconds - offset) << PROFILE_BITS | profile}; null (and {@link #order}
     * set instead) in the unlikely case the seconds span too wide a range to be packed so.
     */
    private long[] sortedByValue() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, seconds[i]);
            max = Math.max(max, seconds[i]);
        }
        offset = size == 0 ? 0 : min;
        if (size > 0 && (max - min < 0 || max - min >= 1L << (62 - PROFILE_BITS))) {
            order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> seconds[i]));
            return null;
        }
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            packed[i] = (seconds[i] - offset) << PROFILE_BITS | profiles[i];
        }
        Arrays.sort(packed);
        return packed;
    }

    private static List<Long> bandsOf(long[][] bands, int cell) {
        Long[] values = new Long[bands.length];
        for (int band = 0; band < bands.length; band++) {
            values[band] = bands[band][cell];
        }
        return List.of(values);
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
