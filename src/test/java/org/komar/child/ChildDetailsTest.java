package org.komar.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The facts entered about a child: a list given with empty entries is taken as the entries that are there. */
class ChildDetailsTest {

    @Test
    void empty_entries_in_the_languages_are_no_language_not_a_failure() {
        // A JSON body with "languages": [null, "km", null] once failed the whole request with a server error.
        ChildDetails details = new ChildDetails("Sok Dara", null, "M", null, null, null, null, false, null, null, null,
                Arrays.asList(null, "km", null), null);

        assertThat(details.languages()).containsExactly("km");
        assertThat(details.guardians()).isEmpty();
    }
}
