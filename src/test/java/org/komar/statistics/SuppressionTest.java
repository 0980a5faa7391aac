package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Published tables never give back a count under the threshold: for random small populations (where small cells
 * abound), every table of every family of the real catalogue, and random catalogues of linked tables, goes through
 * {@link DisclosureChecker}, which tries differences, shared margins, the exact solution of all equations together
 * and integer bounds.
 */
class SuppressionTest {

    /** A population for the real catalogue: each child's value index on every axis of the family. */
    record Population(PublicFamily family, List<int[]> units, int threshold) {
    }

    /** A random catalogue: axis sizes, the tables (closed under margins) and units. */
    record Catalogue(int[] sizes, List<int[]> tables, List<int[]> units, int threshold) {
    }

    @Property(tries = 40)
    void no_published_table_of_the_catalogue_gives_back_a_small_count(@ForAll("populations") Population population) {
        List<PublicSnapshot.Table> published = PublicFigures.tables(population.family(), population.units(),
                population.threshold(), null);

        List<String> problems = DisclosureChecker.problems(checkerTables(population.family(), published,
                population.units()), population.threshold());

        assertThat(problems).isEmpty();
        assertThat(published).allSatisfy(table -> assertThat(table.by().size()).isLessThanOrEqualTo(2));
    }

    @Property(tries = 150)
    void no_linked_tables_give_back_a_small_count(@ForAll("catalogues") Catalogue catalogue) {
        Suppression suppression = Suppression.run(catalogue.sizes(), catalogue.tables(), catalogue.units(),
                catalogue.threshold());

        List<DisclosureChecker.Table> tables = new ArrayList<>();
        for (int t = 0; t < suppression.tableCount(); t++) {
            int[] axes = suppression.axes(t);
            List<String> names = new ArrayList<>();
            for (int axis : axes) {
                names.add("a" + axis);
            }
            Map<List<String>, Long> published = new LinkedHashMap<>();
            Map<List<String>, Long> truth = new HashMap<>();
            for (int i = 0; i < suppression.cellCount(t); i++) {
                List<String> values = new ArrayList<>();
                for (int v : suppression.values(t, i)) {
                    values.add(String.valueOf(v));
                }
                published.put(values, suppression.published(t, i));
            }
            for (int[] unit : catalogue.units()) {
                List<String> values = new ArrayList<>();
                for (int axis : axes) {
                    values.add(String.valueOf(unit[axis]));
                }
                truth.merge(values, 1L, Long::sum);
            }
            tables.add(new DisclosureChecker.Table(names, published, truth));
        }

        assertThat(DisclosureChecker.problems(tables, catalogue.threshold())).isEmpty();
    }

    @Example
    void a_lone_small_cell_in_a_row_takes_a_complement_with_it_and_large_cells_stay_published() {
        // Two axes of two values: a 2×2 table, its margins and the total. One cell counts 2.
        List<int[]> units = new ArrayList<>();
        addUnits(units, 0, 0, 2);
        addUnits(units, 0, 1, 30);
        addUnits(units, 1, 0, 40);
        addUnits(units, 1, 1, 50);
        List<int[]> tables = List.of(new int[0], new int[] {0}, new int[] {1}, new int[] {0, 1});

        Suppression suppression = Suppression.run(new int[] {2, 2}, tables, units, 5);

        // The 2 is suppressed, and so are enough others that no row or column gives it back: the whole 2×2 body.
        assertThat(suppression.published(3, 0)).isNull();
        assertThat(suppression.published(3, 1)).isNull();
        assertThat(suppression.published(3, 2)).isNull();
        assertThat(suppression.published(3, 3)).isNull();
        // Margins and total stay: they count many children.
        assertThat(suppression.published(0, 0)).isEqualTo(122);
        assertThat(suppression.published(1, 0)).isEqualTo(32);
        assertThat(suppression.published(2, 1)).isEqualTo(80);
    }

    @Example
    void nothing_is_suppressed_when_every_cell_is_empty_or_large_enough() {
        List<int[]> units = new ArrayList<>();
        addUnits(units, 0, 0, 7);
        addUnits(units, 1, 1, 9);
        Suppression suppression = Suppression.run(new int[] {2, 2},
                List.of(new int[0], new int[] {0}, new int[] {1}, new int[] {0, 1}), units, 5);
        for (int t = 0; t < suppression.tableCount(); t++) {
            for (int i = 0; i < suppression.cellCount(t); i++) {
                assertThat(suppression.suppressed(t, i)).isFalse();
            }
        }
    }

