package org.komar.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.komar.access.AgencyId;
import org.komar.cases.CaseOutline;
import org.komar.cases.CaseRole;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;

/**
 * Re-offending after a release, as a pure function of the releases followed and the cases of their children. A
 * later case of the same child in conflict with the law re-offends within {@code n} months of a release when the
 * matter began (its offence date, else when it was opened) on or after the day of release and no later than the
 * same day {@code n} months on (both days included). A release counts in a window's denominator only once it is
 * old enough to have been followed for the whole window ({@code asOf} at or after release plus {@code n} months).
 */
public final class Recidivism {

    /** The two windows reported. */
    public static final List<Integer> WINDOWS = List.of(6, 12);

    /** A release that an aftercare programme followed. */
    public record Release(CaseId caseId, AgencyId agency, String programme, Instant releasedAt) {
    }

    /** Re-offences {@code numerator} among {@code denominator} releases followed for the window. */
    public record Rate(long numerator, long denominator) {

        /** Percent with one decimal; null when no release was followed long enough. */
        public Double percent() {
            return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
        }
    }

    /** One line of the report: an agency and programme (programme null: the agency's total; both null: all). */
    public record Line(AgencyId agency, String programme, long releases, Rate within6, Rate within12) {
    }

    private Recidivism() {
    }

    /** The first later case that re-offends within {@code months} of the release, if any. */
    public static Optional<CaseOutline> reoffence(Release release, Collection<CaseOutline> casesOfChild, int months) {
        LocalDate day = LocalDate.ofInstant(release.releasedAt(), Cambodia.ZONE);
        LocalDate last = day.plusMonths(months);
        return casesOfChild.stream()
                .filter(c -> !c.id().equals(release.caseId()) && c.role() == CaseRole.CONFLICT_WITH_LAW)
                .filter(c -> {
                    if (c.offenceDate() != null) {
                        return !c.offenceDate().isBefore(day) && !c.offenceDate().isAfter(last);
                    }
                    LocalDate opened = LocalDate.ofInstant(c.openedAt(), Cambodia.ZONE);
                    return c.openedAt().isAfter(release.releasedAt()) && !opened.isAfter(last);
                })
                .min(Comparator.comparing(c -> c.offenceDate() != null ? c.offenceDate()
                        : LocalDate.ofInstant(c.openedAt(), Cambodia.ZONE)));
    }

    /** Whether the release has been followed for the whole window by {@code asOf}. */
    public static boolean followed(Release release, int months, Instant asOf) {
        return !release.releasedAt().atZone(Cambodia.ZONE).plusMonths(months).toInstant().isAfter(asOf);
    }

    /**
     * Lines per agency and programme, then per agency, then the total, from the releases and each release's
     * child's cases ({@code casesOf}).
     */
    public static List<Line> report(List<Release> releases, java.util.function.Function<Release,
            Collection<CaseOutline>> casesOf, Instant asOf) {
        Map<List<Object>, long[]> tallies = new LinkedHashMap<>();
        List<Release> sorted = new ArrayList<>(releases);
        sorted.sort(Comparator.comparing((Release r) -> r.agency().toString()).thenComparing(Release::programme));
        for (Release release : sorted) {
            Collection<CaseOutline> cases = casesOf.apply(release);
            long[] counts = new long[5];
            counts[0] = 1;
            if (followed(release, 6, asOf)) {
                counts[2] = 1;
                counts[1] = reoffence(release, cases, 6).isPresent() ? 1 : 0;
            }
            if (followed(release, 12, asOf)) {
                counts[4] = 1;
                counts[3] = reoffence(release, cases, 12).isPresent() ? 1 : 0;
            }
            add(tallies, java.util.Arrays.asList(release.agency(), release.programme()), counts);
            add(tallies, java.util.Arrays.asList(release.agency(), null), counts);
            add(tallies, java.util.Arrays.asList(null, null), counts);
        }
        List<Line> lines = new ArrayList<>();
        tallies.forEach((key, t) -> lines.add(new Line((AgencyId) key.get(0), (String) key.get(1), t[0],
                new Rate(t[1], t[2]), new Rate(t[3], t[4]))));
        lines.sort(Comparator.comparing((Line l) -> l.agency() == null ? 1 : 0)
                .thenComparing(l -> l.agency() == null ? "" : l.agency().toString())
                .thenComparing(l -> l.programme() == null ? 1 : 0)
                .thenComparing(l -> l.programme() == null ? "" : l.programme()));
        return lines;
    }

    private static void add(Map<List<Object>, long[]> tallies, List<Object> key, long[] counts) {
        long[] t = tallies.computeIfAbsent(key, k -> new long[5]);
        for (int i = 0; i < counts.length; i++) {
            t[i] += counts[i];
        }
    }
}
