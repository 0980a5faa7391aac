package org.komar.statistics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published figures as computed at one moment and stored whole: for each complete year published, every table
 * of the catalogue ({@link PublicFamily}) with its counts, a suppressed count being null, the rates per 100,000
 * children where a population table gives the denominator, and the answers to the policy indicators. Times are ISO
 * strings in Cambodia's offset. Nothing here can name a child, and nothing suppressed is kept.
 */
public record PublicSnapshot(String computedAt, int threshold, List<Year> years) {

    /** The child-population table the rates of a year are computed with. */
    public record PopulationRef(String name, int referenceYear, String source) {
    }

    /** One published year: flows over the calendar year, stocks at its last moment. */
    public record Year(int year, String from, String to, String asOf, PopulationRef population, boolean detentionRecords,
                List<Table> tables, List<Policy> policy) {

        Optional<Table> table(PublicFamily family, List<String> by) {
            return tables.stream().filter(t -> t.family().equals(family.name()) && t.by().equals(by)).findFirst();
        }
    }

    /** One table: the family it counts and the axes it is broken down by (none: the total). */
    public record Table(String family, List<String> by, List<Cell> cells) {

        Optional<Cell> cell(Map<String, String> at) {
            return cells.stream().filter(c -> c.at().equals(at)).findFirst();
        }
    }

    /** A cell: its value on each axis of the table, the count (null: suppressed) and the rate per 100,000. */
    public record Cell(Map<String, String> at, Long count, Double rate) {

        boolean suppressed() {
            return count == null;
        }
    }

    /** A policy indicator (12 to 15): the answer in force and, for 12 and 13, the places of detention counted. */
    public record Policy(int number, String answer, String evidence, String effectiveFrom, Long numerator, Long denominator,
                  Double value) {
    }

    Optional<Year> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }
}
