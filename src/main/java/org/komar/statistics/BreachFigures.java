package org.komar.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.komar.access.AgencyId;
import org.komar.shared.CaseId;
import org.komar.worklist.BreachRecords.Breach;

/**
 * Safeguard breaches of a period counted by rule, by province and by court, and crossed (rule × province × court)
 * for the export. Pure: the breaches and each case's court come in, the counts go out; a case never before a court
 * counts under no court ({@code null}).
 */
record BreachFigures(long total, long cases, List<Line> byRule, List<Line> byProvince, List<Line> byCourt,
                     List<Cross> crossed) {

    /** One row: the key (rule code, province code or court id), its breaches, the cases with one, its top rule. */
    record Line(String key, long breaches, long cases, String topRule) {
    }

    /** One cell of the full crossing. */
    record Cross(String rule, String province, String court, long breaches) {
    }

    static BreachFigures of(List<Breach> breaches, Map<CaseId, AgencyId> courts) {
        Map<String, Group> rules = new TreeMap<>();
        Map<String, Group> provinces = new TreeMap<>();
        Map<String, Group> byCourt = new HashMap<>();
        Map<List<String>, Long> crossed = new TreeMap<>(Comparator.comparing((List<String> k) -> k.toString()));
        java.util.Set<CaseId> all = new java.util.HashSet<>();
        for (Breach breach : breaches) {
            AgencyId court = courts.get(breach.caseId());
            String courtKey = court == null ? null : court.value().toString();
            String province = breach.province() == null ? Dimension.UNKNOWN_PROVINCE : breach.province();
            rules.computeIfAbsent(breach.rule(), k -> new Group()).add(breach);
            provinces.computeIfAbsent(province, k -> new Group()).add(breach);
            byCourt.computeIfAbsent(courtKey, k -> new Group()).add(breach);
            crossed.merge(java.util.Arrays.asList(breach.rule(), province, courtKey), 1L, Long::sum);
            all.add(breach.caseId());
        }
        List<Cross> cells = new ArrayList<>();
        crossed.forEach((key, count) -> cells.add(new Cross(key.get(0), key.get(1), key.get(2), count)));
        return new BreachFigures(breaches.size(), all.size(), lines(rules), lines(provinces), lines(byCourt), cells);
    }

    private static List<Line> lines(Map<String, Group> groups) {
        List<Line> lines = new ArrayList<>();
        groups.forEach((key, group) -> lines.add(new Line(key, group.breaches, group.cases.size(), group.topRule())));
        lines.sort(Comparator.comparingLong(Line::breaches).reversed().thenComparing(Line::key,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return lines;
    }

    private static final class Group {
        long breaches;
        final java.util.Set<CaseId> cases = new java.util.HashSet<>();
        final Map<String, Long> rules = new TreeMap<>();

        void add(Breach breach) {
            breaches++;
            cases.add(breach.caseId());
            rules.merge(breach.rule(), 1L, Long::sum);
        }

        String topRule() {
            return rules.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }
}
