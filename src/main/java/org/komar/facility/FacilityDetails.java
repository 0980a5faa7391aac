package org.komar.facility;

import java.util.List;
import java.util.Objects;

/**
 * A facility as someone asks to create or change it: values as given (strings for enums), checked by {@link
 * FacilityRegister}. {@code sections} holds the capacity by section and occupants, where known.
 */
public record FacilityDetails(String code, String nameLatin, String nameKhmer, String type, String province,
                              Integer capacity, Boolean separatesMinorsFromAdults, Boolean complaintsMechanism,
                              List<SectionPlaces> sections) {

    public FacilityDetails {
        // An empty entry (a JSON null) is no section, rather than a request that fails.
        sections = sections == null ? List.of() : sections.stream().filter(Objects::nonNull).toList();
    }

    /** One section's places as given. */
    public record SectionPlaces(String section, String occupants, Integer places) {
    }
}
