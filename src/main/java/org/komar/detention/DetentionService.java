package org.komar.detention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseRole;
import org.komar.cases.CaseService;
import org.komar.cases.CaseSituation;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.facility.Facility;
import org.komar.facility.FacilityId;
import org.komar.facility.FacilityRegister;
import org.komar.facility.FacilityType;
import org.komar.facility.Inspections;
import org.komar.facility.Occupants;
import org.komar.facility.Section;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.KomarException;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The detention module's public service: who is held where at any moment, counted and listed.
 * <ul>
 *   <li>{@link #census}: the children deprived of liberty, counted (national for statisticians and administrators,
 *   over the cases in scope for people with case access);</li>
 *   <li>{@link #list}: the children behind one number of the census, within the viewer's scope (people with case
 *   access only; audited);</li>
 *   <li>{@link #roll} and {@link #summary}: one facility, with its children (audited) or numbers only;</li>
 *   <li>{@link #ofCase}: one case's detention record (404 out of scope; audited);</li>
 *   <li>{@link #stays}: the pure derivation, for read models elsewhere (statistics).</li>
 * </ul>
 * Which child is held past a legal limit comes from the safeguards engine ({@link LibertyLimits}).
 */
@Service
public class DetentionService {

    /** Upcoming dates shown on a roll: this many days ahead (the third birthday: {@value #EXIT_WINDOW_DAYS}). */
    static final int DUE_WINDOW_DAYS = 30;
    static final int EXIT_WINDOW_DAYS = 90;
    static final int LIMIT_WINDOW_DAYS = 7;
    /** The reintegration programme of the six months before release (Law on Prisons 73): the pre-release section. */
    static final int PRE_RELEASE_MONTHS = 6;
    private static final int MAX_PAGE = 200;
    private static final Scope NATIONAL = new Scope("1 = 1", Map.of(), true);

    private final CaseService cases;
    private final ChildService children;
    private final TimelineStore timelines;
    private final FacilityRegister facilities;
    private final Inspections inspections;
    private final ExitPlans exitPlans;
    private final ObjectProvider<LibertyLimits> limits;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final NationalCensus nationalNow;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final boolean countAtStart;

    DetentionService(CaseService cases, ChildService children, TimelineStore timelines, FacilityRegister facilities,
                     Inspections inspections, ExitPlans exitPlans, ObjectProvider<LibertyLimits> limits,
                     JdbcClient jdbc, AuditLog audit, NationalCensus nationalNow,
                     PlatformTransactionManager transactions, Clock clock,
                     @Value("${komar.detention.national-census-at-start:true}") boolean countAtStart) {
        this.cases = cases;
        this.children = children;
        this.timelines = timelines;
        this.facilities = facilities;
        this.inspections = inspections;
        this.exitPlans = exitPlans;
        this.limits = limits;
        this.jdbc = jdbc;
        this.audit = audit;
        this.nationalNow = nationalNow;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.countAtStart = countAtStart;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Whether the actor's numbers are national (statisticians, administrators) or over the cases in their scope. */
    public boolean national(Actor actor) {
        return actor.has(Permission.STATISTICS_READ);
    }

    /** The stays of each case, derived from its timeline (no I/O): for read models that count deprivation of liberty. */
    public Map<CaseId, List<Stay>> stays(Map<CaseId, Timeline> timelines, Map<CaseId, CaseFacts> facts) {
        Map<CaseId, List<Stay>> stays = new HashMap<>();
        timelines.forEach((id, timeline) -> {
            CaseFacts fact = facts.get(id);
            if (fact != null) {
                List<Stay> derived = DetentionHistory.derive(timeline, fact.role(), facilities::byCode).stays();
                if (!derived.isEmpty()) {
                    stays.put(id, derived);
                }
            }
        });
        return stays;
    }

    /** Places of detention, independently inspected ones and those with a complaints mechanism (indicators 12, 13). */
    public Inspections.Counts placeCounts(Instant asOf) {
        return inspections.counts(asOf);
    }

    /**
     * The census; counted in a read-only transaction of its own, so that a reader waiting for the national count
     * another reader is making holds no database connection meanwhile.
     */
    public Census census(Actor actor, Instant asOf) {
        Scope scope = figures(actor);
        if (scope.national() && !asOf.isBefore(clock.instant().minusSeconds(1))) {
            return nationalNow(asOf);
        }
        return readOnly.execute(status -> count(scope, asOf));
    }

    /**
     * Counts the national census of now once Komar has started, in the background, so that the first statisticians
     * to ask are not all kept waiting for one count while the day's work is already under way (no one is audited:
     * nothing is read for anyone until someone asks).
     */
    @EventListener(ApplicationReadyEvent.class)
    void countNationalCensus() {
        if (countAtStart) {
            Instant now = clock.instant();
            nationalNow.countInBackground(() -> readOnly.execute(status -> count(NATIONAL, now)));
        }
    }

    /** The national census of now, shared ({@link NationalCensus}): counted only when the last count won't do. */
    private Census nationalNow(Instant asOf) {
        return nationalNow.asOf(asOf, () -> readOnly.execute(status -> count(NATIONAL, asOf)));
    }

    private Census count(Scope scope, Instant asOf) {
        List<HeldRow> rows = rows(scope, asOf, null);
        Map<CaseId, LimitStatus> limited = limitsOf(rows, asOf);
        return Census.of(withLimits(rows, limited), facilities::byCode, asOf, scope.national(), limitsKnown());
    }

    /** A page of the children behind one number of the census, in the actor's scope, held longest first. */
    @Transactional
    public HeldPage list(Actor actor, Instant asOf, CensusFilter filter, int page, int size) {
        Scope scope = cases(actor);
        List<HeldRow> rows = rows(scope, asOf, null);
        Map<CaseId, LimitStatus> limited = limitsOf(rows, asOf);
        rows = withLimits(rows, limited);
        LocalDate day = LocalDate.ofInstant(asOf, Cambodia.ZONE);
        List<HeldRow> matching = (filter.accompanying() ? Census.accompanying(rows) : Census.perChild(rows)).stream()
                .filter(row -> filter.matches(row, day))
                .sorted(Comparator.comparing(HeldRow::detainedSince).thenComparing(row -> row.caseId().value()))
                .toList();
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int from = Math.min(matching.size(), Math.max(0, page) * pageSize);
        List<HeldRow> shown = matching.subList(from, Math.min(matching.size(), from + pageSize));
        List<Held> held = held(actor, shown, asOf, limited);
        audit.record(actor, "DETENTION_LISTED", AuditSubject.none(), null, "asOf=" + asOf + " results=" + held.size()
                + (held.isEmpty() ? "" : " ids=" + held.stream().map(h -> h.caseId().toString())
                .collect(Collectors.joining(","))));
        return new HeldPage(held, matching.size(), Math.max(0, page), pageSize, limitsKnown());
    }

    /** A page of a list. */
    public record HeldPage(List<Held> items, long total, int page, int size, boolean limitsKnown) {
    }

    /** A facility with the children the actor may see there (case access only; audited). */
    @Transactional
    public Roll roll(Actor actor, FacilityId id, Instant asOf) {
        Scope scope = cases(actor);
        Facility facility = facilities.require(id);
        Roll roll = compute(actor, scope, facility, asOf, false);
        audit.record(actor, "DETENTION_ROLL_READ", AuditSubject.of("FACILITY", facility.id().toString()), null,
                "asOf=" + asOf + " results=" + (roll.held().size() + roll.accompanying().size()
                        + roll.inCare().size()));
        return roll;
    }

    /** A facility's numbers only: national for statisticians, over the cases in scope for people with case access. */
    @Transactional(readOnly = true)
    public Roll summary(Actor actor, FacilityId id, Instant asOf) {
        Scope scope = figures(actor);
        return compute(actor, scope, facilities.require(id), asOf, true);
    }

    /** One case's detention record; a case outside the actor's scope is "not found". Audited. */
    @Transactional
    public CaseDetention ofCase(Actor actor, CaseId caseId, Instant asOf) {
        actor.require(Permission.CASE_READ);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        CaseFacts facts = cases.facts(List.of(caseId)).get(caseId);
        if (facts == null) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        Timeline timeline = timelines.load(caseId);
        DetentionHistory.History history = DetentionHistory.derive(timeline, facts.role(), facilities::byCode);
        DetentionRecord record = record(caseId, facts, timeline, history.stays(), asOf);
        LimitStatus limit = limitsKnown() ? limits.getObject().evaluate(List.of(caseId), asOf)
                .getOrDefault(caseId, LimitStatus.NONE) : LimitStatus.NONE;
        Facility facility = record.current() == null ? null : facilities.byCode(record.current().facility())
                .orElse(null);
        ExitPlan plan = facts.role() == CaseRole.ACCOMPANYING_CAREGIVER ? exitPlans.current(caseId).orElse(null)
                : null;
        audit.record(actor, "DETENTION_READ", AuditSubject.ofCase(caseId.value(), facts.child().id().value()), null,
                "asOf=" + asOf);
        List<Occurrence> occurrences = history.occurrences().stream().filter(o -> !o.at().isAfter(asOf)).toList();
        return new CaseDetention(record, facility, occurrences, limit, limitsKnown(), plan);
    }

    private Roll compute(Actor actor, Scope scope, Facility facility, Instant asOf, boolean numbersOnly) {
        List<HeldRow> rows = rows(scope, asOf, facility.code());
        Map<CaseId, LimitStatus> limited = limitsOf(rows, asOf);
        rows = withLimits(rows, limited);
        List<HeldRow> deprived = Census.perChild(rows);
        List<HeldRow> accompanying = Census.accompanying(rows);
        List<HeldRow> care = rows.stream().filter(row -> !row.deprived() && !row.withCaregiver()).toList();
        Map<CaseId, DetentionRecord> records = records(rows, asOf);
        Map<Section, Map<Occupants, Long>> occupancy = new EnumMap<>(Section.class);
        long pretrial = 0;
        long past = 0;
        long notSeparated = 0;
        long family = 0;
        for (HeldRow row : deprived) {
            DetentionRecord record = records.get(row.caseId());
            pretrial += row.status().preSentence() ? 1 : 0;
            past += row.pastLimit() ? 1 : 0;
            notSeparated += row.notSeparated() ? 1 : 0;
            family += record != null && record.familyContactWithinThreeMonths() ? 1 : 0;
            Occupants occupants = "F".equals(row.sex()) ? Occupants.GIRLS : "M".equals(row.sex()) ? Occupants.BOYS
                    : null;
            if (occupants != null) {
                occupancy.computeIfAbsent(section(row, record), k -> new EnumMap<>(Occupants.class))
                        .merge(occupants, 1L, Long::sum);
            }
        }
        Map<OccurrenceKind, Long> occurrences = occurrences(scope, facility.code(), asOf);
        List<Held> heldList = List.of();
        List<Held> accompanyingList = List.of();
        List<Held> careList = List.of();
        List<Roll.Due> due = List.of();
        if (!numbersOnly) {
            List<HeldRow> all = new ArrayList<>(deprived);
            all.addAll(accompanying);
            all.addAll(care);
            Map<CaseId, Held> byCase = new HashMap<>();
            held(actor, all, asOf, limited, records).forEach(h -> byCase.put(h.caseId(), h));
            heldList = deprived.stream().map(row -> byCase.get(row.caseId())).toList();
            accompanyingList = accompanying.stream().map(row -> byCase.get(row.caseId())).toList();
            careList = care.stream().map(row -> byCase.get(row.caseId())).toList();
            due = due(facility, heldList, accompanyingList, LocalDate.ofInstant(asOf, Cambodia.ZONE));
        }
        return new Roll(facility, asOf, scope.national(), numbersOnly, limitsKnown(), heldList, accompanyingList,
                careList, deprived.size(), pretrial, past, notSeparated, family, accompanying.size(), care.size(),
                occupancy, due, occurrences, inspections.ofFacility(facility.id()));
    }

    /** Pre-trial, convicted, or pre-release (a sentence ending within six months, Law on Prisons 73). */
    private static Section section(HeldRow row, DetentionRecord record) {
        if (row.status() != LegalStatus.CONVICTED) {
            return Section.PRETRIAL;
        }
        if (record != null && record.releaseDue() != null
                && !record.releaseDue().isAfter(record.today().plusMonths(PRE_RELEASE_MONTHS))) {
            return Section.PRE_RELEASE;
        }
        return Section.CONVICTED;
    }

    private List<Roll.Due> due(Facility facility, List<Held> held, List<Held> accompanying, LocalDate today) {
        List<Roll.Due> due = new ArrayList<>();
        LocalDate horizon = today.plusDays(DUE_WINDOW_DAYS);
        for (Held h : held) {
            DetentionRecord r = h.record();
            if (h.limits().past() && h.limits().pastSince() != null) {
                due.add(new Roll.Due(LocalDate.ofInstant(h.limits().pastSince(), Cambodia.ZONE),
                        Roll.DueKind.LIMIT, h));
            } else if (h.limits().nextDueAt() != null
                    && !LocalDate.ofInstant(h.limits().nextDueAt(), Cambodia.ZONE).isAfter(
                    today.plusDays(LIMIT_WINDOW_DAYS))) {
                due.add(new Roll.Due(LocalDate.ofInstant(h.limits().nextDueAt(), Cambodia.ZONE), Roll.DueKind.LIMIT,
                        h));
            }
            if (r.current().status() == LegalStatus.CONVICTED) {
                if (r.releaseDue() != null && !r.releaseDue().isAfter(horizon)) {
                    due.add(new Roll.Due(r.releaseDue(), Roll.DueKind.RELEASE, h));
                }
                if (r.conditionalReleaseFrom() != null && !r.conditionalReleaseFrom().isAfter(horizon)
                        && (r.releaseDue() == null || r.conditionalReleaseFrom().isBefore(r.releaseDue()))) {
                    due.add(new Roll.Due(r.conditionalReleaseFrom(), Roll.DueKind.CONDITIONAL_RELEASE, h));
                }
            }
            r.turns18().filter(d -> !d.isBefore(today) && !d.isAfter(horizon))
                    .ifPresent(d -> due.add(new Roll.Due(d, Roll.DueKind.EIGHTEENTH_BIRTHDAY, h)));
            if (facility.type() == FacilityType.YOUTH_REHABILITATION_CENTRE) {
                r.turns24().filter(d -> !d.isAfter(horizon))
                        .ifPresent(d -> due.add(new Roll.Due(d, Roll.DueKind.TWENTY_FOURTH_BIRTHDAY, h)));
            }
        }
        for (Held h : accompanying) {
            h.record().turns3().filter(d -> !d.isAfter(today.plusDays(EXIT_WINDOW_DAYS)))
                    .ifPresent(d -> due.add(new Roll.Due(d, Roll.DueKind.THIRD_BIRTHDAY, h)));
        }
        due.sort(Comparator.comparing(Roll.Due::day).thenComparing(d -> d.kind().ordinal()));
        return due;
    }

    private Map<OccurrenceKind, Long> occurrences(Scope scope, String facility, Instant asOf) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("facility", facility);
        params.put("from", DetentionReadModel.utc(asOf.atZone(Cambodia.ZONE).minusMonths(12).toInstant()));
        params.put("asOf", DetentionReadModel.utc(asOf));
        Map<OccurrenceKind, Long> counts = new EnumMap<>(OccurrenceKind.class);
        for (OccurrenceKind kind : OccurrenceKind.values()) {
            counts.put(kind, 0L);
        }
        jdbc.sql("SELECT s.kind, COUNT(*) FROM detention_occurrence s WHERE s.facility_code = :facility"
                        + " AND s.occurred_at > :from AND s.occurred_at <= :asOf AND " + scope.condition()
                        + " GROUP BY s.kind")
                .params(params).query(rs -> {
                    counts.put(OccurrenceKind.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** The stays of the read model covering {@code asOf} in the scope, optionally at one facility. */
    private List<HeldRow> rows(Scope scope, Instant asOf, String facility) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("asOf", DetentionReadModel.utc(asOf));
        String atFacility = "";
        if (facility != null) {
            params.put("facility", facility);
            atFacility = " AND s.facility_code = :facility";
        }
        List<HeldRow> rows = new ArrayList<>();
        jdbc.sql("""
                SELECT s.case_id, s.child_id, s.facility_code, s.status, s.separated, s.with_caregiver, s.deprived,
                       s.sex, s.birth_date, s.case_province, s.detained_since, s.status_since
                FROM detention_stay s WHERE s.since <= :asOf AND s.until > :asOf""" + atFacility + " AND "
                        + scope.condition())
                .params(params).withFetchSize(5000)
                .query(rs -> {
                    String code = rs.getString(3);
                    String province = code == null ? null : facilities.byCode(code).map(Facility::provinceCode)
                            .orElse(null);
                    rows.add(new HeldRow(new CaseId(rs.getObject(1, UUID.class)),
                            new ChildId(rs.getObject(2, UUID.class)), code, LegalStatus.valueOf(rs.getString(4)),
                            (Boolean) rs.getObject(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8),
                            rs.getObject(9, LocalDate.class), province != null ? province : rs.getString(10),
                            rs.getObject(11, OffsetDateTime.class).toInstant(),
                            rs.getObject(12, OffsetDateTime.class).toInstant(), false));
                });
        return rows;
    }

    private boolean limitsKnown() {
        return limits.getIfAvailable() != null;
    }

    private Map<CaseId, LimitStatus> limitsOf(List<HeldRow> rows, Instant asOf) {
        LibertyLimits engine = limits.getIfAvailable();
        if (engine == null) {
            return Map.of();
        }
        Set<CaseId> deprived = new LinkedHashSet<>();
        rows.stream().filter(HeldRow::deprived).forEach(row -> deprived.add(row.caseId()));
        return deprived.isEmpty() ? Map.of() : engine.evaluate(deprived, asOf);
    }

    private static List<HeldRow> withLimits(List<HeldRow> rows, Map<CaseId, LimitStatus> limited) {
        if (limited.isEmpty()) {
            return rows;
        }
        return rows.stream().map(row -> row.withPastLimit(row.deprived()
                && limited.getOrDefault(row.caseId(), LimitStatus.NONE).past())).toList();
    }

    private Map<CaseId, DetentionRecord> records(List<HeldRow> rows, Instant asOf) {
        Set<CaseId> ids = new LinkedHashSet<>();
        rows.forEach(row -> ids.add(row.caseId()));
        Map<CaseId, CaseFacts> facts = cases.facts(ids);
        Map<CaseId, Timeline> loaded = timelines.loadAll(ids);
        Map<CaseId, DetentionRecord> records = new HashMap<>();
        for (CaseId id : ids) {
            CaseFacts fact = facts.get(id);
            Timeline timeline = loaded.get(id);
            if (fact != null && timeline != null) {
                List<Stay> stays = DetentionHistory.derive(timeline, fact.role(), facilities::byCode).stays();
                records.put(id, record(id, fact, timeline, stays, asOf));
            }
        }
        return records;
    }

    private static DetentionRecord record(CaseId id, CaseFacts facts, Timeline timeline, List<Stay> stays,
                                          Instant asOf) {
        return DetentionRecord.of(id, facts.role(), timeline, stays, CaseSituation.ageAssessment(timeline,
                Optional.ofNullable(facts.child().birthClaim())), asOf);
    }

    private List<Held> held(Actor actor, List<HeldRow> rows, Instant asOf, Map<CaseId, LimitStatus> limited) {
        return held(actor, rows, asOf, limited, records(rows, asOf));
    }

    private List<Held> held(Actor actor, List<HeldRow> rows, Instant asOf, Map<CaseId, LimitStatus> limited,
                            Map<CaseId, DetentionRecord> records) {
        Set<CaseId> ids = new LinkedHashSet<>();
        rows.forEach(row -> ids.add(row.caseId()));
        Map<CaseId, CaseFacts> facts = cases.facts(ids);
        Map<ChildId, Child> seen = new HashMap<>();
        List<Held> held = new ArrayList<>();
        for (HeldRow row : rows) {
            CaseFacts fact = facts.get(row.caseId());
            DetentionRecord record = records.get(row.caseId());
            if (fact == null || record == null || record.current() == null) {
                continue;
            }
            Child child = seen.computeIfAbsent(row.childId(), childId -> children.find(actor, childId));
            Facility facility = row.facility() == null ? null : facilities.byCode(row.facility()).orElse(null);
            held.add(new Held(row.caseId(), fact.caseNumber(), fact.role(), child, record, facility,
                    limited.getOrDefault(row.caseId(), LimitStatus.NONE)));
        }
        return held;
    }

    /** Which cases count: a SQL condition over {@code s.case_id}, with its parameters. */
    private record Scope(String condition, Map<String, Object> params, boolean national) {
    }

    /** Numbers: national for statisticians and administrators, the cases in scope for people with case access. */
    private Scope figures(Actor actor) {
        if (actor.has(Permission.STATISTICS_READ)) {
            return NATIONAL;
        }
        return cases(actor);
    }

    /** Children: only for people with case access, within their scope. */
    private Scope cases(Actor actor) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        String condition = cases.scopeCondition(actor, "s.case_id", params);
        return new Scope(condition, params, false);
    }
}
