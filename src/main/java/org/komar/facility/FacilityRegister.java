package org.komar.facility;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.geo.Gazetteer;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.timeline.FacilityCodes;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The register of facilities. Reads come from an in-memory snapshot (reloaded after every change on this node and
 * every few minutes for changes made on another), so that validating an event's facility code and deriving rolls
 * never touch the database. Administrators ({@code REFERENCE_ADMIN}) add, change (with the version they read),
 * retire and reinstate facilities, each audited. A code, once given, never changes: events name facilities by it.
 * Retired facilities stay known, so that the history of children held there still reads and imports.
 */
@Service
public class FacilityRegister implements FacilityCodes {

    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;
    static final int MAX_CAPACITY = 100_000;

    private final FacilityRepository repository;
    private final Gazetteer gazetteer;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Snapshot snapshot;

    FacilityRegister(FacilityRepository repository, Gazetteer gazetteer, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.gazetteer = gazetteer;
        this.audit = audit;
        this.clock = clock;
    }

    private record Snapshot(List<Facility> all, Map<String, Facility> byCode, Map<FacilityId, Facility> byId) {
    }

    /** Whether the code names a facility of the register (retired ones included). */
    @Override
    public boolean known(String code) {
        return code != null && snapshot().byCode().containsKey(code);
    }

    /** Every facility, retired ones included, by province, type and code. */
    public List<Facility> all() {
        return snapshot().all();
    }

    /** Facilities in use. */
    public List<Facility> active() {
        return all().stream().filter(f -> !f.retired()).toList();
    }

    public Optional<Facility> find(FacilityId id) {
        return Optional.ofNullable(snapshot().byId().get(id));
    }

