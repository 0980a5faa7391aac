package org.komar.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/** Counting the children held at a moment: one child once, by facility, province, sex, age band and status. */
class CensusTest {

    private static final Instant AS_OF = Instant.parse("2026-06-30T10:00:00Z");

    private static HeldRow row(ChildId child, String facility, LegalStatus status, String sex, int age,
                               Boolean separated, boolean past) {
        boolean caregiver = status == LegalStatus.WITH_CAREGIVER;
        return new HeldRow(CaseId.random(), child, facility, status, separated, caregiver,
                status != LegalStatus.WITH_CAREGIVER && status != LegalStatus.CARE, sex,
                LocalDate.of(2026, 6, 1).minusYears(age), facility == null ? "17" : "12", AS_OF, AS_OF, past);
    }

    private static ChildId child() {
        return new ChildId(UUID.randomUUID());
    }

    @Test
    void a_child_held_in_two_cases_counts_once_in_the_first_status_and_past_a_limit_if_either_case_is() {
        ChildId twice = child();
        List<HeldRow> rows = List.of(
                row(twice, "CC2", LegalStatus.CONVICTED, "M", 16, true, false),
                row(twice, "CC2", LegalStatus.PRETRIAL, "M", 16, true, true),
                row(child(), "CC2", LegalStatus.CONVICTED, "F", 15, false, false),
                row(child(), null, LegalStatus.POLICE_CUSTODY, "M", 13, null, false),
                row(child(), "CC2", LegalStatus.WITH_CAREGIVER, "F", 1, false, false));

        Census census = Census.of(rows, Events::lookup, AS_OF, true, true);

        assertThat(census.total()).isEqualTo(3);
        assertThat(census.pretrial()).isEqualTo(2);
        assertThat(census.pretrialPercent()).isEqualTo(66.7);
        assertThat(census.pastLimit()).isEqualTo(1);
        assertThat(census.notSeparated()).isEqualTo(1);
        assertThat(census.accompanying()).isEqualTo(1);
        assertThat(Census.of(census.byStatus(), "PRETRIAL")).isEqualTo(1);
        assertThat(Census.of(census.byStatus(), "CONVICTED")).isEqualTo(1);
        assertThat(Census.of(census.bySex(), "F")).isEqualTo(1);
        assertThat(Census.of(census.byAgeBand(), "UNDER_14")).isEqualTo(1);
        assertThat(Census.of(census.byAgeBand(), "AGE_16_17")).isEqualTo(1);
        assertThat(Census.of(census.byProvince(), "12")).isEqualTo(2);
        assertThat(Census.of(census.byProvince(), "17")).isEqualTo(1);
        Census.FacilityCount cc2 = census.facilities().get(0);
        assertThat(cc2.code()).isEqualTo("CC2");
        assertThat(cc2.held()).isEqualTo(2);
        assertThat(cc2.accompanying()).isEqualTo(1);
        assertThat(cc2.capacity()).as("places for minors").isEqualTo(30);
        assertThat(census.facilities()).extracting(Census.FacilityCount::code)
                .containsExactly("CC2", CensusFilter.UNKNOWN_FACILITY);
    }

    @Test
    void the_list_behind_a_number_holds_exactly_the_children_counted_in_it() {
        ChildId girl = child();
        List<HeldRow> rows = List.of(
                row(girl, "CC2", LegalStatus.PRETRIAL, "F", 15, true, true),
                row(child(), "CC2", LegalStatus.CONVICTED, "M", 17, true, false),
                row(child(), "PRI-17", LegalStatus.PRETRIAL, "M", 17, false, false));
        LocalDate day = LocalDate.of(2026, 6, 30);

        List<HeldRow> pastLimit = Census.perChild(rows).stream()
                .filter(r -> new CensusFilter(null, null, null, null, null, null, true, false, false).matches(r, day))
                .toList();
        List<HeldRow> boysPretrial = Census.perChild(rows).stream()
                .filter(r -> new CensusFilter(null, null, "M", null, null, true, false, false, false).matches(r, day))
                .toList();

        assertThat(pastLimit).extracting(HeldRow::childId).containsExactly(girl);
        assertThat(boysPretrial).extracting(HeldRow::facility).containsExactly("PRI-17");
        assertThat(Census.of(rows, Events::lookup, Instant.parse("2026-06-30T10:00:00Z"), true, true).pastLimit())
                .isEqualTo(pastLimit.size());
    }
}
