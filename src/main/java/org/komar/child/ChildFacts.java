package org.komar.child;

import java.util.Optional;

import org.komar.shared.ChildId;

/**
 * What derived views need of a child to count, age and disaggregate them (sex, the birth-date claim made at
 * registration, disability, ethnicity, nationality), without names: read without an actor by
 * {@link ChildService#facts}, never shown to a person as such.
 */
public record ChildFacts(ChildId id, Sex sex, BirthDateClaim birthClaim, boolean disability, Ethnicity ethnicity,
                         String nationality) {

    public Optional<BirthDateClaim> registeredBirthClaim() {
        return Optional.ofNullable(birthClaim);
    }
}
