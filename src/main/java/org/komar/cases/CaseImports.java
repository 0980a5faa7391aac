package org.komar.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.access.UserId;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildFacts;
import org.komar.child.ChildService;
import org.komar.geo.Gazetteer;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblem;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.shared.TimeOrderedIds;
import org.komar.timeline.EventId;
import org.komar.timeline.EventValidator;
import org.komar.timeline.ImportedEvent;
import org.komar.timeline.ImportedTimeline;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.komar.timeline.Voiding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of case bundles (a child, one case of the child, its whole timeline), for the exchange module. It runs
 * as stages: {@link #begin} checks the permission and caches the reference data; {@link #batch} looks up, for a chunk
 * of bundles at once, which cases, children and case numbers exist; {@link Batch#prepare} validates one bundle in
 * memory with the checks of the ordinary calls (the child's details as {@link ChildService} checks them, the case as
 * {@link CaseService#open} does, every event against the vocabulary and the {@link RecordingCheck}s of the other
 * modules), writing nothing; {@link #store} writes the prepared bundles of a chunk as batches in the caller's
 * transaction, publishes {@link CasesImported} for the derived views, and audits them there. A bundle either prepares wholly or is refused with all its problems, so a line
 * is never half-written.
 *
 * <p>Differences from recording through {@link CaseService}, on purpose: the importer needs {@code DATA_IMPORT}
 * rather than the case permissions and records every event type (the file says who recorded what, and when); a case
 * whose id already exists is skipped, not refused, so that an import can be run again after an interruption; a child
 * whose id exists is used as it is (its details in the bundle are not applied).
 */
@Service
public class CaseImports {

    /** Above this, a bundle is refused: a timeline of thousands of events is a fault of the file, not a case. */
    public static final int MAX_EVENTS = 5000;
    /** Clocks of the machines that made the file drift; a moment a few minutes ahead is accepted. */
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final CaseRepository cases;
    private final CaseNumbers numbers;
    private final ChildService children;
    private final TimelineStore timelines;
    private final Gazetteer gazetteer;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final List<RecordingCheck> checks;
    private final ApplicationEventPublisher events;

    CaseImports(CaseRepository cases, CaseNumbers numbers, ChildService children, TimelineStore timelines,
                Gazetteer gazetteer, AgencyDirectory agencies, Accounts accounts, AuditLog audit, Clock clock,
                List<RecordingCheck> checks, ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
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

    /** One bundle as an import gives it. Ids may be null (the import makes them up); strings are checked here. */
    public record Bundle(ChildPart child, CasePart kase, List<EventPart> events) {

        public Bundle {
            events = events == null ? List.of() : events;
        }
    }

    /** The child: its details as a person would enter them, its registration moment and owning agency (a code). */
    public record ChildPart(ChildId id, ChildDetails details, Instant registeredAt, String ownerAgency) {
    }

    /** The case as {@link OpenCase} has it, plus its identity, province, owning agency (a code) and parties. */
    public record CasePart(CaseId id, String caseNumber, String role, String offenceCode, String offenceClass,
                           Boolean intentional, Integer minPenaltyMonths, Integer maxPenaltyMonths,
                           LocalDate offenceDate, String place, String province, String ownerAgency,
                           Instant openedAt, List<PartyPart> parties) {

        public CasePart {
            parties = parties == null ? List.of() : parties;
        }
    }

    /** An agency (by code) or a person (by username) answering for the case, since when and until when. */
    public record PartyPart(String agency, String username, String function, Boolean active, Instant since,
                            Instant until) {
    }

    /**
     * An event with its identity, when it was recorded and by whom (a username, or a user id kept as it is), and
     * its voiding when it arrives voided.
     */
    public record EventPart(EventId id, NewEvent event, Instant recordedAt, String recordedBy, VoidPart voided) {
    }

    public record VoidPart(String reason, Instant voidedAt, String voidedBy) {
    }

    /** What came of preparing one bundle: prepared for storing, or skipped because its case is there already. */
    public sealed interface Outcome permits Prepared, Skipped {
    }

    /** A case whose id is already taken (imported before, or earlier in the same file): left as it is. */
    public record Skipped(CaseId caseId, String code) implements Outcome {
    }

    /** A bundle that passed every check, ready for {@link #store}. */
    public static final class Prepared implements Outcome {

        private final Child newChild;
        private final ChildId childId;
        private final CaseRecord record;
        private String givenNumber;
        private final List<CaseParty> parties;
        private final ImportedTimeline timeline;
        private final ChildFacts childFacts;
        private String caseNumber;

        Prepared(Child newChild, ChildId childId, CaseRecord record, String givenNumber, List<CaseParty> parties,
                 ImportedTimeline timeline, ChildFacts childFacts) {
            this.childFacts = childFacts;
            this.newChild = newChild;
            this.childId = childId;
            this.record = record;
            this.givenNumber = givenNumber;
            this.parties = parties;
            this.timeline = timeline;
            this.caseNumber = givenNumber;
        }

        public CaseId caseId() {
            return record.id();
        }

        public ChildId childId() {
            return childId;
        }

        /** Whether the child is registered by this bundle (rather than already known). */
        public boolean newChild() {
            return newChild != null;
        }

        /** The case number: as given, or the one {@link #store} gave it. */
        public String caseNumber() {
            return caseNumber;
        }

        public List<EventId> eventIds() {
            return timeline.events().stream().map(ImportedEvent::id).toList();
        }
    }

    /**
     * One import by one person: the permission checked once, agencies and users looked up once, and what the last
     * chunks claimed (cases, children, case numbers), so that a chunk prepared while the one before it is still
     * being stored treats its cases and children as there (see {@link #batch}).
     */
    public final class Session {

        /**
         * How many of the last chunks' claims are remembered: the chunk being read, one waiting, and those being
         * stored (one per storing thread and one more).
         */
        private volatile int remembered = 3;
        private final Actor actor;
        private final Map<String, Agency> agenciesByCode = new HashMap<>();
        private final Map<String, Optional<UserId>> usersByName = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.ArrayDeque<Claims> recent = new java.util.ArrayDeque<>();
        private volatile boolean bulk;
        private volatile boolean storedAtOnce;

        private Session(Actor actor) {
            this.actor = actor;
            agencies.all().forEach(agency -> agenciesByCode.put(agency.code(), agency));
        }

        public Actor actor() {
            return actor;
        }

        /**
         * From now on the chunks stored are published as bulk ({@link CasesImported#bulk()}): the importer has
         * arranged for what read models leave out to be built at its end. With several {@code storers}, chunks
         * are stored at the same time, each in its own transaction: their case numbers are then taken in short
         * transactions of their own, so that no chunk holds a province's counter until it commits (the others
         * would wait for it). The price: a line refused while its chunk is stored, or an import broken off,
         * leaves the numbers taken for it unused, a gap in the series.
         */
        public void bulk(int storers) {
            remembered = Math.max(3, storers + 3);
            storedAtOnce = storers > 1;
            bulk = true;
        }

        private synchronized Claims claims() {
            Claims claims = new Claims();
            recent.addLast(claims);
            while (recent.size() > remembered) {
                recent.removeFirst();
            }
            return claims;
        }

        private synchronized void addRecent(Set<CaseId> cases, Set<ChildId> children, Map<ChildId, ChildFacts> facts,
                                            Set<String> numbers) {
            for (Claims claims : recent) {
                synchronized (claims) {
                    cases.addAll(claims.cases);
                    children.addAll(claims.children.keySet());
                    facts.putAll(claims.children);
                    numbers.addAll(claims.numbers);
                }
            }
        }

        Optional<Agency> agency(String code) {
            return Optional.ofNullable(agenciesByCode.get(code));
        }

        /** A username, or a user id kept as it is (events recorded by Komar itself, or by someone since gone). */
        Optional<UserId> user(String reference) {
            if (reference == null) {
                return Optional.of(actor.userId());
            }
            Optional<UUID> id = uuid(reference);
            if (id.isPresent()) {
                return Optional.of(new UserId(id.get()));
            }
            return usersByName.computeIfAbsent(reference, name -> accounts.findByUsername(name)
                    .map(user -> user.id()));
        }

        Optional<UserId> userByName(String username) {
            return usersByName.computeIfAbsent(username, name -> accounts.findByUsername(name)
                    .map(user -> user.id()));
        }
    }

    /** Starts an import: the actor must hold {@code DATA_IMPORT}. */
    public Session begin(Actor actor) {
        actor.require(Permission.DATA_IMPORT);
        return new Session(actor);
    }

    /** What one chunk claimed as it was prepared: its cases, its new children (with their facts), its numbers. */
    private static final class Claims {
        final Set<CaseId> cases = new HashSet<>();
        final Map<ChildId, ChildFacts> children = new HashMap<>();
        final Set<String> numbers = new HashSet<>();
    }

    /**
     * A chunk of bundles: which of their cases, children and case numbers exist, looked up at once. Bundles are
     * then prepared one by one in file order; a case or child met earlier in the chunk, or claimed by one of the
     * last chunks of the session (which may still be being stored), counts as existing. Should one of those chunks
     * fail to store a line after all, a bundle relying on it fails to store too and is prepared again alone
     * ({@link #prepareAgain}).
     */
    @Transactional(readOnly = true)
    public Batch batch(Session session, Collection<Bundle> bundles) {
        return lookup(session, bundles, true);
    }

    /**
     * A bundle looked up and prepared again on its own, from what is stored only, after its chunk failed to store.
     * A case number taken for it apart ({@link Session#bulk}) is kept rather than taken again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome prepareAgain(Session session, Bundle bundle, Outcome earlier) {
        Outcome again = lookup(session, List.of(bundle), false).prepare(bundle);
        if (session.storedAtOnce && again instanceof Prepared now && earlier instanceof Prepared before
                && before.givenNumber == null && before.caseNumber != null && now.givenNumber == null) {
            now.givenNumber = before.caseNumber;
            now.caseNumber = before.caseNumber;
        }
        return again;
    }

    private Batch lookup(Session session, Collection<Bundle> bundles, boolean withRecentClaims) {
        List<CaseId> caseIds = new ArrayList<>();
        List<ChildId> childIds = new ArrayList<>();
        List<String> givenNumbers = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.kase() != null && bundle.kase().id() != null) {
                caseIds.add(bundle.kase().id());
            }
            if (bundle.kase() != null && bundle.kase().caseNumber() != null && !bundle.kase().caseNumber().isBlank()) {
                givenNumbers.add(bundle.kase().caseNumber().strip());
            }
            if (bundle.child() != null && bundle.child().id() != null) {
                childIds.add(bundle.child().id());
            }
        }
        Set<CaseId> takenCases = new HashSet<>(cases.existing(caseIds));
        Set<ChildId> knownChildren = new HashSet<>(children.existing(childIds));
        Map<ChildId, ChildFacts> facts = new HashMap<>(children.facts(knownChildren));
        Set<String> takenNumbers = new HashSet<>(cases.takenNumbers(givenNumbers));
        Set<ChildId> stored = Set.copyOf(knownChildren);
        if (withRecentClaims) {
            session.addRecent(takenCases, knownChildren, facts, takenNumbers);
        }
        return new Batch(session, takenCases, knownChildren, stored, facts, takenNumbers,
                withRecentClaims ? session.claims() : new Claims());
    }

    /** The state of one chunk while its bundles are prepared. */
    public final class Batch {

        private final Session session;
        private final Set<CaseId> takenCases;
        private final Set<ChildId> knownChildren;
        private final Map<ChildId, ChildFacts> childFacts;
        private final Set<String> takenNumbers;
        private final Claims claims;
        /** The children found stored when the chunk was looked up (the others it knows, earlier chunks claimed). */
        private final Set<ChildId> storedChildren;
        private boolean reliesOnEarlierChunks;

        private Batch(Session session, Set<CaseId> takenCases, Set<ChildId> knownChildren, Set<ChildId> storedChildren,
                      Map<ChildId, ChildFacts> childFacts, Set<String> takenNumbers, Claims claims) {
            this.storedChildren = storedChildren;
            this.session = session;
            this.takenCases = takenCases;
            this.knownChildren = knownChildren;
            this.childFacts = childFacts;
            this.takenNumbers = takenNumbers;
            this.claims = claims;
        }

        /**
         * Checks one bundle without writing anything: {@link Skipped} when its case exists, else {@link Prepared};
         * a bundle with any problem throws one {@code VALIDATION_FAILED} naming every wrong field, prefixed with
         * {@code child.}, {@code case.} or {@code events[i].}.
         */
        public Outcome prepare(Bundle bundle) {
            FieldProblems problems = new FieldProblems();
            if (bundle.child() == null) {
                problems.add("child", "REQUIRED");
            }
            if (bundle.kase() == null) {
                problems.add("case", "REQUIRED");
            }
            problems.throwIfAny();
            CasePart part = bundle.kase();
            CaseId caseId = part.id() != null ? part.id() : CaseId.random();
            if (takenCases.contains(caseId)) {
                return new Skipped(caseId, "CASE_ALREADY_IMPORTED");
            }
            Instant now = clock.instant();
            ChildPart childPart = bundle.child();
            ChildId childId = childPart.id() != null ? childPart.id() : ChildId.random();
            Child newChild = null;
            ChildFacts facts = childFacts.get(childId);
            boolean claimedEarlier = knownChildren.contains(childId) && !storedChildren.contains(childId)
                    && !claims.children.containsKey(childId);
            if (!knownChildren.contains(childId)) {
                newChild = prepareChild(childPart, childId, now, problems);
                if (newChild != null) {
                    facts = new ChildFacts(childId, newChild.sex(), newChild.birthClaim(), newChild.disability(),
                            newChild.ethnicity(), newChild.nationality());
                }
            }
            CaseRecord record = prepareCase(part, caseId, childId, newChild, now, problems);
            String givenNumber = blankToNull(part.caseNumber());
            if (givenNumber != null && (givenNumber.length() > 30 || takenNumbers.contains(givenNumber))) {
                problems.add("case.caseNumber", "CASE_NUMBER_TAKEN", givenNumber);
            }
            List<CaseParty> parties = prepareParties(part, record, now, problems);
            ImportedTimeline timeline = prepareEvents(bundle.events(), caseId, record, facts, now, problems);
            problems.throwIfAny();
            reliesOnEarlierChunks |= claimedEarlier;
            takenCases.add(caseId);
            if (newChild != null) {
                knownChildren.add(childId);
                childFacts.put(childId, facts);
            }
            if (givenNumber != null) {
                takenNumbers.add(givenNumber);
            }
            synchronized (claims) {
                claims.cases.add(caseId);
                if (newChild != null) {
                    claims.children.put(childId, facts);
                }
                if (givenNumber != null) {
                    claims.numbers.add(givenNumber);
                }
            }
            return new Prepared(newChild, childId, record, givenNumber, parties, timeline, facts);
        }

        /**
         * Whether a bundle prepared so far belongs to a child that one of the last chunks registers: this chunk can
         * then be stored only once that one is (PostgreSQL checks a foreign key against committed rows only).
         */
        public boolean reliesOnEarlierChunks() {
            return reliesOnEarlierChunks;
        }

        private Child prepareChild(ChildPart part, ChildId id, Instant now, FieldProblems problems) {
            AgencyId owner = session.actor.agencyId();
            if (part.ownerAgency() != null) {
                Optional<Agency> agency = session.agency(part.ownerAgency());
                if (agency.isEmpty()) {
                    problems.add("child.ownerAgency", "AGENCY_NOT_FOUND");
                } else {
                    owner = agency.get().id();
                }
            }
            Instant registeredAt = part.registeredAt() != null ? part.registeredAt() : now;
            if (registeredAt.isAfter(now.plus(TOLERANCE))) {
                problems.add("child.registeredAt", "DATE_IN_FUTURE");
            }
            if (part.details() == null) {
                problems.add("child.name", "NAME_REQUIRED");
                return null;
            }
            try {
                return children.prepareImported(id, part.details(), registeredAt, owner);
            } catch (KomarException invalid) {
                prefixed(invalid, "child", problems);
                return null;
            }
        }

        private CaseRecord prepareCase(CasePart part, CaseId id, ChildId childId, Child newChild, Instant now,
                                       FieldProblems problems) {
            CaseRole role = Enums.parse(CaseRole.class, part.role(), "case.role", problems, true);
            boolean inConflict = role == CaseRole.CONFLICT_WITH_LAW;
            OffenceCode code = Enums.parse(OffenceCode.class, part.offenceCode(), "case.offence.code", problems,
                    inConflict);
            OffenceClass offenceClass = Enums.parse(OffenceClass.class, part.offenceClass(), "case.offence.class",
                    problems, inConflict);
            Integer min = part.minPenaltyMonths();
            Integer max = part.maxPenaltyMonths();
            if (min != null && (min < 0 || min > 1200)) {
                problems.add("case.offence.minPenaltyMonths", "OUT_OF_RANGE", 0, 1200);
            }
            if (max != null && (max < 0 || max > 1200)) {
                problems.add("case.offence.maxPenaltyMonths", "OUT_OF_RANGE", 0, 1200);
            }
            if (min != null && max != null && min > max) {
                problems.add("case.offence.minPenaltyMonths", "MIN_ABOVE_MAX");
            }
            LocalDate today = LocalDate.ofInstant(now, Cambodia.ZONE);
            if (part.offenceDate() == null && inConflict) {
                problems.add("case.offenceDate", "REQUIRED");
            } else if (part.offenceDate() != null && part.offenceDate().isAfter(today)) {
                problems.add("case.offenceDate", "DATE_IN_FUTURE");
            }
            String place = blankToNull(part.place());
            boolean unknownPlace = place != null && !gazetteer.exists(place);
            if (unknownPlace) {
                problems.add("case.place", "UNKNOWN_GEO_CODE", place);
            }
            Agency owner = null;
            if (part.ownerAgency() != null) {
                owner = session.agency(part.ownerAgency()).orElse(null);
                if (owner == null) {
                    problems.add("case.ownerAgency", "AGENCY_NOT_FOUND");
                }
            }
            String province = province(part, place, unknownPlace, newChild, childId, owner, problems);
            Instant openedAt = part.openedAt() != null ? part.openedAt() : now;
            if (openedAt.isAfter(now.plus(TOLERANCE))) {
                problems.add("case.openedAt", "DATE_IN_FUTURE");
            }
            if (role == null || province == null || (part.ownerAgency() != null && owner == null)) {
                return null;
            }
            Offence offence = code == null && offenceClass == null ? null
                    : new Offence(code, offenceClass, part.intentional(), min, max);
            return new CaseRecord(id, null, childId, role, offence, part.offenceDate(), place, province,
                    owner != null ? owner.id() : session.actor.agencyId(), openedAt);
        }

        /** As {@link CaseService#open}: the place's province, else the child's, else the owning agency's. */
        private String province(CasePart part, String place, boolean unknownPlace, Child newChild, ChildId childId,
                                Agency owner, FieldProblems problems) {
            String given = blankToNull(part.province());
            if (given != null) {
                if (given.length() != 2 || !gazetteer.exists(given)) {
                    problems.add("case.province", "UNKNOWN_GEO_CODE", given);
                    return null;
                }
                if (place != null && !unknownPlace && !place.startsWith(given)) {
                    problems.add("case.province", "PROVINCE_MISMATCH", given, place);
                    return null;
                }
                return given;
            }
            if (unknownPlace) {
                return null;
            }
            if (place != null) {
                return place.substring(0, 2);
            }
            if (newChild != null && newChild.residence() != null) {
                return newChild.residence().substring(0, 2);
            }
            String fallback = owner != null ? owner.provinceCode() : session.actor.agencyProvince();
            if (fallback == null) {
                problems.add("case.place", "PROVINCE_REQUIRED");
            }
            return fallback;
        }

        private List<CaseParty> prepareParties(CasePart part, CaseRecord record, Instant now,
                                               FieldProblems problems) {
            List<CaseParty> parties = new ArrayList<>();
            boolean owned = false;
            for (int i = 0; i < part.parties().size(); i++) {
                PartyPart party = part.parties().get(i);
                String field = "case.parties[" + i + "]";
                if (party == null) {
                    problems.add(field, "PARTY_REQUIRED");
                    continue;
                }
                PartyFunction function = Enums.parse(PartyFunction.class, party.function(), field + ".function",
                        problems, true);
                AgencyId agency = null;
                UserId user = null;
                if (party.agency() != null && party.username() != null) {
                    problems.add(field, "PARTY_AGENCY_OR_PERSON");
                } else if (party.agency() != null) {
                    agency = session.agency(party.agency()).map(Agency::id).orElse(null);
                    if (agency == null) {
                        problems.add(field + ".agency", "AGENCY_NOT_FOUND");
                    }
                } else if (party.username() != null) {
                    user = session.userByName(party.username()).orElse(null);
                    if (user == null) {
                        problems.add(field + ".username", "USER_NOT_FOUND");
                    }
                } else {
                    problems.add(field, "PARTY_REQUIRED");
                }
                Instant since = party.since() != null ? party.since()
                        : record != null ? record.openedAt() : now;
                if (since.isAfter(now.plus(TOLERANCE))) {
                    problems.add(field + ".since", "DATE_IN_FUTURE");
                }
                boolean active = !Boolean.FALSE.equals(party.active());
                Instant until = party.until();
                if (until != null && until.isBefore(since)) {
                    problems.add(field + ".until", "UNTIL_BEFORE_SINCE");
                }
                if (active && until != null) {
                    problems.add(field + ".until", "ACTIVE_PARTY_ENDED");
                }
                if (function != null && (agency != null || user != null)) {
                    owned |= function == PartyFunction.OWNER;
                    parties.add(new CaseParty(TimeOrderedIds.next(), agency, user, function, active, since,
                            active ? null : until != null ? until : since));
                }
            }
            if (!owned && record != null) {
                parties.add(0, new CaseParty(TimeOrderedIds.next(), record.ownerAgency(), null, PartyFunction.OWNER,
                        true, record.openedAt(), null));
            }
            return parties;
        }

        private ImportedTimeline prepareEvents(List<EventPart> events, CaseId caseId, CaseRecord record,
                                               ChildFacts child, Instant now, FieldProblems problems) {
            if (events.size() > MAX_EVENTS) {
                problems.add("events", "TOO_MANY_EVENTS", MAX_EVENTS);
                return new ImportedTimeline(caseId, List.of());
            }
            List<ImportedEvent> imported = new ArrayList<>();
            List<LegalEvent> sofar = new ArrayList<>();
            Set<EventId> ids = new HashSet<>();
            for (int i = 0; i < events.size(); i++) {
                EventPart part = events.get(i);
                String field = "events[" + i + "]";
                if (part == null || part.event() == null) {
                    problems.add(field, "REQUIRED");
                    continue;
                }
                EventId id = part.id() != null ? part.id() : new EventId(UUID.randomUUID());
                if (!ids.add(id)) {
                    problems.add(field + ".id", "DUPLICATE_ID");
                }
                EventValidator.Valid valid;
                try {
                    valid = timelines.validate(part.event());
                } catch (KomarException invalid) {
                    prefixed(invalid, field, problems);
                    continue;
                }
                Instant recordedAt = part.recordedAt() != null ? part.recordedAt() : now;
                if (recordedAt.isAfter(now.plus(TOLERANCE))) {
                    problems.add(field + ".recordedAt", "DATE_IN_FUTURE");
                }
                UserId recordedBy = session.user(part.recordedBy()).orElse(null);
                if (recordedBy == null) {
                    problems.add(field + ".recordedBy", "USER_NOT_FOUND");
                }
                Voiding voiding = voiding(part.voided(), field + ".voided", now, problems);
                if (recordedBy == null || (part.voided() != null && voiding == null)) {
                    continue;
                }
                if (voiding == null && record != null && child != null) {
                    check(record, child, sofar, valid, part.event(), field, problems);
                }
                ImportedEvent event = new ImportedEvent(id, valid, part.event().occurredAt(), recordedAt, recordedBy,
                        voiding);
                imported.add(event);
                sofar.add(new LegalEvent(id, caseId, sofar.size() + 1, valid.type(), event.occurredAt(), recordedAt,
                        recordedBy, valid.attributes(), voiding));
            }
            return new ImportedTimeline(caseId, imported);
        }

        private Voiding voiding(VoidPart part, String field, Instant now, FieldProblems problems) {
            if (part == null) {
                return null;
            }
            String reason = blankToNull(part.reason());
            int before = problems.list().size();
            if (reason == null) {
                problems.add(field + ".reason", "REQUIRED");
            } else if (reason.length() > 1000) {
                problems.add(field + ".reason", "TEXT_TOO_LONG", 1000);
            }
            Instant at = part.voidedAt() != null ? part.voidedAt() : now;
            if (at.isAfter(now.plus(TOLERANCE))) {
                problems.add(field + ".voidedAt", "DATE_IN_FUTURE");
            }
            UserId by = session.user(part.voidedBy()).orElse(null);
            if (by == null) {
                problems.add(field + ".voidedBy", "USER_NOT_FOUND");
            }
            return problems.list().size() > before ? null : new Voiding(reason, at, by);
        }

        /** The other modules' checks, on the timeline as it stands before this event (voided ones are not checked). */
        private void check(CaseRecord record, ChildFacts child, List<LegalEvent> sofar, EventValidator.Valid valid,
                           NewEvent event, String field, FieldProblems problems) {
            List<RecordingCheck> applicable = checks.stream().filter(c -> c.appliesTo(valid.type())).toList();
            if (applicable.isEmpty()) {
                return;
            }
            Timeline timeline = new Timeline(record.id(), sofar.size(), sofar);
            ProposedEvent proposed = new ProposedEvent(new CaseFacts(record.id(), record.caseNumber(), record.role(),
                    record.offence(), record.offenceDate(), record.provinceCode(), child), timeline,
                    CaseSituation.ageAssessment(timeline, child.registeredBirthClaim()), valid.type(),
                    event.occurredAt(), valid.attributes());
            FieldProblems found = new FieldProblems();
            applicable.forEach(c -> c.check(proposed, found));
            found.list().forEach(p -> problems.add(field + "." + p.field(), p.code(), p.args()));
        }
    }

    /**
     * Writes the prepared bundles of a chunk in the caller's transaction, as batches: new children, case numbers for
     * cases without one (a block per province), cases, parties, timelines (which derive the read models once per
     * case); then one audit line for the chunk, whose {@code details} name the import and its lines.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(Session session, List<Prepared> prepared, String details) {
        if (prepared.isEmpty()) {
            return;
        }
        Actor actor = session.actor();
        children.storeImported(prepared.stream().filter(Prepared::newChild).map(p -> p.newChild).toList(),
                actor.userId());
        List<String> given = prepared.stream().map(p -> p.givenNumber).filter(Objects::nonNull).toList();
        if (session.storedAtOnce) {
            numberApart(session, prepared); // the importer has numbered them as it handed the chunk out
            numbers.reserveAllApart(given);
        } else {
            unnumbered(prepared).forEach((province, ofProvince) ->
                    numbered(ofProvince, numbers.nextBlock(province, ofProvince.size())));
            numbers.reserveAll(given);
        }
        List<CaseRecord> records = prepared.stream().map(p -> new CaseRecord(p.record.id(), p.caseNumber,
                p.record.childId(), p.record.role(), p.record.offence(), p.record.offenceDate(), p.record.place(),
                p.record.provinceCode(), p.record.ownerAgency(), p.record.openedAt())).toList();
        cases.insertAll(records, actor.userId());
        List<CaseParty> parties = new ArrayList<>();
        List<CaseId> ofCases = new ArrayList<>();
        for (Prepared p : prepared) {
            for (CaseParty party : p.parties) {
                parties.add(party);
                ofCases.add(p.caseId());
            }
        }
        cases.addParties(parties, ofCases);
        Map<CaseId, Timeline> stored = timelines.storeImported(prepared.stream().map(p -> p.timeline).toList());
        Map<CaseId, CaseFacts> facts = new HashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            CaseRecord record = records.get(i);
            facts.put(record.id(), new CaseFacts(record.id(), record.caseNumber(), record.role(), record.offence(),
                    record.offenceDate(), record.provinceCode(), prepared.get(i).childFacts));
        }
        events.publishEvent(new CasesImported(facts, stored, session.bulk));
        audit.record(actor, "CASES_IMPORTED", AuditSubject.none(), null, details);
    }

    /**
     * Numbers the cases of a chunk that have no number yet, for a session that stores chunks at once
     * ({@link Session#bulk}): in a short transaction of its own, so that no chunk holds a province's counter while
     * it is stored. The importer calls it as it hands the chunks out, so that numbers follow the file's order.
     */
    public void numberApart(Session session, List<Prepared> prepared) {
        Map<String, List<Prepared>> unnumbered = unnumbered(prepared);
        if (unnumbered.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        unnumbered.forEach((province, ofProvince) -> counts.put(province, ofProvince.size()));
        numbers.nextBlocksApart(counts).forEach((province, block) -> numbered(unnumbered.get(province), block));
    }

    /** The cases without a number, by province, provinces in order (counters are then locked in one order). */
    private static Map<String, List<Prepared>> unnumbered(List<Prepared> prepared) {
        Map<String, List<Prepared>> unnumbered = new java.util.TreeMap<>();
        for (Prepared p : prepared) {
            if (p.caseNumber == null) {
                unnumbered.computeIfAbsent(p.record.provinceCode(), k -> new ArrayList<>()).add(p);
            }
        }
        return unnumbered;
    }

    private static void numbered(List<Prepared> ofProvince, List<String> block) {
        for (int i = 0; i < ofProvince.size(); i++) {
            ofProvince.get(i).caseNumber = block.get(i);
        }
    }

    /** Moves the problems of a refused part under its place in the bundle. */
    private static void prefixed(KomarException invalid, String prefix, FieldProblems problems) {
        if (invalid.fieldProblems().isEmpty()) {
            String field = prefix.startsWith("events[") ? prefix + ".type" : prefix;
            problems.add(field, invalid.code(), invalid.args());
            return;
        }
        for (FieldProblem problem : invalid.fieldProblems()) {
            problems.add(prefix + "." + problem.field(), problem.code(), problem.args());
        }
    }

    private static Optional<UUID> uuid(String value) {
        if (value.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(value);
            return id.toString().equalsIgnoreCase(value) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
