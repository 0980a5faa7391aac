package org.komar.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.AgencyId;
import org.komar.cases.CaseOutline;
import org.komar.cases.CaseRole;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/** Re-offending windows at 6 and 12 months, both ends included, and which releases are old enough to count. */
class RecidivismTest {

    private static final ChildId CHILD = new ChildId(UUID.randomUUID());
    private static final Instant RELEASED = at(2026, 1, 15, 10, 0);
    private static final CaseId FIRST = new CaseId(UUID.randomUUID());
    private static final AgencyId NGO = new AgencyId(UUID.randomUUID());
    private static final Recidivism.Release RELEASE = new Recidivism.Release(FIRST, NGO, "Reintegration", RELEASED);

    @Test
    void a_new_offence_on_the_last_day_of_six_months_reoffends_within_six_and_the_next_day_only_within_twelve() {
        assertThat(Recidivism.reoffence(RELEASE, List.of(first(), later(LocalDate.of(2026, 7, 15))), 6)).isPresent();
        assertThat(Recidivism.reoffence(RELEASE, List.of(first(), later(LocalDate.of(2026, 7, 16))), 6)).isEmpty();
        assertThat(Recidivism.reoffence(RELEASE, List.of(later(LocalDate.of(2026, 7, 16))), 12)).isPresent();
        assertThat(Recidivism.reoffence(RELEASE, List.of(later(LocalDate.of(2027, 1, 15))), 12)).isPresent();
        assertThat(Recidivism.reoffence(RELEASE, List.of(later(LocalDate.of(2027, 1, 16))), 12)).isEmpty();
    }

    @Test
    void an_offence_on_the_day_of_release_counts_and_one_before_it_does_not() {
        assertThat(Recidivism.reoffence(RELEASE, List.of(later(LocalDate.of(2026, 1, 15))), 6)).isPresent();
        assertThat(Recidivism.reoffence(RELEASE, List.of(later(LocalDate.of(2026, 1, 14))), 6)).isEmpty();
    }

    @Test
    void without_an_offence_date_the_opening_of_the_new_case_counts_after_the_release() {
        CaseOutline openedLater = new CaseOutline(new CaseId(UUID.randomUUID()), "PP-2", CHILD,
                CaseRole.CONFLICT_WITH_LAW, null, "12", at(2026, 7, 15, 23, 0));
        CaseOutline openedBefore = new CaseOutline(new CaseId(UUID.randomUUID()), "PP-3", CHILD,
                CaseRole.CONFLICT_WITH_LAW, null, "12", at(2026, 1, 15, 9, 0));
        assertThat(Recidivism.reoffence(RELEASE, List.of(openedLater), 6)).isPresent();
        assertThat(Recidivism.reoffence(RELEASE, List.of(openedBefore), 12)).isEmpty();
    }

    @Test
    void the_same_case_and_cases_as_victim_or_witness_are_not_reoffending() {
        CaseOutline asVictim = new CaseOutline(new CaseId(UUID.randomUUID()), "PP-4", CHILD, CaseRole.VICTIM,
                LocalDate.of(2026, 3, 1), "12", at(2026, 3, 2, 9, 0));
        assertThat(Recidivism.reoffence(RELEASE, List.of(first(), asVictim), 12)).isEmpty();
    }

    @Test
    void a_release_counts_in_a_window_only_once_followed_for_all_of_it() {
        assertThat(Recidivism.followed(RELEASE, 6, at(2026, 7, 15, 9, 59))).isFalse();
        assertThat(Recidivism.followed(RELEASE, 6, at(2026, 7, 15, 10, 0))).isTrue();
        assertThat(Recidivism.followed(RELEASE, 12, at(2027, 1, 15, 9, 59))).isFalse();
        assertThat(Recidivism.followed(RELEASE, 12, at(2027, 1, 15, 10, 0))).isTrue();
    }

    @Test
    void the_report_gives_numerators_and_denominators_per_programme_per_agency_and_in_all() {
        AgencyId dosvy = new AgencyId(UUID.randomUUID());
        ChildId other = new ChildId(UUID.randomUUID());
        ChildId third = new ChildId(UUID.randomUUID());
        Recidivism.Release recent = new Recidivism.Release(new CaseId(UUID.randomUUID()), NGO, "Reintegration",
                at(2026, 10, 1, 12, 0));
        Recidivism.Release social = new Recidivism.Release(new CaseId(UUID.randomUUID()), dosvy, "Community care",
                at(2025, 6, 1, 12, 0));
        Map<Recidivism.Release, List<CaseOutline>> cases = Map.of(
                RELEASE, List.of(first(), later(LocalDate.of(2026, 9, 1))),
                recent, List.of(new CaseOutline(new CaseId(UUID.randomUUID()), "PP-9", other,
                        CaseRole.CONFLICT_WITH_LAW, LocalDate.of(2026, 11, 1), "12", at(2026, 11, 2, 8, 0))),
                social, List.<CaseOutline>of());
        assertThat(third).isNotNull();

        List<Recidivism.Line> lines = Recidivism.report(List.of(RELEASE, recent, social), cases::get,
                at(2027, 2, 1, 0, 0));

        Recidivism.Line programme = line(lines, NGO, "Reintegration");
        assertThat(programme.releases()).isEqualTo(2);
        // The October release is not 6 months old yet on 1 February 2027: out of both denominators.
        assertThat(programme.within6()).isEqualTo(new Recidivism.Rate(0, 1));
        assertThat(programme.within12()).isEqualTo(new Recidivism.Rate(1, 1));
        assertThat(programme.within12().percent()).isEqualTo(100.0);
        assertThat(line(lines, dosvy, null).within12()).isEqualTo(new Recidivism.Rate(0, 1));
        Recidivism.Line all = line(lines, null, null);
        assertThat(all.releases()).isEqualTo(3);
        assertThat(all.within6()).isEqualTo(new Recidivism.Rate(0, 2));
        assertThat(all.within12()).isEqualTo(new Recidivism.Rate(1, 2));
        assertThat(all.within12().percent()).isEqualTo(50.0);
        assertThat(lines.get(lines.size() - 1).agency()).isNull();
        assertThat(new Recidivism.Rate(0, 0).percent()).isNull();
    }

    private static Recidivism.Line line(List<Recidivism.Line> lines, AgencyId agency, String programme) {
        return lines.stream().filter(l -> java.util.Objects.equals(l.agency(), agency)
                && java.util.Objects.equals(l.programme(), programme)).findFirst().orElseThrow();
    }

    private static CaseOutline first() {
        return new CaseOutline(FIRST, "PP-1", CHILD, CaseRole.CONFLICT_WITH_LAW, LocalDate.of(2025, 10, 1), "12",
                at(2025, 10, 2, 9, 0));
    }

    private static CaseOutline later(LocalDate offence) {
        return new CaseOutline(new CaseId(UUID.randomUUID()), "PP-" + offence, CHILD, CaseRole.CONFLICT_WITH_LAW,
                offence, "12", offence.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant());
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Cambodia.ZONE).toInstant();
    }
}
