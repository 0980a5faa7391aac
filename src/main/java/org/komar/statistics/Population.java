package org.komar.statistics;

import java.util.List;

/**
 * Children by province, sex and single year of age (0–17) from one {@link PopulationTable}: the denominators of the
 * rates per 100,000 children. A cell's population is the sum over what the cell fixes among province, sex and age
 * band; other dimensions (offence, disability…) are not in a census table, so their cells share the population of
 * the rest of the cell. Age bands beyond childhood or unknown have no population.
 */
final class Population {

    static final int AGES = 18;
    private static final List<String> PROVINCES = Dimension.PROVINCE.codes();
    private static final List<String> SEXES = Dimension.SEX.codes();

    private final PopulationTable table;
    private final long[][][] children = new long[PROVINCES.size()][SEXES.size()][AGES];

    Population(PopulationTable table) {
        this.table = table;
    }

    PopulationTable table() {
        return table;
    }

    void add(String province, String sex, int age, long count) {
        children[PROVINCES.indexOf(province)][SEXES.indexOf(sex)][age] += count;
    }

    long total() {
        return of(Cell.TOTAL);
    }

    /** The child population of a cell, or null when the cell lies outside childhood (no population counts it). */
    Long of(Cell cell) {
        String band = cell.value(Dimension.AGE_BAND);
        int fromAge = 0;
        int toAge = AGES - 1;
        if (band != null) {
            switch (band) {
                case "UNDER_14" -> toAge = 13;
                case "AGE_14_15" -> {
                    fromAge = 14;
                    toAge = 15;
                }
                case "AGE_16_17" -> fromAge = 16;
                default -> {
                    return null;
                }
            }
        }
        String province = cell.value(Dimension.PROVINCE);
        String sex = cell.value(Dimension.SEX);
        long sum = 0;
        for (int p = 0; p < PROVINCES.size(); p++) {
            if (province != null && !PROVINCES.get(p).equals(province)) {
                continue;
            }
            for (int s = 0; s < SEXES.size(); s++) {
                if (sex != null && !SEXES.get(s).equals(sex)) {
                    continue;
                }
                for (int age = fromAge; age <= toAge; age++) {
                    sum += children[p][s][age];
                }
            }
        }
        return sum;
    }
}
