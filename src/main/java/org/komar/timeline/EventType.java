package org.komar.timeline;

import static org.komar.access.Role.COURT_CLERK;
import static org.komar.access.Role.DETENTION_OFFICER;
import static org.komar.access.Role.INVESTIGATING_JUDGE;
import static org.komar.access.Role.JUDGE;
import static org.komar.access.Role.LAWYER;
import static org.komar.access.Role.NGO_CASE_WORKER;
import static org.komar.access.Role.POLICE;
import static org.komar.access.Role.PROSECUTOR;
import static org.komar.access.Role.SOCIAL_AGENT;
import static org.komar.timeline.AttributeSpec.bool;
import static org.komar.timeline.AttributeSpec.choice;
import static org.komar.timeline.AttributeSpec.choices;
import static org.komar.timeline.AttributeSpec.date;
import static org.komar.timeline.AttributeSpec.facility;
import static org.komar.timeline.AttributeSpec.integer;
import static org.komar.timeline.AttributeSpec.measures;
import static org.komar.timeline.AttributeSpec.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.komar.access.Role;

/**
 * The legal event vocabulary (a contract: names are added, never renamed). Each type lists the attributes it takes
 * (required only where a safeguard rule needs them) and the roles that may record it; the label is
 * {@code event.type.<TYPE>} in the events bundle. Every type also accepts an optional free-text {@code note}.
 */
