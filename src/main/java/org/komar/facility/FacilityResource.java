package org.komar.facility;

import java.time.OffsetDateTime;
import java.util.List;

import org.komar.shared.Cambodia;

/** A facility in the API (the shape of ARCHITECTURE.md, with its sections, retirement and version added). */
record FacilityResource(String id, String code, Name name, String type, String province, int capacity,
                        boolean separatesMinorsFromAdults, boolean complaintsMechanism, List<SectionResource> sections,
                        boolean retired, OffsetDateTime retiredAt, int version) {

    record Name(String latin, String khmer) {
    }

    record SectionResource(String section, String occupants, int places) {
    }

    static FacilityResource of(Facility f) {
        return new FacilityResource(f.id().toString(), f.code(), new Name(f.nameLatin(), f.nameKhmer()),
                f.type().name(), f.provinceCode(), f.capacity(), f.separatesMinorsFromAdults(),
                f.complaintsMechanism(), f.sections().stream().map(s -> new SectionResource(s.section().name(),
                        s.occupants().name(), s.places())).toList(), f.retired(),
                f.retiredAt() == null ? null : f.retiredAt().atZone(Cambodia.ZONE).toOffsetDateTime(), f.version());
    }
}