    @Example
    void the_checker_finds_a_small_count_hidden_alone_in_its_row() {
        // Only the 2 hidden: its row total minus the other cell of the row gives it back.
        Map<List<String>, Long> body = new LinkedHashMap<>();
        body.put(List.of("0", "0"), null);
        body.put(List.of("0", "1"), 30L);
        body.put(List.of("1", "0"), 40L);
        body.put(List.of("1", "1"), 50L);
        Map<List<String>, Long> truth = new HashMap<>(body);
        truth.put(List.of("0", "0"), 2L);
        List<DisclosureChecker.Table> tables = List.of(
                new DisclosureChecker.Table(List.of(), Map.of(List.of(), 122L), Map.of(List.of(), 122L)),
                new DisclosureChecker.Table(List.of("a"), Map.of(List.of("0"), 32L, List.of("1"), 90L),
                        Map.of(List.of("0"), 32L, List.of("1"), 90L)),
                new DisclosureChecker.Table(List.of("b"), Map.of(List.of("0"), 42L, List.of("1"), 80L),
                        Map.of(List.of("0"), 42L, List.of("1"), 80L)),
                new DisclosureChecker.Table(List.of("a", "b"), body, truth));

        assertThat(DisclosureChecker.problems(tables, 5)).anyMatch(p -> p.startsWith("recomputed by differences"))
                .anyMatch(p -> p.startsWith("recomputed by solving")).anyMatch(p -> p.startsWith("pinned"));
    }

    private static void addUnits(List<int[]> units, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            units.add(new int[] {a, b});
        }
    }

    static List<DisclosureChecker.Table> checkerTables(PublicFamily family, List<PublicSnapshot.Table> published,
                                                       List<int[]> units) {
        List<DisclosureChecker.Table> tables = new ArrayList<>();
        List<PublicAxis> axes = family.axes();
        for (PublicSnapshot.Table table : published) {
            Map<List<String>, Long> cells = new LinkedHashMap<>();
            for (PublicSnapshot.Cell cell : table.cells()) {
                cells.put(table.by().stream().map(axis -> cell.at().get(axis)).toList(), cell.count());
            }
            Map<List<String>, Long> truth = new HashMap<>();
            for (int[] unit : units) {
                List<String> values = new ArrayList<>();
                for (String key : table.by()) {
                    int a = indexOf(axes, key);
                    values.add(axes.get(a).codes().get(unit[a]));
                }
                truth.merge(values, 1L, Long::sum);
            }
            tables.add(new DisclosureChecker.Table(table.by(), cells, truth));
        }
        return tables;
    }

    private static int indexOf(List<PublicAxis> axes, String key) {
        for (int a = 0; a < axes.size(); a++) {
            if (axes.get(a).key().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException(key);
    }

    @Provide
    Arbitrary<Population> populations() {
        return Combinators.combine(Arbitraries.of(PublicFamily.values()), Arbitraries.integers().between(0, 160),
                Arbitraries.integers().between(3, 7), Arbitraries.longs()).as((family, size, threshold, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    int[] sizes = family.sizes();
                    List<int[]> units = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        units.add(skewed(sizes, random));
                    }
                    return new Population(family, units, threshold);
                });
    }

    @Provide
    Arbitrary<Catalogue> catalogues() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(3, 6), Arbitraries.longs()).as((axes, size, threshold, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    int[] sizes = new int[axes];
                    for (int a = 0; a < axes; a++) {
                        sizes[a] = 2 + random.nextInt(5);
                    }
                    List<int[]> tables = new ArrayList<>();
                    tables.add(new int[0]);
                    for (int a = 0; a < axes; a++) {
                        tables.add(new int[] {a});
                    }
                    for (int a = 0; a < axes; a++) {
                        for (int b = a + 1; b < axes; b++) {
                            if (random.nextInt(3) > 0) {
                                tables.add(new int[] {a, b});
                            }
                        }
                    }
                    List<int[]> units = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        units.add(skewed(sizes, random));
                    }
                    return new Catalogue(sizes, tables, units, threshold);
                });
    }

    /** Values drawn so that the first values are common and the last rare, as real populations are. */
    private static int[] skewed(int[] sizes, java.util.Random random) {
        int[] unit = new int[sizes.length];
        for (int a = 0; a < sizes.length; a++) {
            int v = 0;
            while (v < sizes[a] - 1 && random.nextInt(3) == 0) {
                v++;
            }
            unit[a] = random.nextInt(4) == 0 ? random.nextInt(sizes[a]) : v;
        }
        return unit;
    }

    @Property(tries = 5)
    void the_same_counts_always_give_the_same_suppression(@ForAll @IntRange(min = 0, max = 100) int size) {
        java.util.Random random = new java.util.Random(size);
        List<int[]> units = new ArrayList<>();
        int[] sizes = PublicFamily.ARRESTED.sizes();
        for (int i = 0; i < size; i++) {
            units.add(skewed(sizes, random));
        }
        assertThat(PublicFigures.tables(PublicFamily.ARRESTED, units, 5, null))
                .isEqualTo(PublicFigures.tables(PublicFamily.ARRESTED, units, 5, null));
    }
}
