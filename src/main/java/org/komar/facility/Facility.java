package org.komar.facility;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A facility as every module reads it. {@code capacity} is the design capacity of the whole facility; {@code
 * sections} its split by section and occupants where known. {@code retiredAt} is null while it is in use.
 */
public record Facility(FacilityId id, String code, String nameLatin, String nameKhmer, FacilityType type,
                       String provinceCode, int capacity, boolean separatesMinorsFromAdults,
                       boolean complaintsMechanism, List<SectionCapacity> sections, int version, Instant retiredAt,
                       String retirementReason) {

    public Facility {
        sections = List.copyOf(sections);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** Whether the facility existed (was not yet retired) at {@code moment}. */
    public boolean inUseAt(Instant moment) {
        return retiredAt == null || retiredAt.isAfter(moment);
    }

    /** The name in the given language ("km" shows Khmer). */
    public String name(Locale locale) {
        return locale != null && "km".equals(locale.getLanguage()) ? nameKhmer : nameLatin;
    }

    /** Places for minors (boys and girls) when sections are recorded; else empty. */
    public Optional<Integer> minorsCapacity() {
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        int places = sections.stream().filter(s -> s.occupants().minors()).mapToInt(SectionCapacity::places).sum();
        return Optional.of(places);
    }

    /** The places of one section for one kind of occupant, when recorded. */
    public Optional<Integer> places(Section section, Occupants occupants) {
        return sections.stream().filter(s -> s.section() == section && s.occupants() == occupants)
                .map(SectionCapacity::places).findFirst();
    }
}
