package org.komar.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.komar.access.AgencyId;
import org.komar.network.OrganisationCategory;

/**
 * The attendance figures organisers report for a session or a series: registrants and attendees, and both by sex,
 * by age group, by type of organisation (the network category of the participant's organisation; "not in the
 * network" otherwise) and by profession. Every value of each list appears, with zeros. Pure: no I/O.
 */
public record AttendanceBreakdown(int registrants, int attendees, List<Row> bySex, List<Row> byAgeGroup,
                                  List<Row> byOrganisationType, List<Row> byProfession) {

    /** Key of the organisation-type row for participants whose organisation is not in the network. */
    public static final String NOT_IN_NETWORK = "NOT_IN_NETWORK";

    /** One line of a breakdown: {@code key} is an enum value's name (its label is the list's prefix + key). */
    public record Row(String key, int registered, int attended) {
    }

    /** The share of registrants who attended, in percent (0 when nobody registered). */
    public int attendanceRate() {
        return registrants == 0 ? 0 : Math.round(attendees * 100f / registrants);
    }

    static AttendanceBreakdown of(Collection<Participant> participants,
                                  Function<AgencyId, Optional<OrganisationCategory>> categories) {
        int attendees = (int) participants.stream().filter(Participant::attended).count();
        List<String> types = new ArrayList<>();
        for (OrganisationCategory category : OrganisationCategory.values()) {
            types.add(category.name());
        }
        types.add(NOT_IN_NETWORK);
        return new AttendanceBreakdown(participants.size(), attendees,
                rows(participants, names(ParticipantSex.values()), p -> p.sex().name()),
                rows(participants, names(AgeGroup.values()), p -> p.ageGroup().name()),
                rows(participants, types, p -> categories.apply(p.organisation())
                        .map(Enum::name).orElse(NOT_IN_NETWORK)),
                rows(participants, names(Profession.values()), p -> p.profession().name()));
    }

    private static List<Row> rows(Collection<Participant> participants, List<String> keys,
                                  Function<Participant, String> key) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, new int[2]));
        for (Participant participant : participants) {
            int[] count = counts.get(key.apply(participant));
            count[0]++;
            if (participant.attended()) {
                count[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
