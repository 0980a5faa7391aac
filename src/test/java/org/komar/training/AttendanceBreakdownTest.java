package org.komar.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.AgencyId;
import org.komar.network.OrganisationCategory;

class AttendanceBreakdownTest {

    private final AgencyId ministry = new AgencyId(UUID.randomUUID());
    private final AgencyId youthNetwork = new AgencyId(UUID.randomUUID());
    private final Map<AgencyId, OrganisationCategory> categories = Map.of(ministry, OrganisationCategory.GOVERNMENT,
            youthNetwork, OrganisationCategory.CHILD_YOUTH_NETWORK);

    @Test
    void registrants_and_attendees_are_counted_by_sex_age_group_organisation_type_and_profession() {
        AttendanceBreakdown breakdown = AttendanceBreakdown.of(List.of(
                participant(ParticipantSex.F, AgeGroup.ADULT, Profession.JUDGE, ministry, true),
                participant(ParticipantSex.M, AgeGroup.ADULT, Profession.PROSECUTOR, ministry, true),
                participant(ParticipantSex.F, AgeGroup.CHILD, Profession.CHILD_OR_YOUTH_ADVOCATE, youthNetwork, true),
                participant(ParticipantSex.F, AgeGroup.YOUTH, Profession.CHILD_OR_YOUTH_ADVOCATE, youthNetwork, false),
                participant(ParticipantSex.M, AgeGroup.ADULT, Profession.LAWYER, null, false)),
                agency -> Optional.ofNullable(agency == null ? null : categories.get(agency)));

        assertThat(breakdown.registrants()).isEqualTo(5);
        assertThat(breakdown.attendees()).isEqualTo(3);
        assertThat(breakdown.attendanceRate()).isEqualTo(60);
        assertThat(breakdown.bySex()).containsExactly(new AttendanceBreakdown.Row("F", 3, 2),
                new AttendanceBreakdown.Row("M", 2, 1));
        assertThat(breakdown.byAgeGroup()).containsExactly(new AttendanceBreakdown.Row("CHILD", 1, 1),
                new AttendanceBreakdown.Row("YOUTH", 1, 0), new AttendanceBreakdown.Row("ADULT", 3, 2));
        assertThat(breakdown.byOrganisationType()).contains(new AttendanceBreakdown.Row("GOVERNMENT", 2, 2),
                new AttendanceBreakdown.Row("CHILD_YOUTH_NETWORK", 2, 1),
                new AttendanceBreakdown.Row(AttendanceBreakdown.NOT_IN_NETWORK, 1, 0),
                new AttendanceBreakdown.Row("ACADEMIC", 0, 0));
        assertThat(breakdown.byProfession()).contains(new AttendanceBreakdown.Row("CHILD_OR_YOUTH_ADVOCATE", 2, 1))
                .hasSize(Profession.values().length);
    }

    @Test
    void an_empty_session_has_zero_everywhere_and_no_rate() {
        AttendanceBreakdown breakdown = AttendanceBreakdown.of(List.of(), agency -> Optional.empty());
        assertThat(breakdown.attendanceRate()).isZero();
        assertThat(breakdown.bySex()).allSatisfy(row -> assertThat(row.registered()).isZero());
    }

    private static Participant participant(ParticipantSex sex, AgeGroup age, Profession profession,
                                           AgencyId organisation, boolean attended) {
        return new Participant(UUID.randomUUID(), UUID.randomUUID(), "Name", null, sex, age, profession,
                organisation, organisation == null ? "Private firm" : null, "12", null, null, Instant.now(), attended,
                null, 0);
    }
}
