package org.komar.safeguards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every version of the rule set, ordered by effective date (then version). {@link #inForceAt} answers which one
 * judges a rule whose triggering event happened at a given instant: a case is judged by the law as it stood when the
 * event happened, not as it stands today. An event before the first version's date is judged by the first version.
 * Immutable and shared between threads.
 */
public final class RuleSetHistory {

    private final RuleSet[] versions;

    public RuleSetHistory(List<RuleSet> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a rule set history needs at least one version");
        }
        List<RuleSet> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(RuleSet::effectiveFrom).thenComparingInt(RuleSet::version));
        this.versions = sorted.toArray(RuleSet[]::new);
    }

    /** Only the law's values, in force since 1 January 2017 (the Juvenile Justice Law took effect early in 2017). */
    public static RuleSetHistory lawOnly() {
        return new RuleSetHistory(List.of(RuleSet.defaults(1, LocalDate.of(2017, 1, 1))));
    }

    public RuleSet inForceAt(Instant instant) {
        for (int i = versions.length - 1; i > 0; i--) {
            if (!versions[i].effectiveAt().isAfter(instant)) {
                return versions[i];
            }
        }
        return versions[0];
    }

    /** The version with the highest number (the most recently made). */
    public RuleSet latest() {
        RuleSet latest = versions[0];
        for (RuleSet candidate : versions) {
            if (candidate.version() > latest.version()) {
                latest = candidate;
            }
        }
        return latest;
    }

    /** Newest version first. */
    public List<RuleSet> versions() {
        List<RuleSet> list = new ArrayList<>(List.of(versions));
        list.sort(Comparator.comparingInt(RuleSet::version).reversed());
        return list;
    }
}
