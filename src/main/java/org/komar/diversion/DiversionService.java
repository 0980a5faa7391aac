package org.komar.diversion;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.calendar.Deadlines;
import org.komar.calendar.HolidayCalendar;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseService;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.timeline.Choice;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading diversions: a case's diversion (its considerations and orders with their deadlines) and the register of
 * diversion orders, both within the reader's scope and audited. Due dates are derived at read time from the
 * timeline and the current holiday calendar, so they follow any change to the calendar.
 */
@Service
class DiversionService {

    /** A case's diversion as the panel and the API show it. */
    record CaseDiversion(CaseId caseId, String caseNumber, String province, ChildId childId, DiversionHistory history,
                         Instant asOf) {
    }

    /** One row of the register: the order as stored, as derived now, and the child (null if not visible). */
    record Entry(RegisterRow row, DiversionHistory.Order order, Child child) {
    }

    record Register(List<Entry> entries, long total, int page, int size, RegisterFilter filter, Instant asOf) {
    }

    private final CaseService cases;
    private final ChildService children;
    private final TimelineStore timelines;
    private final HolidayCalendar calendar;
    private final RegisterStore register;
    private final AuditLog audit;
    private final Clock clock;

    DiversionService(CaseService cases, ChildService children, TimelineStore timelines, HolidayCalendar calendar,
                     RegisterStore register, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.children = children;
        this.timelines = timelines;
        this.calendar = calendar;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CaseDiversion ofCase(Actor actor, CaseId caseId) {
        Timeline timeline = cases.timeline(actor, caseId);
        CaseFacts facts = cases.facts(List.of(caseId)).get(caseId);
        DiversionHistory history = DiversionHistory.of(timeline, calendar.workingDays());
        audit.record(actor, "DIVERSION_READ", AuditSubject.ofCase(caseId.value(), facts.child().id().value()), null,
                "orders=" + history.orders().size());
        return new CaseDiversion(caseId, facts.caseNumber(), facts.provinceCode(), facts.child().id(), history,
                clock.instant());
    }

    @Transactional
    public Register register(Actor actor, RegisterFilter filter, boolean export) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        String condition = condition(actor, filter, params);
        int size = export ? RegisterFilter.MAX_EXPORT : filter.sizeOrDefault();
        int page = export ? 0 : filter.pageOrZero();
        List<RegisterRow> rows = register.query(condition, params, page * size, size);
        long total = export ? rows.size() : register.count(condition, params);
        Map<CaseId, Timeline> loaded = timelines.loadAll(rows.stream().map(RegisterRow::caseId).distinct().toList());
        Map<ChildId, Child> childById = new HashMap<>();
        List<Entry> entries = rows.stream().map(row -> {
            Timeline timeline = loaded.get(row.caseId());
            Optional<DiversionHistory.Order> order = timeline == null ? Optional.empty()
                    : DiversionHistory.of(timeline, calendar.workingDays()).order(row.orderId());
            Child child = childById.computeIfAbsent(row.childId(), id -> visibleChild(actor, id));
            return new Entry(row, order.orElse(null), child);
        }).toList();
        audit.record(actor, export ? "DIVERSION_REGISTER_EXPORTED" : "DIVERSION_REGISTER_LISTED",
                AuditSubject.none(), null, "results=" + rows.size() + (rows.isEmpty() ? "" : " cases="
                        + rows.stream().map(r -> r.caseId().toString()).distinct().collect(Collectors.joining(","))));
        return new Register(entries, total, page, size, filter, clock.instant());
    }

    private String condition(Actor actor, RegisterFilter filter, Map<String, Object> params) {
        FieldProblems problems = new FieldProblems();
        StringBuilder condition = new StringBuilder(cases.scopeCondition(actor, "d.case_id", params));
        if (filter.province() != null) {
            if (!filter.province().matches("\\d{2}")) {
                problems.add("province", "UNKNOWN_GEO_CODE", filter.province());
            }
            condition.append(" AND d.province_code = :province");
            params.put("province", filter.province());
        }
        if (filter.status() != null) {
            DiversionStatus status = org.komar.shared.Enums.parse(DiversionStatus.class, filter.status(), "status",
                    problems, false);
            condition.append(" AND d.status = :status");
            params.put("status", status == null ? "" : status.name());
        }
        if (filter.stage() != null) {
            if (!Choice.DECIDER.allows(filter.stage())) {
                problems.add("stage", "UNKNOWN_CHOICE", filter.stage(), String.join(", ", Choice.DECIDER.options()));
            }
            condition.append(" AND d.ordered_by = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.from() != null) {
            condition.append(" AND d.ordered_at >= :from");
            params.put("from", filter.from().atStartOfDay(org.komar.shared.Cambodia.ZONE).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            condition.append(" AND d.ordered_at < :to");
            params.put("to", RegisterStore.utc(Deadlines.endOf(filter.to())));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            problems.add("to", "DIVERSION_REGISTER_TO_BEFORE_FROM");
        }
        problems.throwIfAny();
        return condition.toString();
    }

    private Child visibleChild(Actor actor, ChildId id) {
        try {
            return children.find(actor, id);
        } catch (KomarException outOfScope) {
            return null;
        }
    }

    /** Measures as {@code {type, hours, months}} maps in a stable key order (for the API and exports). */
    static List<Map<String, Object>> measures(List<Map<String, Object>> measures) {
        return measures.stream().map(m -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("type", m.get("type"));
            copy.put("hours", m.get("hours"));
            copy.put("months", m.get("months"));
            if (m.get("description") != null) {
                copy.put("description", m.get("description"));
            }
            return copy;
        }).toList();
    }
}
