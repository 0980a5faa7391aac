package org.komar.detention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.cases.CaseRole;
import org.komar.child.AgeAssessment;
import org.komar.child.BirthDateClaim;
import org.komar.child.Evidence;
import org.komar.child.Precision;
import org.komar.facility.Facility;
import org.komar.facility.FacilityId;
import org.komar.facility.FacilityType;
import org.komar.facility.Occupants;
import org.komar.facility.Section;
import org.komar.facility.SectionCapacity;
import org.komar.shared.CaseId;
import org.komar.timeline.Attributes;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;
import org.komar.timeline.Voiding;

/** Small timelines for the pure detention tests: events at Phnom Penh times, some voided; a few facilities. */
final class Events {

    static final Map<String, Facility> FACILITIES = Map.of(
            "CC2", facility("CC2", FacilityType.CORRECTION_CENTRE, true),
            "PRI-17", facility("PRI-17", FacilityType.PRISON, false),
            "YRC-08", facility("YRC-08", FacilityType.YOUTH_REHABILITATION_CENTRE, true),
            "POL-12", facility("POL-12", FacilityType.POLICE_UNIT, true),
            "SH-12", facility("SH-12", FacilityType.SHELTER, true));
    private static final UserId RECORDER = new UserId(UUID.randomUUID());

    final CaseId caseId = CaseId.random();
    final CaseRole role;
    private final List<LegalEvent> events = new ArrayList<>();

    private Events(CaseRole role) {
        this.role = role;
    }

    static Events aCase() {
        return new Events(CaseRole.CONFLICT_WITH_LAW);
    }

    static Events aCase(CaseRole role) {
        return new Events(role);
    }

    static Facility facility(String code, FacilityType type, boolean separates) {
        return new Facility(new FacilityId(UUID.nameUUIDFromBytes(code.getBytes())), code, code, code, type, "12",
                100, separates, true, List.of(new SectionCapacity(Section.PRETRIAL, Occupants.BOYS, 30)), 0, null,
                null);
    }

    static Optional<Facility> lookup(String code) {
        return Optional.ofNullable(FACILITIES.get(code));
    }

    static Instant at(String localTime) {
        return OffsetDateTime.parse(localTime + ":00+07:00").toInstant();
    }

    Events add(EventType type, String at, Object... attributes) {
        return add(type, at, false, attributes);
    }

    Events voided(EventType type, String at, Object... attributes) {
        return add(type, at, true, attributes);
    }

    private Events add(EventType type, String at, boolean voided, Object... attributes) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put((String) attributes[i], attributes[i + 1]);
        }
        OffsetDateTime when = OffsetDateTime.parse(at + ":00+07:00");
        events.add(new LegalEvent(new EventId(UUID.randomUUID()), caseId, events.size() + 1, type, when,
                when.toInstant(), RECORDER, Attributes.from(map),
                voided ? new Voiding("Recorded by mistake", when.toInstant(), RECORDER) : null));
        return this;
    }

    Timeline timeline() {
        return new Timeline(caseId, events.size(), events);
    }

    DetentionHistory.History history() {
        return DetentionHistory.derive(timeline(), role, Events::lookup);
    }

    DetentionRecord record(String asOf, LocalDate born) {
        AgeAssessment age = new AgeAssessment(born == null ? List.of()
                : List.of(new BirthDateClaim(born, Precision.DAY, Evidence.BIRTH_CERTIFICATE)));
        return DetentionRecord.of(caseId, role, timeline(), history().stays(), age, at(asOf));
    }
}
