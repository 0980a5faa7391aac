package org.komar.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgeAssessmentTest {

    private static final LocalDate OFFENCE = LocalDate.of(2026, 1, 10);

    @Test
    void a_documented_day_precise_birth_date_gives_completed_years() {
        AgeAssessment age = new AgeAssessment(List.of(
                new BirthDateClaim(LocalDate.of(2010, 1, 10), Precision.DAY, Evidence.BIRTH_CERTIFICATE)));

        assertThat(age.ageOn(OFFENCE)).contains(16);
        assertThat(age.ageOn(OFFENCE.minusDays(1))).contains(15);
        assertThat(age.inDoubt()).isFalse();
    }

    @Test
    void a_year_only_claim_is_read_as_the_last_day_of_that_year() {
        AgeAssessment age = new AgeAssessment(List.of(
                new BirthDateClaim(LocalDate.of(2010, 6, 1), Precision.YEAR, Evidence.FAMILY_BOOK)));

        assertThat(age.assumedBirthDate()).contains(LocalDate.of(2010, 12, 31));
        assertThat(age.ageOn(OFFENCE)).contains(15);
        assertThat(age.oldestAgeOn(OFFENCE)).contains(16);
    }

    @Test
    void a_month_only_claim_is_read_as_the_last_day_of_that_month() {
        AgeAssessment age = new AgeAssessment(List.of(
                new BirthDateClaim(LocalDate.of(2012, 2, 3), Precision.MONTH, Evidence.SCHOOL_RECORD)));

        assertThat(age.assumedBirthDate()).contains(LocalDate.of(2012, 2, 29));
    }

    @Test
    void conflicting_claims_give_the_youngest_age_and_raise_a_doubt() {
        AgeAssessment age = new AgeAssessment(List.of(
                new BirthDateClaim(LocalDate.of(2008, 3, 1), Precision.DAY, Evidence.ID_CARD),
                new BirthDateClaim(LocalDate.of(2012, 3, 1), Precision.DAY, Evidence.DECLARATION)));

        assertThat(age.ageOn(OFFENCE)).contains(13);
        assertThat(age.conflicting()).isTrue();
        assertThat(age.inDoubt()).isTrue();
    }

    @Test
    void overlapping_claims_do_not_conflict() {
        AgeAssessment age = new AgeAssessment(List.of(
                new BirthDateClaim(LocalDate.of(2010, 5, 20), Precision.DAY, Evidence.BIRTH_CERTIFICATE),
                new BirthDateClaim(LocalDate.of(2010, 1, 1), Precision.YEAR, Evidence.DECLARATION)));

        assertThat(age.conflicting()).isFalse();
        assertThat(age.assumedBirthDate()).contains(LocalDate.of(2010, 12, 31));
    }

    @Test
    void only_a_declaration_leaves_the_age_in_doubt() {
        AgeAssessment age = new AgeAssessment(List.of(
                new BirthDateClaim(LocalDate.of(2010, 5, 20), Precision.DAY, Evidence.DECLARATION)));

        assertThat(age.documented()).isFalse();
        assertThat(age.inDoubt()).isTrue();
    }

    @Test
    void without_any_claim_the_age_is_unknown_and_in_doubt() {
        AgeAssessment age = new AgeAssessment(List.of());

        assertThat(age.ageOn(OFFENCE)).isEmpty();
        assertThat(age.inDoubt()).isTrue();
    }
}
