package org.komar.child;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.komar.access.Actor;
import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.geo.Gazetteer;
import org.komar.shared.Cambodia;
import org.komar.shared.ChildId;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding and correcting children. Every read and write is scoped (a child outside the caller's scope
 * is "not found") and audited in the same transaction.
 */
@Service
public class ChildService {

    public static final int MAX_NAME = 200;
    private static final int SEARCH_LIMIT = 50;
    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private final ChildRepository children;
    private final ChildScope scope;
    private final Gazetteer gazetteer;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChildService(ChildRepository children, ChildScope scope, Gazetteer gazetteer, AuditLog audit, Clock clock,
                 ApplicationEventPublisher events) {
        this.children = children;
        this.scope = scope;
        this.gazetteer = gazetteer;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Child register(Actor actor, ChildDetails details) {
        actor.require(Permission.CHILD_WRITE);
        Child child = validated(ChildId.random(), details, actor.agencyId(), clock.instant(), 0);
        children.insert(child, actor.userId().value());
        audit.record(actor, "CHILD_REGISTERED", AuditSubject.child(child.id().value()));
        return child;
    }

    /**
     * Validates a child for a bulk import, with the identity, registration moment and owner the import gives, and
     * writes nothing: the problems are those {@link #register} reports, with the same codes. The import checks its
     * own permission and stores the children it prepared with {@link #storeImported}.
     */
    public Child prepareImported(ChildId id, ChildDetails details, Instant registeredAt, AgencyId owner) {
        return validated(id, details, owner, registeredAt, 0);
    }

    /**
     * Stores children prepared by {@link #prepareImported}, in batches, in the caller's transaction. Not audited
     * here: the import audits each committed chunk of lines in that same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void storeImported(List<Child> prepared, UserId registeredBy) {
        children.insertAll(prepared, registeredBy.value());
    }

    /** Those of the ids that name a registered child (no scope: the import only learns that they exist). */
    @Transactional(readOnly = true)
    public Set<ChildId> existing(java.util.Collection<ChildId> ids) {
        return children.existing(ids);
    }

    /**
     * The children, with their guardians, whatever the scope: for an export, which reads them through the cases in
     * the caller's scope (and audits each case) before asking for them.
     */
    @Transactional(readOnly = true)
    public Map<ChildId, Child> ofCasesInScope(java.util.Collection<ChildId> ids) {
        Map<ChildId, Child> found = new HashMap<>();
        children.findAllWithGuardians(ids).forEach(child -> found.put(child.id(), child));
        return found;
    }

    @Transactional
    public Child read(Actor actor, ChildId id) {
        Child child = find(actor, id);
        audit.record(actor, "CHILD_READ", AuditSubject.child(id.value()));
        return child;
    }

    /** The child, scoped but not audited: for callers that audit a wider read themselves (a case page). */
    @Transactional(readOnly = true)
    public Child find(Actor actor, ChildId id) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        String condition = scope.condition(actor, params);
        return children.find(id, condition, params).orElseThrow(() -> KomarException.notFound("CHILD_NOT_FOUND"));
    }

    /**
     * Sex, registered birth-date claim, disability, ethnicity and nationality of a child, without scope or audit: for
     * derived read models (detention rolls, statistics) that keep what they derive inside the system and show it only
     * through scoped reads.
     */
    @Transactional(readOnly = true)
    public Optional<ChildFacts> facts(ChildId id) {
        return facts(List.of(id)).values().stream().findFirst();
    }

    /** {@link #facts(ChildId)} for many children at once. */
    @Transactional(readOnly = true)
    public Map<ChildId, ChildFacts> facts(java.util.Collection<ChildId> ids) {
        Map<ChildId, ChildFacts> facts = new HashMap<>();
        for (Child child : children.findAll(ids)) {
            facts.put(child.id(), new ChildFacts(child.id(), child.sex(), child.birthClaim(), child.disability(),
                    child.ethnicity(), child.nationality()));
        }
        return facts;
    }

