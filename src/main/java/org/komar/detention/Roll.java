package org.komar.detention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.komar.facility.Facility;
import org.komar.facility.Inspection;
import org.komar.facility.Occupants;
import org.komar.facility.Section;

/**
 * A facility at a moment: the children deprived of liberty there ({@code held}), the children living there with a
 * parent ({@code accompanying}) and those placed there for care ({@code inCare}); occupancy by section and
 * occupant against capacity; the dates coming up; family contacts, complaints, incidents and deaths in the twelve
 * months up to the moment; its inspections. For a viewer with case access, the lists hold the children in their
 * scope and the numbers count them; for a statistician the numbers are the facility's and the lists are empty.
 */
public record Roll(Facility facility, Instant asOf, boolean national, boolean numbersOnly, boolean limitsKnown,
                   List<Held> held, List<Held> accompanying, List<Held> inCare, long heldCount, long pretrialCount,
                   long pastLimitCount, long notSeparatedCount, long familyContactCount, long accompanyingCount,
                   long inCareCount, Map<Section, Map<Occupants, Long>> occupancy, List<Due> due,
                   Map<OccurrenceKind, Long> occurrences, List<Inspection> inspections) {

    /** A date coming up for one child. */
    public record Due(LocalDate day, DueKind kind, Held held) {

        /** Past and still to act on: a limit, the end of a sentence, a transfer or a child's leaving. */
        public boolean overdue(LocalDate today) {
            return day.isBefore(today) && kind != DueKind.CONDITIONAL_RELEASE
                    && kind != DueKind.EIGHTEENTH_BIRTHDAY;
        }

        /** Conditional release may be asked for since a past day. */
        public boolean eligible(LocalDate today) {
            return kind == DueKind.CONDITIONAL_RELEASE && !day.isAfter(today);
        }
    }

    /** What falls due. */
    @org.komar.shared.Labelled("detention.due.")
    public enum DueKind {
        LIMIT, RELEASE, CONDITIONAL_RELEASE, EIGHTEENTH_BIRTHDAY, TWENTY_FOURTH_BIRTHDAY, THIRD_BIRTHDAY
    }

    public LocalDate day() {
        return LocalDate.ofInstant(asOf, org.komar.shared.Cambodia.ZONE);
    }

    /** Children held in one section and kind of occupant. */
    public long occupied(Section section, Occupants occupants) {
        return occupancy.getOrDefault(section, Map.of()).getOrDefault(occupants, 0L);
    }

    /** Places for minors, or the whole capacity when the sections are not recorded. */
    public int capacityForChildren() {
        return facility.minorsCapacity().orElse(facility.capacity());
    }
}
