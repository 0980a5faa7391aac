package org.komar.statistics;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where a case falls on every {@link Dimension}, packed into one int (a mixed-radix number of the value indexes),
 * so that the read model stores, and the aggregation reads, a single column instead of nine.
 */
record Profile(int code) {

    private static final Dimension[] DIMENSIONS = Dimension.values();
    private static final int[] WEIGHTS = new int[DIMENSIONS.length];
    private static final int[] SIZES = new int[DIMENSIONS.length];

    /** How many profiles there are: every code is from 0 to {@code SPACE - 1}, so counts can be kept per code. */
    static final int SPACE;

    static {
        int weight = 1;
        for (int i = DIMENSIONS.length - 1; i >= 0; i--) {
            WEIGHTS[i] = weight;
            SIZES[i] = DIMENSIONS[i].codes().size();
            weight *= SIZES[i];
        }
        SPACE = weight;
    }

    /** A profile from one value per dimension; a missing or unknown value is the dimension's last value. */
    static Profile of(Map<Dimension, String> values) {
        int code = 0;
        for (int i = 0; i < DIMENSIONS.length; i++) {
            Dimension dimension = DIMENSIONS[i];
            int index = dimension.indexOf(values.get(dimension));
            code += (index < 0 ? dimension.codes().size() - 1 : index) * WEIGHTS[i];
        }
        return new Profile(code);
    }

    int index(Dimension dimension) {
        return index(code, dimension.ordinal());
    }

    /** The value index of profile {@code code} on the dimension of that ordinal. */
    static int index(int code, int dimension) {
        return (code / WEIGHTS[dimension]) % SIZES[dimension];
    }

    String value(Dimension dimension) {
        return dimension.codes().get(index(dimension));
    }

    Map<Dimension, String> values() {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (Dimension dimension : DIMENSIONS) {
            values.put(dimension, value(dimension));
        }
        return values;
    }
}