    /** Corrects a child's details. {@code version} is the one the caller read; a newer one means a conflict. */
    @Transactional
    public Child correct(Actor actor, ChildId id, int version, ChildDetails details) {
        actor.require(Permission.CHILD_WRITE);
        Child current = find(actor, id);
        Child corrected = validated(id, details, actor.agencyId(), clock.instant(), version);
        Child toSave = new Child(id, corrected.nameLatin(), corrected.nameKhmer(), corrected.sex(),
                corrected.birthClaim(), corrected.residence(), corrected.disability(), corrected.disabilityNote(),
                corrected.ethnicity(), corrected.nationality(), corrected.languages(), corrected.guardians(),
                current.registeredAt(), current.ownerAgency(), version);
        if (!children.update(toSave, version)) {
            throw KomarException.conflict("STALE_CHILD");
        }
        audit.record(actor, "CHILD_CORRECTED", AuditSubject.child(id.value()));
        events.publishEvent(new ChildCorrected(id));
        return find(actor, id);
    }

    /** Partial, case- and accent-insensitive name search in either script, within scope. */
    @Transactional
    public List<Child> search(Actor actor, String query) {
        actor.require(Permission.CASE_READ);
        if (query == null || query.isBlank()) {
            return List.of();
        }
        boolean khmer = NameKeys.containsKhmer(query);
        String key = khmer ? NameKeys.khmer(query) : NameKeys.latin(query);
        if (key.codePointCount(0, key.length()) < 2) {
            throw KomarException.invalid("QUERY_TOO_SHORT", 2);
        }
        Map<String, Object> params = new HashMap<>();
        String condition = scope.condition(actor, params);
        List<Child> found = children.search(khmer ? "search_khmer" : "search_latin", key, condition, params,
                SEARCH_LIMIT);
        audit.record(actor, "CHILD_SEARCHED", AuditSubject.none(), null,
                "results=" + found.size() + (found.isEmpty() ? "" : " ids=" + found.stream()
                        .map(child -> child.id().toString()).collect(Collectors.joining(","))));
        return found;
    }

    /**
     * Children who may be the same person as the one described: same sex, same name (in either script, also with
     * the two parts of a Latin name swapped), and a birth year within two years where both are known. Those outside
     * the caller's scope are only counted, so that a duplicate can be followed up without revealing who it is.
     */
    @Transactional
    public DuplicateCheck possibleDuplicates(Actor actor, ChildDetails details) {
        actor.require(Permission.CHILD_WRITE);
        List<String> latinKeys = latinKeys(details.nameLatin());
        List<String> khmerKeys = NameKeys.khmer(details.nameKhmer()).isEmpty() ? List.of()
                : List.of(NameKeys.khmer(details.nameKhmer()));
        if ((latinKeys.isEmpty() && khmerKeys.isEmpty()) || details.sex() == null) {
            return new DuplicateCheck(List.of(), 0);
        }
        Map<String, Object> params = new HashMap<>();
        String condition = scope.condition(actor, params);
        List<Child> visible = children.withKeys(latinKeys, khmerKeys, details.sex(), condition, params, 20).stream()
                .filter(child -> closeBirthYear(child, details.birthDate())).toList();
        Set<ChildId> visibleIds = visible.stream().map(Child::id).collect(Collectors.toSet());
        // Out-of-scope candidates are counted by name and sex only: their birth dates are not read for the caller.
        int outside = (int) children.idsWithKeys(latinKeys, khmerKeys, details.sex()).stream()
                .filter(id -> !visibleIds.contains(new ChildId(id))).count();
        audit.record(actor, "CHILD_DUPLICATES_CHECKED", AuditSubject.none(), null,
                "visible=" + visible.size() + " outside=" + outside);
        return new DuplicateCheck(visible, outside);
    }

    private static boolean closeBirthYear(Child child, LocalDate birthDate) {
        if (birthDate == null || child.birthClaim() == null) {
            return true;
        }
        return Math.abs(child.birthClaim().date().getYear() - birthDate.getYear()) <= 2;
    }

