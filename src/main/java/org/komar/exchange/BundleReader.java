package org.komar.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.komar.cases.CaseImports;
import org.komar.child.ChildDetails;
import org.komar.child.Guardian;
import org.komar.child.GuardianRelationship;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.IsoMoments;
import org.komar.timeline.EventId;
import org.komar.timeline.NewEvent;

/**
 * Turns one parsed line into a {@link CaseImports.Bundle}: the shape and the kinds of values (text, numbers, lists,
 * identifiers, dates and moments), with a field problem for each thing wrong, at once. What the values mean (known
 * codes, dates not in the future, the event vocabulary…) is for {@link CaseImports} to check. A field the format
 * does not know is refused rather than dropped, so that a misspelt field never loses data silently.
 */
final class BundleReader {

    private static final Set<String> TOP = Set.of("child", "case", "events");
    private static final Set<String> CHILD = Set.of("id", "name", "sex", "birthDate", "birthDatePrecision",
            "birthDateEvidence", "residence", "disability", "disabilityNote", "ethnicity", "nationality", "languages",
            "guardians", "registeredAt", "ownerAgency");
    private static final Set<String> NAME = Set.of("latin", "khmer");
    private static final Set<String> GUARDIAN = Set.of("name", "relationship", "phone", "address");
    private static final Set<String> CASE = Set.of("id", "caseNumber", "role", "offence", "offenceDate", "place",
            "province", "ownerAgency", "openedAt", "parties", "childId");
    private static final Set<String> OFFENCE = Set.of("code", "class", "intentional", "minPenaltyMonths",
            "maxPenaltyMonths");
    private static final Set<String> PARTY = Set.of("agency", "username", "function", "active", "since", "until");
    private static final Set<String> EVENT = Set.of("id", "type", "occurredAt", "recordedAt", "recordedBy",
            "attributes", "voided");
    private static final Set<String> VOIDED = Set.of("reason", "voidedAt", "voidedBy");
    private static final int FIRST_YEAR = 1900;
    private static final int MAX_TEXT = 4000;

    private final FieldProblems problems = new FieldProblems();

    private BundleReader() {
    }

    /** The bundle of a parsed line; throws one {@code VALIDATION_FAILED} naming every problem of its shape. */
    static CaseImports.Bundle read(Object line) {
        return new BundleReader().bundle(line);
    }

