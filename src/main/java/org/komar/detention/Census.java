package org.komar.detention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.komar.facility.Facility;
import org.komar.shared.Cambodia;
import org.komar.shared.ChildId;

/**
 * The children deprived of liberty at a moment, counted: in total, not finally sentenced ({@code pretrial}: police
 * custody, pre-trial detention, awaiting appeal), held past a legal limit, not separated from adults, held with no
 * order; by facility (with its capacity for minors), province, sex, age band and legal status. A child held in two
 * cases at once counts once, in the status that comes first in {@link LegalStatus} and past a limit if either case
 * is. Children living with a parent ({@code accompanying}) are counted apart: they are not deprived of liberty in
 * their own right. {@code national}: every case; otherwise the cases in the viewer's scope. {@code limitsKnown}:
 * whether the safeguards engine answered (when not, {@code pastLimit} is zero and says nothing).
 */
public record Census(Instant asOf, boolean national, boolean limitsKnown, long total, long pretrial, long pastLimit,
                     long notSeparated, long noOrder, long accompanying, List<FacilityCount> facilities,
                     List<Count> byProvince, List<Count> bySex, List<Count> byAgeBand, List<Count> byStatus) {

    /** One facility's line ({@code facility} null for children held where the timeline does not say). */
    public record FacilityCount(String code, Facility facility, long held, long pretrial, long pastLimit,
                                long notSeparated, long accompanying, Integer capacity) {

        /** Whether {@code capacity} counts the places for minors (else the whole facility's, sections unknown). */
        public boolean capacityForMinors() {
            return facility != null && facility.minorsCapacity().isPresent();
        }

        /** Children held as a share of the places for minors (null when the capacity is not known or zero). */
        public Integer occupancyPercent() {
            return capacity == null || capacity == 0 ? null : (int) Math.round(held * 100.0 / capacity);
        }
    }

    /** One cell of a breakdown: its key (a code or enum name) and the number of children. */
    public record Count(String key, long value) {
    }

    /** Share of children held not finally sentenced, in percent (null when nobody is held). */
    public Double pretrialPercent() {
        return total == 0 ? null : Math.round(pretrial * 1000.0 / total) / 10.0;
    }

    static Census of(List<HeldRow> rows, Function<String, Optional<Facility>> facilities, Instant asOf,
                     boolean national, boolean limitsKnown) {
        LocalDate day = LocalDate.ofInstant(asOf, Cambodia.ZONE);
        List<HeldRow> held = perChild(rows);
        Map<String, long[]> byFacility = new LinkedHashMap<>();
        Map<String, Long> province = new TreeMap<>();
        Map<String, Long> sex = new TreeMap<>();
        Map<AgeBand, Long> band = new EnumMap<>(AgeBand.class);
        Map<LegalStatus, Long> status = new EnumMap<>(LegalStatus.class);
        long pretrial = 0;
        long past = 0;
        long notSeparated = 0;
        long noOrder = 0;
        for (HeldRow row : held) {
            long[] line = byFacility.computeIfAbsent(key(row), k -> new long[5]);
            line[0]++;
            if (row.status().preSentence()) {
                pretrial++;
                line[1]++;
            }
            if (row.pastLimit()) {
                past++;
                line[2]++;
            }
            if (row.notSeparated()) {
                notSeparated++;
                line[3]++;
            }
            noOrder += row.status() == LegalStatus.NO_ORDER ? 1 : 0;
            province.merge(row.province() == null ? "UNKNOWN" : row.province(), 1L, Long::sum);
            sex.merge(row.sex() == null ? "UNKNOWN" : row.sex(), 1L, Long::sum);
            band.merge(AgeBand.of(row.birthDate(), day), 1L, Long::sum);
            status.merge(row.status(), 1L, Long::sum);
        }
        List<HeldRow> accompanying = accompanying(rows);
        for (HeldRow row : accompanying) {
            byFacility.computeIfAbsent(key(row), k -> new long[5])[4]++;
        }
        List<FacilityCount> lines = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : byFacility.entrySet()) {
            Facility facility = CensusFilter.UNKNOWN_FACILITY.equals(entry.getKey()) ? null
                    : facilities.apply(entry.getKey()).orElse(null);
            long[] c = entry.getValue();
            Integer capacity = facility == null ? null : facility.minorsCapacity().orElse(facility.capacity());
            lines.add(new FacilityCount(entry.getKey(), facility, c[0], c[1], c[2], c[3], c[4], capacity));
        }
        lines.sort(Comparator.comparingLong(FacilityCount::held).reversed()
                .thenComparing(FacilityCount::accompanying, Comparator.reverseOrder())
                .thenComparing(FacilityCount::code));
        return new Census(asOf, national, limitsKnown, held.size(), pretrial, past, notSeparated, noOrder,
                accompanying.size(), lines, counts(province), counts(sex), counts(band), counts(status));
    }

    /** The children deprived of liberty, one row per child (see the class comment for which row). */
    static List<HeldRow> perChild(List<HeldRow> rows) {
        Map<ChildId, HeldRow> chosen = new LinkedHashMap<>();
        Map<ChildId, Boolean> past = new HashMap<>();
        for (HeldRow row : rows) {
            if (!row.deprived()) {
                continue;
            }
            past.merge(row.childId(), row.pastLimit(), Boolean::logicalOr);
            chosen.merge(row.childId(), row, (a, b) -> b.status().ordinal() < a.status().ordinal() ? b : a);
        }
        return chosen.values().stream().map(row -> row.withPastLimit(past.get(row.childId()))).toList();
    }

    /** Children living with a parent, one row per child. */
    static List<HeldRow> accompanying(List<HeldRow> rows) {
        Map<ChildId, HeldRow> chosen = new LinkedHashMap<>();
        for (HeldRow row : rows) {
            if (row.withCaregiver()) {
                chosen.putIfAbsent(row.childId(), row);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private static String key(HeldRow row) {
        return row.facility() == null ? CensusFilter.UNKNOWN_FACILITY : row.facility();
    }

    private static <K> List<Count> counts(Map<K, Long> map) {
        List<Count> counts = new ArrayList<>();
        map.forEach((k, v) -> counts.add(new Count(k instanceof Enum<?> e ? e.name() : String.valueOf(k), v)));
        return counts;
    }

    /** The count of one key of a breakdown, zero when absent. */
    public static long of(List<Count> counts, String key) {
        return counts.stream().filter(c -> c.key().equals(key)).mapToLong(Count::value).sum();
    }
}
