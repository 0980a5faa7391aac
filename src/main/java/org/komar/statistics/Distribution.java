package org.komar.statistics;

import java.util.List;

/**
 * How long: quartiles and median (linear interpolation between ranks, as spreadsheets' QUARTILE.INC), in the unit of
 * the figure's measure (days or hours), and how many fall in each band ({@link #bandLimits} in that unit; the last
 * band is open). {@code without} counts those with no end yet where that means something (no lawyer contact).
 */
public record Distribution(Double p25, Double median, Double p75, List<Long> bands, long without) {

    /** Upper limits of the bands but the last, in the measure's unit. */
    public static List<Integer> bandLimits(Measure measure) {
        return measure == Measure.MEDIAN_HOURS ? List.of(24, 48, 72) : List.of(30, 90, 180, 365);
    }
}
