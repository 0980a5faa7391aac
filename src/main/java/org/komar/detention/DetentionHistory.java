package org.komar.detention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.komar.cases.CaseRole;
import org.komar.facility.Facility;
import org.komar.facility.FacilityType;
import org.komar.timeline.Attributes;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;

/**
 * Where a child was, in what legal status, from the live events of one case's timeline: a list of {@link Stay}s in
 * time order, and the family contacts, complaints, incidents and deaths placed at the facility of the moment. Pure:
 * no I/O and no clock; facilities are looked up in what the caller passes (a snapshot of the register).
 *
 * <ul>
 *   <li>Police custody from {@code CUSTODY_STARTED} (at its {@code unit} when that is a facility code) until
 *   {@code CUSTODY_ENDED}, a pre-trial detention order, a placement, release or death.</li>
 *   <li>Pre-trial detention from {@code PRETRIAL_DETENTION_ORDERED} (at its {@code facility} until a placement says
 *   otherwise) until {@code PRETRIAL_DETENTION_ENDED}, a granted release, a closing order that does not keep the
 *   child detained (CPC 249), a verdict other than a conviction, a sentence, release or death.</li>
 *   <li>A placement from {@code PLACED}, moved by {@code TRANSFERRED}, until {@code RELEASED} or
 *   {@code DIED_IN_DETENTION}; a custodial sentence keeps a child detained where the pre-trial detention was.</li>
 *   <li>The status: custody; else awaiting appeal (an appeal filed and not yet heard, convicted or detained); else
 *   pre-trial (convicted and not yet sentenced included); else convicted (a custodial, unsuspended sentence); else a
 *   child living with a parent, or in care (residential care or a shelter), or held with no order.</li>
 * </ul>
 */
public final class DetentionHistory {

    /** The stays and the counted occurrences of one case. */
    public record History(List<Stay> stays, List<Occurrence> occurrences) {

        public History {
            stays = List.copyOf(stays);
            occurrences = List.copyOf(occurrences);
        }

        /** The stay covering the moment, if the child was held or placed then. */
        public Optional<Stay> at(Instant moment) {
            return stays.stream().filter(stay -> stay.covers(moment)).findFirst();
        }
    }

    private DetentionHistory() {
    }

