package org.komar.statistics;

/**
 * Numerators and denominators for every cell of a {@link CellSpace}, counted once per child (a child with several
 * cases or several events in the period counts once in each cell any of them falls in) or once per row.
 *
 * <p>Most children have a single profile among their rows: they are counted per profile first and the profiles are
 * added to their cells at the end ({@link ProfileCounts}); only a child whose rows have different profiles is placed
 * cell by cell, so that a cell two of its profiles share still counts the child once.
 */
final class Tally {

    /** Which rows count. */
    @FunctionalInterface
    interface RowTest {
        boolean test(int row);
    }

    final long[] numerator;
    final long[] denominator;

    private Tally(int cells) {
        numerator = new long[cells];
        denominator = new long[cells];
    }

    /** Counts children: rows of one child are taken together. */
    static Tally children(CellSpace space, FactRows rows, RowTest inDenominator, RowTest inNumerator) {
        Tally tally = new Tally(space.size());
        ChildGroups groups = rows.groups();
        int[] order = groups.order();
        ProfileCounts den = new ProfileCounts();
        ProfileCounts num = new ProfileCounts();
        int[] denMark = null;
        int[] numMark = null;
        int serial = 0;
        for (int g = 0; g < groups.count(); g++) {
            int from = groups.start(g);
            int to = groups.start(g + 1);
            int profile = rows.profile(order[from]);
            boolean oneProfile = true;
            boolean anyDen = false;
            boolean anyNum = false;
            for (int i = from; i < to && oneProfile; i++) {
                int row = order[i];
                oneProfile = rows.profile(row) == profile;
                anyDen |= inDenominator.test(row);
                anyNum |= inNumerator.test(row);
            }
            if (oneProfile) {
                if (anyDen) {
                    den.add(profile);
                }
                if (anyNum) {
                    num.add(profile);
                }
                continue;
            }
            if (denMark == null) {
                denMark = new int[space.size()];
                numMark = new int[space.size()];
            }
            serial++;
            for (int i = from; i < to; i++) {
                int row = order[i];
                boolean inDen = inDenominator.test(row);
                boolean inNum = inNumerator.test(row);
                if (inDen || inNum) {
                    for (int cell : space.cellsOf(rows.profile(row))) {
                        if (inDen && denMark[cell] != serial) {
                            denMark[cell] = serial;
                            tally.denominator[cell]++;
                        }
                        if (inNum && numMark[cell] != serial) {
                            numMark[cell] = serial;
                            tally.numerator[cell]++;
                        }
                    }
                }
            }
        }
        den.addTo(space, tally.denominator);
        num.addTo(space, tally.numerator);
        return tally;
    }

    /** Counts rows (hearings, arrests), not children. */
    static Tally rows(CellSpace space, FactRows rows, RowTest inDenominator, RowTest inNumerator) {
        Tally tally = new Tally(space.size());
        ProfileCounts den = new ProfileCounts();
        ProfileCounts num = new ProfileCounts();
        for (int row = 0; row < rows.size(); row++) {
            if (inDenominator.test(row)) {
                den.add(rows.profile(row));
            }
            if (inNumerator.test(row)) {
                num.add(rows.profile(row));
            }
        }
        den.addTo(space, tally.denominator);
        num.addTo(space, tally.numerator);
        return tally;
    }

    /** Row indexes ordered so that the rows of each child are next to each other (see {@link ChildGroups}). */
    static int[] groupedByChild(FactRows rows) {
        return rows.groups().order();
    }
}
