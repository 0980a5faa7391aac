package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.statistics.Timelines.aCase;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.komar.cases.CaseRole;
import org.komar.cases.OffenceClass;
import org.komar.cases.OffenceCode;
import org.komar.child.BirthDateClaim;
import org.komar.child.Ethnicity;
import org.komar.child.Evidence;
import org.komar.child.Precision;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.timeline.EventType;

class CaseSubjectTest {

    private static CaseSubject subject(BirthDateClaim claim, LocalDate offence, Ethnicity ethnicity,
                                       String nationality) {
        return new CaseSubject(CaseId.random(), ChildId.random(), CaseRole.CONFLICT_WITH_LAW,
                OffenceCode.DRUG_POSSESSION, OffenceClass.MISDEMEANOUR, "17", "F", true, ethnicity, nationality, claim,
                offence);
    }

    @Test
    void the_age_band_is_the_age_at_the_offence_by_the_youngest_credible_claim() {
        BirthDateClaim fourteenOnTheDay = new BirthDateClaim(LocalDate.of(2012, 3, 1), Precision.DAY,
                Evidence.BIRTH_CERTIFICATE);
        assertThat(subject(fourteenOnTheDay, LocalDate.of(2026, 3, 1), Ethnicity.KHMER, "KH")
                .ageBand(aCase().timeline())).isEqualTo("AGE_14_15");
        assertThat(subject(fourteenOnTheDay, LocalDate.of(2026, 2, 28), Ethnicity.KHMER, "KH")
                .ageBand(aCase().timeline())).isEqualTo("UNDER_14");
        // A later claim of a younger age gives the child the benefit of the doubt; a year alone means its last day.
        assertThat(subject(fourteenOnTheDay, LocalDate.of(2026, 3, 1), Ethnicity.KHMER, "KH")
                .ageBand(aCase().add(EventType.AGE_CLAIM_RECORDED, "2026-03-02T08:00", "birthDate", "2012-06-01",
                        "precision", "DAY", "evidence", "DECLARATION").timeline())).isEqualTo("UNDER_14");
        assertThat(subject(null, LocalDate.of(2026, 3, 1), Ethnicity.KHMER, "KH").ageBand(aCase().timeline()))
                .isEqualTo("UNKNOWN");
        assertThat(CaseSubject.band(13)).isEqualTo("UNDER_14");
        assertThat(CaseSubject.band(16)).isEqualTo("AGE_16_17");
        assertThat(CaseSubject.band(17)).isEqualTo("AGE_16_17");
        assertThat(CaseSubject.band(18)).isEqualTo("AGE_18_PLUS");
    }

    @Test
    void ethnic_groups_and_nationalities_are_grouped_so_that_indigenous_and_stateless_children_show() {
        assertThat(CaseSubject.ethnicityGroup(Ethnicity.BUNONG)).isEqualTo("INDIGENOUS");
        assertThat(CaseSubject.ethnicityGroup(Ethnicity.OTHER_INDIGENOUS)).isEqualTo("INDIGENOUS");
        assertThat(CaseSubject.ethnicityGroup(Ethnicity.CHAM)).isEqualTo("CHAM");
        assertThat(CaseSubject.ethnicityGroup(Ethnicity.LAO)).isEqualTo("OTHER");
        assertThat(CaseSubject.ethnicityGroup(null)).isEqualTo("UNKNOWN");
        assertThat(CaseSubject.nationalityGroup("KH")).isEqualTo("CAMBODIAN");
        assertThat(CaseSubject.nationalityGroup("VN")).isEqualTo("FOREIGN");
        assertThat(CaseSubject.nationalityGroup("STATELESS")).isEqualTo("STATELESS");
        assertThat(CaseSubject.nationalityGroup(null)).isEqualTo("UNKNOWN");
    }

    @Test
    void the_profile_places_the_case_on_every_dimension() {
        Profile profile = subject(new BirthDateClaim(LocalDate.of(2010, 1, 1), Precision.YEAR, Evidence.NONE),
                LocalDate.of(2026, 3, 1), Ethnicity.KUY, "STATELESS").profile(aCase().timeline());

        assertThat(profile.values()).containsEntry(Dimension.SEX, "F").containsEntry(Dimension.AGE_BAND, "AGE_14_15")
                .containsEntry(Dimension.PROVINCE, "17").containsEntry(Dimension.OFFENCE_CLASS, "MISDEMEANOUR")
                .containsEntry(Dimension.DRUG, "YES").containsEntry(Dimension.DISABILITY, "YES")
                .containsEntry(Dimension.ETHNICITY, "INDIGENOUS").containsEntry(Dimension.NATIONALITY, "STATELESS")
                .containsEntry(Dimension.ROLE, "CONFLICT_WITH_LAW");
    }
}