    public static History derive(Timeline timeline, CaseRole role, Function<String, Optional<Facility>> facilities) {
        State state = new State(role, facilities);
        List<Instant> moments = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        for (LegalEvent event : timeline.active()) {
            OccurrenceKind kind = occurrenceKind(event);
            if (kind != null) {
                Key now = keys.isEmpty() ? null : keys.get(keys.size() - 1);
                occurrences.add(new Occurrence(timeline.caseId(), kind, event.at(), now == null ? null
                        : now.facility()));
            }
            state.apply(event);
            Key key = state.key();
            Key last = keys.isEmpty() ? null : keys.get(keys.size() - 1);
            if (Objects.equals(key, last)) {
                continue;
            }
            if (!moments.isEmpty() && moments.get(moments.size() - 1).equals(event.at())) {
                // Two changes at the same instant: the first lasted no time at all.
                moments.remove(moments.size() - 1);
                keys.remove(keys.size() - 1);
                Key before = keys.isEmpty() ? null : keys.get(keys.size() - 1);
                if (Objects.equals(key, before)) {
                    continue;
                }
            }
            moments.add(event.at());
            keys.add(key);
        }
        List<Stay> stays = new ArrayList<>();
        Stay previous = null;
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            if (key == null) {
                previous = null;
                continue;
            }
            Instant since = moments.get(i);
            Instant until = i + 1 < moments.size() ? moments.get(i + 1) : null;
            Instant detainedSince = previous != null ? previous.detainedSince() : since;
            Instant statusSince = previous != null && previous.status() == key.status() ? previous.statusSince()
                    : since;
            previous = new Stay(timeline.caseId(), stays.size(), key.facility(), since, until, key.status(),
                    statusSince, detainedSince, key.separated(), key.withCaregiver(), key.deprived());
            stays.add(previous);
        }
        return new History(stays, occurrences);
    }

    private static OccurrenceKind occurrenceKind(LegalEvent event) {
        return switch (event.type()) {
            case FAMILY_CONTACT -> OccurrenceKind.FAMILY_CONTACT;
            case COMPLAINT_FILED -> OccurrenceKind.COMPLAINT;
            case INCIDENT_IN_DETENTION -> OccurrenceKind.INCIDENT;
            case DIED_IN_DETENTION -> OccurrenceKind.DEATH;
            default -> null;
        };
    }

    /** What makes one stay differ from the next. */
    private record Key(String facility, LegalStatus status, Boolean separated, boolean withCaregiver,
                       boolean deprived) {

        static Key of(Stay stay) {
            return new Key(stay.facility(), stay.status(), stay.separated(), stay.withCaregiver(),
                    stay.deprivedOfLiberty());
        }
    }

    /** The walk's state after each event. */
    private static final class State {

        private final CaseRole role;
        private final Function<String, Optional<Facility>> facilities;
        private boolean custody;
        private String custodyUnit;
        private Boolean custodySeparated;
        private boolean pretrial;
        private String pretrialFacility;
        private boolean placed;
        private String placedFacility;
        private Boolean placedSeparated;
        private FacilityType placedType;
        private boolean withCaregiver;
        private boolean convicted;
        private boolean sentenced;
        private boolean custodialSentence;
        private boolean appealPending;

        State(CaseRole role, Function<String, Optional<Facility>> facilities) {
            this.role = role;
            this.facilities = facilities;
        }

        void apply(LegalEvent event) {
            Attributes a = event.attributes();
            switch (event.type()) {
                case CUSTODY_STARTED -> {
                    custody = true;
                    custodyUnit = a.text("unit").filter(code -> facility(code).isPresent()).orElse(null);
                    custodySeparated = a.bool("separatedFromAdults").orElse(null);
                }
                case CUSTODY_ENDED -> custody = false;
                case PRETRIAL_DETENTION_ORDERED -> {
                    custody = false;
                    pretrial = true;
                    pretrialFacility = a.text("facility").orElse(pretrialFacility);
                }
                case PRETRIAL_DETENTION_ENDED -> pretrial = false;
                case RELEASE_DECIDED -> pretrial = pretrial && !a.isTrue("granted");
                case CLOSING_ORDER -> pretrial = pretrial && a.isTrue("keepsDetained")
                        && !"DISMISSED".equals(a.text("outcome").orElse(null));
                case VERDICT -> {
                    convicted = "CONVICTED".equals(a.text("outcome").orElse(null));
                    pretrial = pretrial && convicted;
                    sentenced = sentenced && convicted;
                    custodialSentence = custodialSentence && convicted;
                }
                case SENTENCED -> {
                    boolean wasDetained = pretrial;
                    convicted = true;
                    sentenced = true;
                    custodialSentence = a.isTrue("custodial") && !a.isTrue("suspended");
                    pretrial = false;
                    if (custodialSentence && wasDetained && !placed && pretrialFacility != null) {
                        placed = true;
                        placedFacility = pretrialFacility;
                        placedSeparated = null;
                        placedType = null;
                    }
                }
                case APPEAL_FILED -> appealPending = true;
                case APPEAL_HEARD -> appealPending = false;
                case PLACED -> {
                    custody = false;
                    placed = true;
                    placedFacility = a.text("facility").orElse(null);
                    placedSeparated = a.bool("separatedFromAdults").orElse(null);
                    placedType = a.text("facilityType").map(FacilityType::valueOf).orElse(null);
                    withCaregiver = a.isTrue("withCaregiver");
                }
                case TRANSFERRED -> {
                    placed = true;
                    placedFacility = a.text("to").orElse(placedFacility);
                    placedSeparated = null;
                    placedType = a.text("toFacilityType").filter(DetentionHistory::facilityType)
                            .map(FacilityType::valueOf).orElse(null);
                }
                case RELEASED, DIED_IN_DETENTION -> {
                    custody = false;
                    pretrial = false;
                    placed = false;
                    withCaregiver = false;
                }
                default -> {
                    // Other events do not move the child nor change the legal status.
                }
            }
        }

        /** Where the child is and why, or null when not held nor placed. */
        Key key() {
            if (!custody && !pretrial && !placed) {
                return null;
            }
            String facility = placed ? placedFacility : custody ? custodyUnit : pretrialFacility;
            boolean accompanying = withCaregiver || role == CaseRole.ACCOMPANYING_CAREGIVER;
            FacilityType type = placed && placedType != null ? placedType
                    : facility(facility).map(Facility::type).orElse(null);
            LegalStatus status;
            if (custody) {
                status = LegalStatus.POLICE_CUSTODY;
            } else if (appealPending && (convicted || pretrial)) {
                status = LegalStatus.AWAITING_APPEAL;
            } else if (pretrial) {
                status = LegalStatus.PRETRIAL;
            } else if (custodialSentence) {
                status = LegalStatus.CONVICTED;
            } else if (convicted && !sentenced) {
                // Convicted, the sentence not yet pronounced: still not sentenced.
                status = LegalStatus.PRETRIAL;
            } else if (accompanying) {
                status = LegalStatus.WITH_CAREGIVER;
            } else if (type != null && !type.placeOfDetention()) {
                status = LegalStatus.CARE;
            } else {
                status = LegalStatus.NO_ORDER;
            }
            boolean deprived = status != LegalStatus.WITH_CAREGIVER && status != LegalStatus.CARE && !accompanying;
            Boolean separated = custody ? custodySeparated : placed ? placedSeparated : null;
            if (separated == null) {
                separated = facility(facility).map(Facility::separatesMinorsFromAdults).orElse(null);
            }
            return new Key(facility, status, separated, accompanying, deprived);
        }

        private Optional<Facility> facility(String code) {
            return code == null ? Optional.empty() : facilities.apply(code);
        }
    }

    private static boolean facilityType(String value) {
        for (FacilityType type : FacilityType.values()) {
            if (type.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