    private CaseImports.Bundle bundle(Object line) {
        Map<String, Object> root = object(line, "");
        if (root == null) {
            problems.throwIfAny();
        }
        known(root, TOP, "");
        CaseImports.ChildPart child = child(root.get("child"));
        CaseImports.CasePart kase = kase(root.get("case"));
        List<CaseImports.EventPart> events = new ArrayList<>();
        List<Object> given = list(root.get("events"), "events", false);
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                events.add(event(given.get(i), "events[" + i + "]"));
            }
        }
        problems.throwIfAny();
        return new CaseImports.Bundle(child, kase, events);
    }

    private CaseImports.ChildPart child(Object value) {
        Map<String, Object> child = required(value, "child");
        if (child == null) {
            return null;
        }
        known(child, CHILD, "child.");
        Map<String, Object> name = optionalObject(child.get("name"), "child.name");
        if (name != null) {
            known(name, NAME, "child.name.");
        }
        List<Guardian> guardians = new ArrayList<>();
        List<Object> given = list(child.get("guardians"), "child.guardians", false);
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                String field = "child.guardians[" + i + "]";
                Map<String, Object> g = object(given.get(i), field);
                if (g == null) {
                    continue;
                }
                known(g, GUARDIAN, field + ".");
                GuardianRelationship relationship = Enums.parse(GuardianRelationship.class,
                        text(g.get("relationship"), field + ".relationship"), field + ".relationship", problems,
                        false);
                guardians.add(new Guardian(text(g.get("name"), field + ".name"), relationship,
                        text(g.get("phone"), field + ".phone"), text(g.get("address"), field + ".address")));
            }
        }
        List<String> languages = new ArrayList<>();
        List<Object> givenLanguages = list(child.get("languages"), "child.languages", false);
        if (givenLanguages != null) {
            for (Object language : givenLanguages) {
                String code = text(language, "child.languages");
                if (code != null) {
                    languages.add(code);
                }
            }
        }
        ChildDetails details = new ChildDetails(name == null ? null : text(name.get("latin"), "child.name.latin"),
                name == null ? null : text(name.get("khmer"), "child.name.khmer"), text(child.get("sex"), "child.sex"),
                date(child.get("birthDate"), "child.birthDate"),
                text(child.get("birthDatePrecision"), "child.birthDatePrecision"),
                text(child.get("birthDateEvidence"), "child.birthDateEvidence"),
                text(child.get("residence"), "child.residence"), bool(child.get("disability"), "child.disability"),
                text(child.get("disabilityNote"), "child.disabilityNote"),
                text(child.get("ethnicity"), "child.ethnicity"), text(child.get("nationality"), "child.nationality"),
                languages, guardians);
        return new CaseImports.ChildPart(id(child.get("id"), "child.id", ChildId::new), details,
                instant(child.get("registeredAt"), "child.registeredAt"),
                text(child.get("ownerAgency"), "child.ownerAgency"));
    }

    private CaseImports.CasePart kase(Object value) {
        Map<String, Object> kase = required(value, "case");
        if (kase == null) {
            return null;
        }
        known(kase, CASE, "case.");
        if (kase.containsKey("childId")) {
            problems.add("case.childId", "CHILD_ID_IN_CASE");
        }
        Map<String, Object> offence = optionalObject(kase.get("offence"), "case.offence");
        if (offence != null) {
            known(offence, OFFENCE, "case.offence.");
        }
        List<CaseImports.PartyPart> parties = new ArrayList<>();
        List<Object> given = list(kase.get("parties"), "case.parties", false);
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                String field = "case.parties[" + i + "]";
                Map<String, Object> party = object(given.get(i), field);
                if (party == null) {
                    continue;
                }
                known(party, PARTY, field + ".");
                parties.add(new CaseImports.PartyPart(text(party.get("agency"), field + ".agency"),
                        text(party.get("username"), field + ".username"), text(party.get("function"),
                        field + ".function"), bool(party.get("active"), field + ".active"),
                        instant(party.get("since"), field + ".since"), instant(party.get("until"), field + ".until")));
            }
        }
        return new CaseImports.CasePart(id(kase.get("id"), "case.id", CaseId::new),
                text(kase.get("caseNumber"), "case.caseNumber"), text(kase.get("role"), "case.role"),
                offence == null ? null : text(offence.get("code"), "case.offence.code"),
                offence == null ? null : text(offence.get("class"), "case.offence.class"),
                offence == null ? null : bool(offence.get("intentional"), "case.offence.intentional"),
                offence == null ? null : integer(offence.get("minPenaltyMonths"), "case.offence.minPenaltyMonths"),
                offence == null ? null : integer(offence.get("maxPenaltyMonths"), "case.offence.maxPenaltyMonths"),
                date(kase.get("offenceDate"), "case.offenceDate"), text(kase.get("place"), "case.place"),
                text(kase.get("province"), "case.province"), text(kase.get("ownerAgency"), "case.ownerAgency"),
                instant(kase.get("openedAt"), "case.openedAt"), parties);
    }

    private CaseImports.EventPart event(Object value, String field) {
        Map<String, Object> event = object(value, field);
        if (event == null) {
            return null;
        }
        known(event, EVENT, field + ".");
        OffsetDateTime occurredAt = moment(event.get("occurredAt"), field + ".occurredAt");
        if (event.get("occurredAt") == null) {
            problems.add(field + ".occurredAt", "REQUIRED");
        }
        Object attributes = event.get("attributes");
        Map<String, Object> given = null;
        if (attributes != null && !(attributes instanceof Map<?, ?>)) {
            problems.add(field + ".attributes", "EXPECTED_OBJECT");
        } else if (attributes != null) {
            given = ExchangeJson.asMap(attributes);
            noNulCharacters(given, field + ".attributes");
        }
        String type = text(event.get("type"), field + ".type");
        if (type == null && !event.containsKey("type")) {
            problems.add(field + ".type", "REQUIRED");
        }
        CaseImports.VoidPart voided = null;
        Map<String, Object> v = optionalObject(event.get("voided"), field + ".voided");
        if (v != null) {
            known(v, VOIDED, field + ".voided.");
            voided = new CaseImports.VoidPart(text(v.get("reason"), field + ".voided.reason"),
                    instant(v.get("voidedAt"), field + ".voided.voidedAt"),
                    text(v.get("voidedBy"), field + ".voided.voidedBy"));
        }
        return new CaseImports.EventPart(id(event.get("id"), field + ".id", EventId::new),
                new NewEvent(type, occurredAt, given), instant(event.get("recordedAt"), field + ".recordedAt"),
                text(event.get("recordedBy"), field + ".recordedBy"), voided);
    }

    // ---- kinds of values

    private Map<String, Object> required(Object value, String field) {
        if (value == null) {
            problems.add(field, "REQUIRED");
            return null;
        }
        return object(value, field);
    }

    private Map<String, Object> optionalObject(Object value, String field) {
        return value == null ? null : object(value, field);
    }

    private Map<String, Object> object(Object value, String field) {
        if (value instanceof Map<?, ?>) {
            return ExchangeJson.asMap(value);
        }
        problems.add(field.isEmpty() ? "line" : field, "EXPECTED_OBJECT");
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value, String field, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(field, "REQUIRED");
            }
            return null;
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        problems.add(field, "EXPECTED_LIST");
        return null;
    }

    private void known(Map<String, Object> object, Set<String> fields, String prefix) {
        for (String key : object.keySet()) {
            if (!fields.contains(key)) {
                problems.add(prefix + key, "UNKNOWN_FIELD", key);
            }
        }
    }

    private String text(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(field, "EXPECTED_TEXT");
            return null;
        }
        if (text.length() > MAX_TEXT) {
            problems.add(field, "TEXT_TOO_LONG", MAX_TEXT);
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            problems.add(field, "NUL_CHARACTER");
            return null;
        }
        return text;
    }

    /** No text anywhere in the value holds U+0000, which databases refuse to store. */
    private void noNulCharacters(Object value, String field) {
        if (value instanceof String text && text.indexOf('\u0000') >= 0) {
            problems.add(field, "NUL_CHARACTER");
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                if (String.valueOf(key).indexOf('\u0000') >= 0) {
                    problems.add(field, "NUL_CHARACTER");
                } else {
                    noNulCharacters(item, field + "." + key);
                }
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                noNulCharacters(list.get(i), field + "[" + i + "]");
            }
        }
    }

    private Boolean bool(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problems.add(field, "EXPECTED_BOOLEAN");
        return null;
    }

    private Integer integer(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        problems.add(field, "EXPECTED_INTEGER");
        return null;
    }

    private <T> T id(Object value, String field, java.util.function.Function<UUID, T> type) {
        String text = text(value, field);
        if (text == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return type.apply(id);
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        problems.add(field, "MALFORMED_ID");
        return null;
    }

    private LocalDate date(Object value, String field) {
        String text = text(value, field);
        if (text == null) {
            return null;
        }
        LocalDate date = problems.date(field, text, false);
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > 9999)) {
            problems.add(field, "OUT_OF_RANGE", FIRST_YEAR + "-01-01", "9999-12-31");
            return null;
        }
        return date;
    }

    /** A moment with its offset ({@code 2026-01-10T08:00:00+07:00}, or {@code Z}); the offset is kept. */
    private OffsetDateTime moment(Object value, String field) {
        String text = text(value, field);
        if (text == null) {
            return null;
        }
        try {
            OffsetDateTime moment = IsoMoments.parse(text.strip());
            if (moment.getYear() < FIRST_YEAR || moment.getYear() > 9999) {
                problems.add(field, "OUT_OF_RANGE", FIRST_YEAR + "-01-01", "9999-12-31");
                return null;
            }
            return moment;
        } catch (DateTimeParseException malformed) {
            problems.add(field, "MALFORMED_DATE_TIME");
            return null;
        }
    }

    private Instant instant(Object value, String field) {
        OffsetDateTime moment = moment(value, field);
        return moment == null ? null : moment.toInstant();
    }
}
