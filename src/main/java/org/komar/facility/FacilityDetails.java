package org.komar.facility;

import java.util.List;

/**
 * A facility as someone asks to create or change it: values as given (strings for enums), checked by {@link
 * FacilityRegister}. {@code sections} holds the capacity by section and occupants, where known.
 */
public record FacilityDetails(String code, String nameLatin, String nameKhmer, String type, String province,
                              Integer capacity, Boolean separatesMinorsFromAdults, Boolean complaintsMechanism,
                              List<SectionPlaces> sections) {

    public FacilityDetails {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** One section's places as given. */
    public record SectionPlaces(String section, String occupants, Integer places) {
    }
}
