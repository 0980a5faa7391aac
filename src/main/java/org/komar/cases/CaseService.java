package org.komar.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.access.UserId;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.geo.Gazetteer;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.komar.timeline.EventValidator;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and reading cases, and recording on their timelines. Each call checks the permission, then the data scope
 * (a case outside it is "not found"), and audits in the same transaction.
 */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final CaseAccessPolicy policy;
    private final CaseNumbers numbers;
    private final ChildService children;
    private final TimelineStore timelines;
    private final Gazetteer gazetteer;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final List<RecordingCheck> checks;

    CaseService(CaseRepository cases, CaseAccessPolicy policy, CaseNumbers numbers, ChildService children,
                TimelineStore timelines, Gazetteer gazetteer, AgencyDirectory agencies, Accounts accounts,
                AuditLog audit, Clock clock, List<RecordingCheck> checks) {
        this.cases = cases;
        this.policy = policy;
        this.numbers = numbers;
        this.children = children;
        this.timelines = timelines;
        this.gazetteer = gazetteer;
        this.agencies = agencies;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.checks = List.copyOf(checks);
    }

    @Transactional
    public CaseView open(Actor actor, OpenCase request) {
        actor.require(Permission.CASE_OPEN);
        FieldProblems problems = new FieldProblems();
        if (request.childId() == null || request.childId().isBlank()) {
            problems.add("childId", "REQUIRED");
            problems.throwIfAny();
        }
        Child child = children.find(actor, ChildId.parse(request.childId(), "CHILD_NOT_FOUND"));
        CaseRole role = Enums.parse(CaseRole.class, request.role(), "role", problems, true);
        OffenceCode code = Enums.parse(OffenceCode.class, request.offenceCode(), "offence.code", problems,
                role == CaseRole.CONFLICT_WITH_LAW);
        OffenceClass offenceClass = Enums.parse(OffenceClass.class, request.offenceClass(), "offence.class", problems,
                role == CaseRole.CONFLICT_WITH_LAW);
        Integer min = request.minPenaltyMonths();
        Integer max = request.maxPenaltyMonths();
        if (min != null && (min < 0 || min > 1200)) {
            problems.add("offence.minPenaltyMonths", "OUT_OF_RANGE", 0, 1200);
        }
        if (max != null && (max < 0 || max > 1200)) {
            problems.add("offence.maxPenaltyMonths", "OUT_OF_RANGE", 0, 1200);
        }
        if (min != null && max != null && min > max) {
            problems.add("offence.minPenaltyMonths", "MIN_ABOVE_MAX");
        }
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        if (request.offenceDate() == null && role == CaseRole.CONFLICT_WITH_LAW) {
            problems.add("offenceDate", "REQUIRED");
        } else if (request.offenceDate() != null && request.offenceDate().isAfter(today)) {
            problems.add("offenceDate", "DATE_IN_FUTURE");
        }
        String place = request.place() == null || request.place().isBlank() ? null : request.place().strip();
        boolean unknownPlace = place != null && !gazetteer.exists(place);
        if (unknownPlace) {
            problems.add("place", "UNKNOWN_GEO_CODE", place);
        }
        String province = unknownPlace ? null : place != null ? place.substring(0, 2)
                : child.residence() != null ? child.residence().substring(0, 2) : actor.agencyProvince();
        if (province == null && !unknownPlace) {
            problems.add("place", "PROVINCE_REQUIRED");
        }
        String givenNumber = request.caseNumber() == null || request.caseNumber().isBlank() ? null
                : request.caseNumber().strip();
        if (givenNumber != null && (givenNumber.length() > 30 || cases.numberTaken(givenNumber))) {
            problems.add("caseNumber", "CASE_NUMBER_TAKEN", givenNumber);
        }
        List<ResolvedParty> parties = resolveParties(request.parties(), problems);
        problems.throwIfAny();

        Offence offence = code == null && offenceClass == null ? null
                : new Offence(code, offenceClass, request.intentional(), min, max);
        CaseId id = CaseId.random();
        String caseNumber = givenNumber != null ? givenNumber : numbers.next(province);
        if (givenNumber != null) {
            numbers.reserve(givenNumber);
        }
        Instant now = clock.instant();
        cases.insert(new CaseRecord(id, caseNumber, child.id(), role, offence, request.offenceDate(), place, province,
                actor.agencyId(), now), actor.userId());
        cases.addParty(id, actor.agencyId(), null, PartyFunction.OWNER, now);
        for (ResolvedParty party : parties) {
            cases.addParty(id, party.agency(), party.user(), party.function(), now);
        }
        timelines.start(id);
        audit.record(actor, "CASE_OPENED", AuditSubject.ofCase(id.value(), child.id().value()));
        return view(cases.find(id, "1 = 1", Map.of()).orElseThrow(), timelines.load(id), child);
    }

    /** The case with its derived situation; audited as a read of the child's case. */
    @Transactional
    public CaseView read(Actor actor, CaseId id) {
        CaseRecord record = findInScope(actor, id);
        Child child = children.find(actor, record.childId());
        CaseView view = view(record, timelines.load(id), child);
        audit.record(actor, "CASE_READ", AuditSubject.ofCase(id.value(), record.childId().value()));
        return view;
    }

    /** The case, its child and its full timeline, in one audited read (the case page). */
    @Transactional
    public CaseFile file(Actor actor, CaseId id) {
        CaseRecord record = findInScope(actor, id);
        Child child = children.find(actor, record.childId());
        Timeline timeline = timelines.load(id);
        audit.record(actor, "CASE_READ", AuditSubject.ofCase(id.value(), record.childId().value()));
        return new CaseFile(view(record, timeline, child), child, timeline);
    }

    @Transactional
    public CaseList list(Actor actor, CaseFilter filter) {
        actor.require(Permission.CASE_READ);
        validateFilter(filter);
        Map<String, Object> params = new HashMap<>();
        String condition = policy.caseCondition(actor, params);
        CaseRepository.Page page = cases.list(filter, condition, params, CaseList.COUNT_LIMIT);
        return listed(actor, page.items(), page.total(), page.more(), filter.pageOrZero(), filter.sizeOrDefault());
    }

    /**
     * The given cases that lie in the actor's scope, newest first, one page of {@code size} (at most 200): for
     * figures that lead to the cases behind them. Those outside scope are left out, never revealed.
     */
    @Transactional
    public CaseList listOf(Actor actor, java.util.Collection<CaseId> ids, int page, int size) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        String condition = policy.caseCondition(actor, params);
        List<CaseRecord> visible = cases.findAll(ids, condition, params);
        int pageSize = Math.max(1, Math.min(size, 200));
        int from = Math.min(visible.size(), Math.max(0, page) * pageSize);
        List<CaseRecord> items = visible.subList(from, Math.min(visible.size(), from + pageSize));
        return listed(actor, items, visible.size(), false, Math.max(0, page), pageSize);
    }

    private CaseList listed(Actor actor, List<CaseRecord> records, long total, boolean more, int page, int size) {
        Map<CaseId, Timeline> loaded = timelines.loadAll(records.stream().map(CaseRecord::id).toList());
        Map<ChildId, Child> childById = new HashMap<>();
        for (CaseRecord record : records) {
            childById.computeIfAbsent(record.childId(), childId -> children.find(actor, childId));
        }
        List<CaseView> views = records.stream().map(record -> view(record,
                loaded.getOrDefault(record.id(), Timeline.empty(record.id())), childById.get(record.childId())))
                .toList();
        audit.record(actor, "CASE_LISTED", AuditSubject.none(), null, "results=" + views.size()
                + (views.isEmpty() ? "" : " ids=" + views.stream().map(v -> v.id().toString())
                .collect(Collectors.joining(","))));
        return new CaseList(views, total, more, page, size, childById);
    }

    @Transactional
    public Timeline timeline(Actor actor, CaseId id) {
        CaseRecord record = findInScope(actor, id);
        Timeline timeline = timelines.load(id);
        audit.record(actor, "TIMELINE_READ", AuditSubject.ofCase(id.value(), record.childId().value()));
        return timeline;
    }

    /**
     * Records an event. The caller's roles must be allowed to record that type; {@code expectedVersion}, when given,
     * must be the timeline version the caller read. Every {@link RecordingCheck} for the type must let it through.
     */
    @Transactional
    public LegalEvent record(Actor actor, CaseId id, Integer expectedVersion, NewEvent event) {
        actor.require(Permission.EVENT_RECORD);
        CaseRecord record = findInScope(actor, id);
        EventValidator.Valid valid = timelines.validate(event);
        EventType type = valid.type();
        if (!type.recordableByAnyOf(actor.roles())) {
            throw KomarException.forbidden("EVENT_TYPE_NOT_ALLOWED", type.name());
        }
        check(record, valid, event.occurredAt());
        LegalEvent recorded = timelines.append(id, expectedVersion, event, actor.userId());
        audit.record(actor, "EVENT_RECORDED", AuditSubject.event(recorded.id().value(), id.value(),
                record.childId().value()), null, type.name());
        return recorded;
    }

    private void check(CaseRecord record, EventValidator.Valid valid, java.time.OffsetDateTime occurredAt) {
        List<RecordingCheck> applicable = checks.stream().filter(c -> c.appliesTo(valid.type())).toList();
        if (applicable.isEmpty()) {
            return;
        }
        Timeline timeline = timelines.load(record.id());
        org.komar.child.ChildFacts child = children.facts(record.childId()).orElseThrow();
        ProposedEvent proposed = new ProposedEvent(new CaseFacts(record.id(), record.caseNumber(), record.role(),
                record.offence(), record.offenceDate(), record.provinceCode(), child), timeline,
                CaseSituation.ageAssessment(timeline, child.registeredBirthClaim()), valid.type(), occurredAt,
                valid.attributes());
        FieldProblems problems = new FieldProblems();
        applicable.forEach(c -> c.check(proposed, problems));
        problems.throwIfAny();
    }

    @Transactional
    public LegalEvent voidEvent(Actor actor, CaseId id, EventId eventId, Integer expectedVersion, String reason) {
        actor.require(Permission.EVENT_VOID);
        CaseRecord record = findInScope(actor, id);
        LegalEvent event = timelines.load(id).find(eventId)
                .orElseThrow(() -> KomarException.notFound("EVENT_NOT_FOUND"));
        if (!event.type().recordableByAnyOf(actor.roles())) {
            throw KomarException.forbidden("EVENT_TYPE_NOT_ALLOWED", event.type().name());
        }
        LegalEvent voided = timelines.voidEvent(id, eventId, expectedVersion, reason, actor.userId());
        audit.record(actor, "EVENT_VOIDED", AuditSubject.event(eventId.value(), id.value(),
                record.childId().value()), voided.voiding().reason(), event.type().name());
        return voided;
    }

    /** Adds an agency or a person as a party (e.g. assigns a lawyer); only those who may open cases may do so. */
    @Transactional
    public void addParty(Actor actor, CaseId id, OpenCase.NewParty party) {
        actor.require(Permission.CASE_OPEN);
        CaseRecord record = findInScope(actor, id);
        FieldProblems problems = new FieldProblems();
        List<ResolvedParty> resolved = resolveParties(List.of(party), problems);
        problems.throwIfAny();
        for (ResolvedParty p : resolved) {
            cases.addParty(id, p.agency(), p.user(), p.function(), clock.instant());
        }
        audit.record(actor, "CASE_PARTY_ADDED", AuditSubject.ofCase(id.value(), record.childId().value()), null,
                party.function());
    }

    /** Grants or ends an agency's access for a reason outside the case owner's hands (referrals, placements). */
    @Transactional
    public void grantAgency(CaseId id, AgencyId agency, PartyFunction function) {
        cases.addParty(id, agency, null, function, clock.instant());
    }

    @Transactional
    public void endAgency(CaseId id, AgencyId agency, PartyFunction function) {
        cases.endParty(id, agency, null, function, clock.instant());
    }

    /** True when the case exists and lies in the actor's scope (for modules that hang data off a case). */
    @Transactional(readOnly = true)
    public boolean inScope(Actor actor, CaseId id) {
        Map<String, Object> params = new HashMap<>();
        String condition = policy.caseCondition(actor, params);
        return cases.find(id, condition, params).isPresent();
    }

    /**
     * A SQL condition that holds where {@code caseIdColumn} (a column of the caller's own query, e.g.
     * {@code r.case_id}) names a case in the actor's scope: for modules that list rows hanging off cases (registers,
     * inboxes), so that scope applies inside their queries, counts included.
     */
    public String scopeCondition(Actor actor, String caseIdColumn, Map<String, Object> params) {
        if (!caseIdColumn.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
            throw new IllegalArgumentException("not a column name: " + caseIdColumn);
        }
        String condition = policy.caseCondition(actor, params);
        if (CaseAccessPolicy.NOTHING.equals(condition)) {
            return CaseAccessPolicy.NOTHING;
        }
        return "EXISTS (SELECT 1 FROM case_file c WHERE c.id = " + caseIdColumn + " AND " + condition + ")";
    }

    /**
     * Every case of a child, whoever may see them, oldest first: for derived figures such as re-offending after
     * release. Not audited and not scoped: callers show nothing of a case outside the actor's scope.
     */
    @Transactional(readOnly = true)
    public List<CaseOutline> outlinesOfChild(ChildId childId) {
        return cases.ofChild(childId).stream().map(record -> new CaseOutline(record.id(), record.caseNumber(),
                record.childId(), record.role(), record.offenceDate(), record.provinceCode(), record.openedAt()))
                .toList();
    }

    /**
     * The facts of cases that derived read models need (role, offence, province, the child's facts), without scope
     * or audit: such callers keep what they derive inside the system and show it only through scoped, audited reads.
     */
    @Transactional(readOnly = true)
    public Map<CaseId, CaseFacts> facts(java.util.Collection<CaseId> ids) {
        List<CaseRecord> records = cases.findAll(ids);
        Map<ChildId, org.komar.child.ChildFacts> childFacts = children.facts(
                records.stream().map(CaseRecord::childId).distinct().toList());
        Map<CaseId, CaseFacts> facts = new HashMap<>();
        for (CaseRecord record : records) {
            org.komar.child.ChildFacts child = childFacts.get(record.childId());
            if (child != null) {
                facts.put(record.id(), new CaseFacts(record.id(), record.caseNumber(), record.role(),
                        record.offence(), record.offenceDate(), record.provinceCode(), child));
            }
        }
        return facts;
    }

    /** Every case id after {@code after} (null: the first), in a stable order: for rebuilding read models. */
    @Transactional(readOnly = true)
    public List<CaseId> caseIdsAfter(CaseId after, int limit) {
        return cases.idsAfter(after, limit);
    }

    private CaseRecord findInScope(Actor actor, CaseId id) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        String condition = policy.caseCondition(actor, params);
        return cases.find(id, condition, params).orElseThrow(() -> KomarException.notFound("CASE_NOT_FOUND"));
    }

    private CaseView view(CaseRecord record, Timeline timeline, Child child) {
        CaseSituation situation = CaseSituation.derive(timeline, child.registeredBirthClaim(), record.offenceDate(),
                clock.instant());
        return new CaseView(record.id(), record.caseNumber(), record.childId(), record.role(), record.offence(),
                record.offenceDate(), record.place(), record.provinceCode(), record.ownerAgency(), record.openedAt(),
                timeline.version(), cases.parties(record.id()), situation);
    }

    private record ResolvedParty(AgencyId agency, UserId user, PartyFunction function) {
    }

    private List<ResolvedParty> resolveParties(List<OpenCase.NewParty> parties, FieldProblems problems) {
        List<ResolvedParty> resolved = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            OpenCase.NewParty party = parties.get(i);
            String field = "parties[" + i + "]";
            PartyFunction function = Enums.parse(PartyFunction.class, party.function(), field + ".function", problems,
                    true);
            AgencyId agency = null;
            UserId user = null;
            if (party.agencyId() != null && !party.agencyId().isBlank()) {
                try {
                    agency = agencies.find(AgencyId.of(party.agencyId())).map(a -> a.id()).orElse(null);
                } catch (IllegalArgumentException malformed) {
                    agency = null;
                }
                if (agency == null) {
                    problems.add(field + ".agencyId", "AGENCY_NOT_FOUND");
                }
            } else if (party.username() != null && !party.username().isBlank()) {
                user = accounts.findByUsername(party.username().strip()).map(u -> u.id()).orElse(null);
                if (user == null) {
                    problems.add(field + ".username", "USER_NOT_FOUND");
                }
            } else {
                problems.add(field, "PARTY_REQUIRED");
            }
            if (function == PartyFunction.OWNER) {
                problems.add(field + ".function", "UNKNOWN_CHOICE", "OWNER", "");
            }
            if (function != null && (agency != null || user != null)) {
                resolved.add(new ResolvedParty(agency, user, function));
            }
        }
        return resolved;
    }

    private static void validateFilter(CaseFilter filter) {
        FieldProblems problems = new FieldProblems();
        if (filter.childId() != null) {
            try {
                UUID.fromString(filter.childId());
            } catch (IllegalArgumentException malformed) {
                problems.add("childId", "MALFORMED_ID");
            }
        }
        Enums.parse(CaseRole.class, filter.role(), "role", problems, false);
        Enums.parse(OffenceClass.class, filter.offenceClass(), "offenceClass", problems, false);
        if (filter.status() != null && !List.of("OPEN", "CLOSED").contains(filter.status())) {
            problems.add("status", "UNKNOWN_CHOICE", filter.status(), "OPEN, CLOSED");
        }
        if (filter.province() != null && !filter.province().matches("\\d{2}")) {
            problems.add("province", "UNKNOWN_GEO_CODE", filter.province());
        }
        problems.throwIfAny();
    }

    Optional<CaseRecord> unscoped(CaseId id) {
        return cases.find(id, "1 = 1", Map.of());
    }
}
