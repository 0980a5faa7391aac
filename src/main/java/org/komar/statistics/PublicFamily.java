package org.komar.statistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fixed catalogue of the published figures: each family counts one set of children of a year (each child once,
 * on the dimensions of the first case that brought the child into the set) and publishes a fixed list of tables of
 * them, never crossing more than two axes, closed under margins. Families count unrelated sets (a flow of arrests,
 * a census of children held, the diverted or sentenced, the released, the deaths), so that no sum or difference of
 * one family's tables says anything about another's; see {@link Suppression} and {@code docs/statistics.md}.
 */
enum PublicFamily {
    /** Children arrested in the year (indicator 1). */
    ARRESTED(true, List.of(), List.of(
            List.of(Dimension.SEX, Dimension.AGE_BAND), List.of(Dimension.SEX, Dimension.PROVINCE),
            List.of(Dimension.AGE_BAND, Dimension.PROVINCE)), List.of()),
    /** Children deprived of liberty on the census date (indicators 2, 3, 7 and 8). */
    HELD(true, List.of(Outcome.STAGE, Outcome.SEPARATION, Outcome.FAMILY_CONTACT), List.of(
            List.of(Dimension.SEX, Dimension.AGE_BAND), List.of(Dimension.SEX, Dimension.PROVINCE)),
            List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.PROVINCE)),
    /** Children who entered a pre-sentence diversion or were sentenced in the year (indicators 9 and 10). */
    DIVERTED_OR_SENTENCED(true, List.of(Outcome.PATHWAY), List.of(), Grounds.ALL),
    /** Children released from detention in the year (indicator 11). */
    RELEASED(true, List.of(Outcome.AFTERCARE), List.of(), Grounds.ALL),
    /** Children who died in detention in the year (indicator 6): the national count only. */
    DEATHS(false, List.of(), List.of(), List.of());

    /** The grounds every family but the deaths is broken down by, one at a time. */
    static final class Grounds {

        static final List<Dimension> ALL = List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.PROVINCE,
                Dimension.OFFENCE_CLASS, Dimension.DRUG, Dimension.DISABILITY, Dimension.ETHNICITY,
                Dimension.NATIONALITY);

        private Grounds() {
        }
    }

    private final List<PublicAxis> axes;
    private final List<List<PublicAxis>> tables;

    PublicFamily(boolean grounds, List<Outcome> outcomes, List<List<Dimension>> pairs, List<Dimension> byOutcome) {
        List<PublicAxis> all = new ArrayList<>();
        if (grounds) {
            all.addAll(Grounds.ALL);
        }
        all.addAll(outcomes);
        this.axes = List.copyOf(all);
        Set<List<PublicAxis>> published = new LinkedHashSet<>();
        published.add(List.of());
        if (grounds) {
            for (Dimension ground : Grounds.ALL) {
                published.add(List.of(ground));
            }
        }
        for (Outcome outcome : outcomes) {
            published.add(List.of(outcome));
            for (Dimension ground : byOutcome) {
                published.add(List.of(ground, outcome));
            }
        }
        for (List<Dimension> pair : pairs) {
            published.add(List.copyOf(pair));
        }
        this.tables = List.copyOf(published);
    }

    /** The axes of the family: the grounds, then its outcomes. */
    List<PublicAxis> axes() {
        return axes;
    }

    /** The published tables by their axes (the total first), closed under margins, none finer than two axes. */
    List<List<PublicAxis>> tables() {
        return tables;
    }

    int[] sizes() {
        return axes.stream().mapToInt(axis -> axis.codes().size()).toArray();
    }

    List<int[]> tableAxes() {
        return tables.stream().map(t -> t.stream().mapToInt(axes::indexOf).toArray()).toList();
    }
}
