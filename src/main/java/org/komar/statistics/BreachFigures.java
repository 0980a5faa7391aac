package org.komar.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.komar.worklist.BreachRecords.Cell;

/**
 * Safeguard breaches of a period counted by rule, by province and by court, and crossed (rule × province × court)
 * for the export. Pure: the cells counted in the database come in ({@code BreachRecords}), the figures go out; a case
 * never before a court counts under no court ({@code null}).
 */
record BreachFigures(long total, long cases, List<Line> byRule, List<Line> byProvince, List<Line> byCourt,
                     List<Cross> crossed) {

    /** One row: the key (rule code, province code or court id), its breaches, the cases with one, its top rule. */
    record Line(String key, long breaches, long cases, String topRule) {
    }

    /** One cell of the full crossing. */
    record Cross(String rule, String province, String court, long breaches) {
    }

    static BreachFigures of(List<Cell> cells) {
        Map<String, Group> rules = new TreeMap<>();
        Map<String, Group> provinces = new TreeMap<>();
        Map<String, Group> byCourt = new HashMap<>();
        Map<List<String>, Long> crossed = new TreeMap<>(Comparator.comparing((List<String> k) -> k.toString()));
        long total = 0;
        long cases = 0;
        for (Cell cell : cells) {
            String court = cell.court() == null ? null : cell.court().value().toString();
            String province = cell.province() == null ? Dimension.UNKNOWN_PROVINCE : cell.province();
            // A case breaches a rule once: the rule's breaches are its cases.
            rules.computeIfAbsent(cell.rule(), k -> new Group()).add(cell.rule(), cell.breaches(), cell.breaches());
            provinces.computeIfAbsent(province, k -> new Group()).add(cell.rule(), cell.breaches(), cell.ledCases());
            byCourt.computeIfAbsent(court, k -> new Group()).add(cell.rule(), cell.breaches(), cell.ledCases());
            crossed.merge(java.util.Arrays.asList(cell.rule(), province, court), cell.breaches(), Long::sum);
            total += cell.breaches();
            cases += cell.ledCases();
        }
        List<Cross> crossings = new ArrayList<>();
        crossed.forEach((key, count) -> crossings.add(new Cross(key.get(0), key.get(1), key.get(2), count)));
        return new BreachFigures(total, cases, lines(rules), lines(provinces), lines(byCourt), crossings);
    }

    private static List<Line> lines(Map<String, Group> groups) {
        List<Line> lines = new ArrayList<>();
        groups.forEach((key, group) -> lines.add(new Line(key, group.breaches, group.cases, group.topRule())));
        lines.sort(Comparator.comparingLong(Line::breaches).reversed().thenComparing(Line::key,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return lines;
    }

    private static final class Group {
        long breaches;
        long cases;
        final Map<String, Long> rules = new TreeMap<>();

        void add(String rule, long ruleBreaches, long ruleCases) {
            breaches += ruleBreaches;
            cases += ruleCases;
            rules.merge(rule, ruleBreaches, Long::sum);
        }

        String topRule() {
            return rules.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }
}