    public Optional<Facility> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().byCode().get(code));
    }

    public Facility require(FacilityId id) {
        return find(id).orElseThrow(() -> KomarException.notFound("FACILITY_NOT_FOUND"));
    }

    @Transactional
    public Facility create(Actor actor, FacilityDetails details) {
        actor.require(Permission.REFERENCE_ADMIN);
        FieldProblems problems = new FieldProblems();
        String code = problems.text("code", details.code(), MAX_CODE, true);
        if (code != null && code.length() <= MAX_CODE && !code.matches("[A-Z0-9][A-Z0-9_-]*")) {
            problems.add("code", "FACILITY_CODE_FORMAT");
        }
        FacilityRepository.Checked checked = check(code, details, problems);
        problems.throwIfAny();
        if (repository.codeTaken(code, null)) {
            throw KomarException.conflict("FACILITY_CODE_TAKEN", code);
        }
        FacilityId id = new FacilityId(UUID.randomUUID());
        repository.insert(id, checked, actor.userId(), clock.instant());
        audit.record(actor, "FACILITY_CREATED", AuditSubject.of("FACILITY", id.toString()), null, code);
        return reloadAndGet(id);
    }

    /** Changes everything but the code, if nobody changed the facility since {@code version} was read. */
    @Transactional
    public Facility update(Actor actor, FacilityId id, Integer version, FacilityDetails details) {
        actor.require(Permission.REFERENCE_ADMIN);
        Facility current = require(id);
        FieldProblems problems = new FieldProblems();
        if (details.code() != null && !details.code().isBlank() && !details.code().strip().equals(current.code())) {
            problems.add("code", "FACILITY_CODE_FIXED");
        }
        FacilityRepository.Checked checked = check(current.code(), details, problems);
        problems.throwIfAny();
        if (version == null || !repository.update(id, version, checked, actor.userId(), clock.instant())) {
            throw KomarException.conflict("STALE_FACILITY");
        }
        audit.record(actor, "FACILITY_UPDATED", AuditSubject.of("FACILITY", id.toString()), null, current.code());
        return reloadAndGet(id);
    }

    /** Retires a facility with a reason: it stays known, but no longer offered for new placements. */
    @Transactional
    public Facility retire(Actor actor, FacilityId id, Integer version, String reason) {
        actor.require(Permission.REFERENCE_ADMIN);
        Facility current = require(id);
        FieldProblems problems = new FieldProblems();
        String why = problems.text("reason", reason, 500, true);
        problems.throwIfAny();
        if (current.retired()) {
            throw KomarException.conflict("FACILITY_RETIRED");
        }
        if (version == null || !repository.retire(id, version, why, actor.userId(), clock.instant())) {
            throw KomarException.conflict("STALE_FACILITY");
        }
        audit.record(actor, "FACILITY_RETIRED", AuditSubject.of("FACILITY", id.toString()), why, current.code());
        return reloadAndGet(id);
    }

    /** Puts a retired facility back in use (a retirement made by mistake). */
    @Transactional
    public Facility reinstate(Actor actor, FacilityId id, Integer version) {
        actor.require(Permission.REFERENCE_ADMIN);
        Facility current = require(id);
        if (!current.retired()) {
            throw KomarException.conflict("FACILITY_NOT_RETIRED");
        }
        if (version == null || !repository.reinstate(id, version, actor.userId(), clock.instant())) {
            throw KomarException.conflict("STALE_FACILITY");
        }
        audit.record(actor, "FACILITY_REINSTATED", AuditSubject.of("FACILITY", id.toString()), null, current.code());
        return reloadAndGet(id);
    }

    private FacilityRepository.Checked check(String code, FacilityDetails details, FieldProblems problems) {
        String latin = problems.text("name.latin", details.nameLatin(), MAX_NAME, true);
        String khmer = problems.text("name.khmer", details.nameKhmer(), MAX_NAME, true);
        FacilityType type = Enums.parse(FacilityType.class, details.type(), "type", problems, true);
        String province = problems.text("province", details.province(), 2, true);
        if (province != null && (!province.matches("\\d{2}") || gazetteer.find(province)
                .filter(unit -> unit.level() == 1).isEmpty())) {
            problems.add("province", "UNKNOWN_GEO_CODE", province);
        }
        Integer capacity = details.capacity();
        if (capacity == null) {
            problems.add("capacity", "REQUIRED");
        } else if (capacity < 0 || capacity > MAX_CAPACITY) {
            problems.add("capacity", "OUT_OF_RANGE", 0, MAX_CAPACITY);
        }
        List<SectionCapacity> sections = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < details.sections().size(); i++) {
            FacilityDetails.SectionPlaces given = details.sections().get(i);
            String field = "sections[" + i + "]";
            Section section = Enums.parse(Section.class, given.section(), field + ".section", problems, true);
            Occupants occupants = Enums.parse(Occupants.class, given.occupants(), field + ".occupants", problems, true);
            if (given.places() == null) {
                continue;
            }
            if (given.places() < 0 || given.places() > MAX_CAPACITY) {
                problems.add(field + ".places", "OUT_OF_RANGE", 0, MAX_CAPACITY);
            } else if (section != null && occupants != null) {
                if (!seen.add(section + "/" + occupants)) {
                    problems.add(field, "FACILITY_SECTION_TWICE");
                } else {
                    sections.add(new SectionCapacity(section, occupants, given.places()));
                }
            }
        }
        int inSections = sections.stream().mapToInt(SectionCapacity::places).sum();
        if (capacity != null && inSections > capacity) {
            problems.add("sections", "FACILITY_SECTIONS_EXCEED_CAPACITY", inSections, capacity);
        }
        return new FacilityRepository.Checked(code, latin, khmer, type, province, capacity == null ? 0 : capacity,
                Boolean.TRUE.equals(details.separatesMinorsFromAdults()),
                Boolean.TRUE.equals(details.complaintsMechanism()), sections);
    }

    /** The kinds of facility that are places of detention. */
    public static Set<FacilityType> placesOfDetention() {
        Set<FacilityType> types = EnumSet.noneOf(FacilityType.class);
        for (FacilityType type : FacilityType.values()) {
            if (type.placeOfDetention()) {
                types.add(type);
            }
        }
        return types;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        return current != null ? current : reload();
    }

    /** Picks up changes made on other application nodes. */
    @Scheduled(fixedDelayString = "${komar.facilities.refresh:PT5M}", initialDelayString = "${komar.facilities.refresh:PT5M}")
    void refresh() {
        reload();
    }

    synchronized Snapshot reload() {
        List<Facility> all = repository.all();
        Map<String, Facility> byCode = new HashMap<>();
        Map<FacilityId, Facility> byId = new HashMap<>();
        for (Facility facility : all) {
            byCode.put(facility.code(), facility);
            byId.put(facility.id(), facility);
        }
        List<Facility> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Facility::provinceCode).thenComparing(Facility::type)
                .thenComparing(Facility::code));
        Snapshot fresh = new Snapshot(List.copyOf(sorted), Map.copyOf(byCode), Map.copyOf(byId));
        snapshot = fresh;
        return fresh;
    }

    /** Reloads at once (so the caller reads its change), and again after commit (or forgets it on rollback). */
    private Facility reloadAndGet(FacilityId id) {
        Facility changed = repository.all().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reload();
                }
            });
        } else {
            reload();
        }
        return changed;
    }

    Instant now() {
        return clock.instant();
    }
}