public enum EventType {
    CONTACT_REGISTERED(roles(POLICE, PROSECUTOR, SOCIAL_AGENT, NGO_CASE_WORKER, DETENTION_OFFICER),
            text("agency"), choice("how", Choice.CONTACT_CHANNEL)),
    AGE_CLAIM_RECORDED(roles(POLICE, PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK, SOCIAL_AGENT,
            DETENTION_OFFICER, LAWYER, NGO_CASE_WORKER),
            date("birthDate").mandatory(), choice("precision", Choice.PRECISION).mandatory(),
            choice("evidence", Choice.EVIDENCE).mandatory()),
    ARRESTED(roles(POLICE), bool("flagrant"), text("unit")),
    CUSTODY_STARTED(roles(POLICE), text("unit"), bool("separatedFromAdults"), bool("separatedBySex"),
            bool("onJuvenileList")),
    CUSTODY_EXTENDED(roles(POLICE, PROSECUTOR), text("by"), integer("hours", 1, 240)),
    CUSTODY_ENDED(roles(POLICE), choice("outcome", Choice.CUSTODY_OUTCOME).mandatory()),
    NOTIFIED(roles(POLICE, PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK, DETENTION_OFFICER),
            choice("party", Choice.NOTIFIED_PARTY).mandatory(), bool("reached"), text("means")),
    LAWYER_ASSIGNED(roles(POLICE, PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK, LAWYER),
            text("lawyer"), text("organisation")),
    INTERROGATED(roles(POLICE, PROSECUTOR, INVESTIGATING_JUDGE, COURT_CLERK),
            choice("by", Choice.INTERROGATOR).mandatory(), bool("lawyerPresent"), bool("guardianPresent"),
            bool("socialAgentPresent"), text("absenceReason"), bool("childFriendlyRoom")),
    POLICE_WARNING(roles(POLICE), choice("form", Choice.WARNING_FORM), bool("agreementSigned")),
    REFERRED_TO_PROSECUTOR(roles(POLICE)),
    DIVERSION_CONSIDERED(roles(PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK),
            choice("by", Choice.DECIDER).mandatory(), choice("decision", Choice.DIVERSION_DECISION).mandatory(),
            text("reason"), choices("reasons", Choice.DIVERSION_REASON)),
    DIVERSION_ORDERED(roles(PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK),
            choice("by", Choice.DECIDER), measures("measures")),
    DIVERSION_PLAN_DECIDED(roles(PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK), bool("approved"),
            integer("planVersion", 1, 999)),
    DIVERSION_MODIFICATION_REQUESTED(roles(SOCIAL_AGENT), integer("planVersion", 1, 999)),
    DIVERSION_MODIFICATION_DECIDED(roles(PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK), bool("approved"),
            bool("automatic")),
    DIVERSION_NONCOMPLIANCE_REPORTED(roles(SOCIAL_AGENT)),
    DIVERSION_HEARING_HELD(roles(PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK),
            choice("outcome", Choice.DIVERSION_HEARING_OUTCOME)),
    DIVERSION_COMPLETED(roles(PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK)),
    DIVERSION_FAILED(roles(PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK), text("reason")),
    CHARGED(roles(PROSECUTOR, INVESTIGATING_JUDGE)),
    SOCIAL_INQUIRY_REQUESTED(roles(PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK),
            choice("purpose", Choice.INQUIRY_PURPOSE)),
    SOCIAL_INQUIRY_SUBMITTED(roles(SOCIAL_AGENT), text("author"), bool("sufficient"),
            integer("reportVersion", 1, 999)),
    PRETRIAL_DETENTION_ORDERED(roles(INVESTIGATING_JUDGE, JUDGE, COURT_CLERK),
            facility("facility"), choices("grounds", Choice.DETENTION_GROUND), bool("reasoned"),
            bool("afterEvadingSupervision")),
    PRETRIAL_DETENTION_ENDED(roles(INVESTIGATING_JUDGE, JUDGE, COURT_CLERK, DETENTION_OFFICER), text("reason")),
    JUDICIAL_SUPERVISION_ORDERED(roles(INVESTIGATING_JUDGE, JUDGE, COURT_CLERK), text("obligations")),
    JUDICIAL_SUPERVISION_ENDED(roles(INVESTIGATING_JUDGE, JUDGE, COURT_CLERK), text("obligations")),
    RELEASE_REQUESTED(roles(LAWYER, PROSECUTOR, INVESTIGATING_JUDGE, COURT_CLERK, SOCIAL_AGENT),
            choice("before", Choice.RELEASE_FORUM).mandatory()),
    RELEASE_DECIDED(roles(INVESTIGATING_JUDGE, JUDGE, COURT_CLERK), bool("granted")),
    CLOSING_ORDER(roles(INVESTIGATING_JUDGE, COURT_CLERK), bool("keepsDetained"),
            choice("outcome", Choice.CLOSING_OUTCOME)),
    HEARING_HELD(roles(JUDGE, COURT_CLERK), text("court"), bool("inCamera"), bool("judgmentInPublic"),
            bool("lawyerPresent"), bool("immediateAppearance"), bool("screenOrVideoUsed"), bool("guardianPresent"),
            bool("socialAgentPresent"), text("hearing")),
    VERDICT(roles(JUDGE, COURT_CLERK), choice("outcome", Choice.VERDICT_OUTCOME).mandatory()),
    SENTENCED(roles(JUDGE, COURT_CLERK), bool("custodial"), integer("months", 0, 600), bool("suspended"),
            text("measure")),
    APPEAL_FILED(roles(LAWYER, PROSECUTOR, COURT_CLERK)),
    APPEAL_FILE_TRANSMITTED(roles(COURT_CLERK, JUDGE)),
    APPEAL_HEARD(roles(COURT_CLERK, JUDGE)),
    PLACED(roles(DETENTION_OFFICER, SOCIAL_AGENT), facility("facility").mandatory(),
            choice("facilityType", Choice.FACILITY_TYPE), text("section"), bool("separatedFromAdults"),
            bool("withCaregiver")),
    TRANSFERRED(roles(DETENTION_OFFICER, SOCIAL_AGENT), facility("from"), facility("to").mandatory(),
            choice("toFacilityType", Choice.FACILITY_TYPE)),
    RELEASED(roles(DETENTION_OFFICER, SOCIAL_AGENT), choice("reason", Choice.RELEASE_REASON)),
    FAMILY_CONTACT(roles(DETENTION_OFFICER, SOCIAL_AGENT), choice("kind", Choice.CONTACT_KIND)),
    AFTERCARE_STARTED(roles(SOCIAL_AGENT, NGO_CASE_WORKER), text("service")),
    AFTERCARE_CONTACT(roles(SOCIAL_AGENT, NGO_CASE_WORKER), text("service")),
    DIED_IN_DETENTION(roles(DETENTION_OFFICER)),
    COMPLAINT_FILED(roles(DETENTION_OFFICER, SOCIAL_AGENT, LAWYER, NGO_CASE_WORKER)),
    INCIDENT_IN_DETENTION(roles(DETENTION_OFFICER)),
    SERVICE_PROVIDED(roles(SOCIAL_AGENT, NGO_CASE_WORKER, LAWYER), choice("kind", Choice.SERVICE_KIND)),
    STATEMENT_TAKEN(roles(POLICE, PROSECUTOR, INVESTIGATING_JUDGE, JUDGE),
            bool("childFriendlyRoom"), bool("forensicInterview"), bool("supportPersonPresent")),
    CASE_CLOSED(roles(POLICE, PROSECUTOR, INVESTIGATING_JUDGE, JUDGE, COURT_CLERK, SOCIAL_AGENT, NGO_CASE_WORKER),
            text("reason"));

    private final Set<Role> recordableBy;
    private final Map<String, AttributeSpec> attributes;

    EventType(Set<Role> recordableBy, AttributeSpec... attributes) {
        this.recordableBy = recordableBy;
        Map<String, AttributeSpec> map = new LinkedHashMap<>();
        for (AttributeSpec spec : attributes) {
            map.put(spec.name(), spec);
        }
        map.put(AttributeSpec.NOTE.name(), AttributeSpec.NOTE);
        this.attributes = Collections.unmodifiableMap(map);
    }

    private static Set<Role> roles(Role first, Role... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    public List<AttributeSpec> attributes() {
        return new ArrayList<>(attributes.values());
    }

    public Optional<AttributeSpec> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public Set<Role> recordableBy() {
        return recordableBy;
    }

    public boolean recordableByAnyOf(Set<Role> roles) {
        return roles.stream().anyMatch(recordableBy::contains);
    }

    public static Optional<EventType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
