package org.komar.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Age from birth-date claims, with the benefit of the doubt going to the child (JJL Art. 9): the age used is the
 * youngest any claim allows, i.e. from the latest possible birth day over all claims. The age is in doubt (rule
 * AGE-1) when no claim rests on a document, or when claims contradict each other (their possible ranges do not
 * overlap). With no claim at all the age is unknown, and in doubt.
 */
public record AgeAssessment(List<BirthDateClaim> claims) {

    public AgeAssessment {
        claims = List.copyOf(claims);
    }

    /** The birth day used for every age: the latest possible over all claims. */
    public Optional<LocalDate> assumedBirthDate() {
        return claims.stream().map(BirthDateClaim::latestPossible).max(Comparator.naturalOrder());
    }

    /** Completed years on {@code day}, by the youngest reading; empty when no claim exists. */
    public Optional<Integer> ageOn(LocalDate day) {
        return assumedBirthDate().map(birth -> day.isBefore(birth) ? 0 : Period.between(birth, day).getYears());
    }

    /** The oldest age any claim allows on {@code day} (shown beside the age used when claims differ). */
    public Optional<Integer> oldestAgeOn(LocalDate day) {
        return claims.stream().map(BirthDateClaim::earliestPossible).min(Comparator.naturalOrder())
                .map(birth -> day.isBefore(birth) ? 0 : Period.between(birth, day).getYears());
    }

    public boolean documented() {
        return claims.stream().anyMatch(claim -> claim.evidence().documentary());
    }

    /** Claims whose possible birth ranges do not all overlap. */
    public boolean conflicting() {
        Optional<LocalDate> latestStart = claims.stream().map(BirthDateClaim::earliestPossible)
                .max(Comparator.naturalOrder());
        Optional<LocalDate> earliestEnd = claims.stream().map(BirthDateClaim::latestPossible)
                .min(Comparator.naturalOrder());
        return latestStart.isPresent() && latestStart.get().isAfter(earliestEnd.get());
    }

    public boolean inDoubt() {
        return claims.isEmpty() || !documented() || conflicting();
    }
}
