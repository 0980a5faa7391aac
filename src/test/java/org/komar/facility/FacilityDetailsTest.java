package org.komar.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** A facility as someone asks for it: a list of sections given with empty entries is the sections that are there. */
class FacilityDetailsTest {

    @Test
    void empty_entries_in_the_sections_are_no_section_not_a_failure() {
        FacilityDetails.SectionPlaces boys = new FacilityDetails.SectionPlaces("JUVENILE", "MALE", 40);
        FacilityDetails details = new FacilityDetails("PR-12-01", "Prey Sar", null, "PRISON", "12", 40, true, true,
                Arrays.asList(null, boys));

        assertThat(details.sections()).containsExactly(boys);
    }
}