    private static List<String> latinKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String key = NameKeys.latin(name);
        if (!key.isEmpty()) {
            keys.add(key);
            String[] parts = name.strip().split("\\s+");
            if (parts.length == 2) {
                keys.add(NameKeys.latin(parts[1] + parts[0]));
            }
        }
        return new ArrayList<>(keys);
    }

    private Child validated(ChildId id, ChildDetails d, AgencyId owner, Instant registeredAt, int version) {
        FieldProblems problems = new FieldProblems();
        String latin = trimToNull(d.nameLatin());
        String khmer = trimToNull(d.nameKhmer());
        if (latin == null && khmer == null) {
            problems.add("name", "NAME_REQUIRED");
        }
        if (latin != null && latin.length() > MAX_NAME) {
            problems.add("name.latin", "TEXT_TOO_LONG", MAX_NAME);
        }
        if (khmer != null && khmer.length() > MAX_NAME) {
            problems.add("name.khmer", "TEXT_TOO_LONG", MAX_NAME);
        }
        if (khmer != null && !NameKeys.containsKhmer(khmer)) {
            problems.add("name.khmer", "KHMER_SCRIPT_EXPECTED");
        }
        Sex sex = Enums.parse(Sex.class, d.sex(), "sex", problems, true);
        Precision precision = Enums.parse(Precision.class, d.birthDatePrecision(), "birthDatePrecision", problems, false);
        Evidence evidence = Enums.parse(Evidence.class, d.birthDateEvidence(), "birthDateEvidence", problems, false);
        BirthDateClaim claim = null;
        if (d.birthDate() != null) {
            if (d.birthDate().isAfter(LocalDate.now(clock.withZone(Cambodia.ZONE)))) {
                problems.add("birthDate", "BIRTH_DATE_IN_FUTURE");
            } else {
                claim = new BirthDateClaim(d.birthDate(), precision, evidence);
            }
        }
        String residence = trimToNull(d.residence());
        if (residence != null && !gazetteer.exists(residence)) {
            problems.add("residence", "UNKNOWN_GEO_CODE", residence);
        }
        Ethnicity ethnicity = Enums.parse(Ethnicity.class, d.ethnicity(), "ethnicity", problems, false);
        String nationality = trimToNull(d.nationality());
        if (nationality != null) {
            nationality = nationality.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(nationality) && !"STATELESS".equals(nationality)
                    && !"UNKNOWN".equals(nationality)) {
                problems.add("nationality", "UNKNOWN_NATIONALITY", nationality);
            }
        }
        List<String> languages = new ArrayList<>();
        for (String language : d.languages()) {
            String code = trimToNull(language);
            if (code != null && !code.matches("[a-z]{2,3}")) {
                problems.add("languages", "UNKNOWN_LANGUAGE", code);
            } else if (code != null) {
                languages.add(code);
            }
        }
        if (String.join(",", languages).length() > 200) {
            problems.add("languages", "TEXT_TOO_LONG", 200);
        }
        List<Guardian> guardians = new ArrayList<>();
        for (int i = 0; i < d.guardians().size(); i++) {
            Guardian g = d.guardians().get(i);
            if (g == null || trimToNull(g.name()) == null) {
                problems.add("guardians[" + i + "].name", "REQUIRED");
                continue;
            }
            String field = "guardians[" + i + "]";
            Guardian guardian = new Guardian(g.name().strip(), g.relationship() == null ? GuardianRelationship.OTHER
                    : g.relationship(), trimToNull(g.phone()), trimToNull(g.address()));
            if (guardian.name().length() > MAX_NAME) {
                problems.add(field + ".name", "TEXT_TOO_LONG", MAX_NAME);
            }
            if (guardian.phone() != null && guardian.phone().length() > 60) {
                problems.add(field + ".phone", "TEXT_TOO_LONG", 60);
            }
            if (guardian.address() != null && guardian.address().length() > 500) {
                problems.add(field + ".address", "TEXT_TOO_LONG", 500);
            }
            guardians.add(guardian);
        }
        String note = trimToNull(d.disabilityNote());
        if (note != null && note.length() > 500) {
            problems.add("disabilityNote", "TEXT_TOO_LONG", 500);
        }
        problems.throwIfAny();
        return new Child(id, latin, khmer, sex, claim, residence, Boolean.TRUE.equals(d.disability()), note,
                ethnicity, nationality, languages, guardians, registeredAt, owner, version);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
