package org.komar.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseOutline;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.timeline.Choice;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;
import org.komar.timeline.TimelineStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aftercare plans, their contacts and services, and re-offending after release. Plans and contacts need
 * {@code AFTERCARE_PLAN} and the case in scope, and are recorded on the timeline in the same transaction; the
 * re-offending report is aggregate: everyone with {@code STATISTICS_READ} reads every agency's lines, those who make
 * plans read their own agency's. Every read and change is audited.
 */
@Service
public class AftercareService {

    static final int MAX_TEXT = 2000;

    /** What a plan is made of; strings are parsed here so that the API and the forms report the same problems. */
    public record NewPlan(String caseId, String releasedAt, String startsOn, String programme, String goals,
                          List<String> services) {
    }

    public record NewContact(String kind, String service, String on, String note) {
    }

    /** A later case that re-offends within a window after a release of another, as seen from one of the two. */
    public record Link(CaseId otherCase, String otherCaseNumber, boolean later, Instant releasedAt, LocalDate began,
                       int withinMonths) {
    }

    private final AftercareRepository plans;
    private final CaseService cases;
    private final TimelineStore timelines;
    private final AuditLog audit;
    private final Clock clock;

    AftercareService(AftercareRepository plans, CaseService cases, TimelineStore timelines, AuditLog audit,
                     Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.timelines = timelines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes a plan at release and records {@code AFTERCARE_STARTED} on the timeline. Without {@code releasedAt}, the
     * release is the case's last {@code RELEASED} event. The actor's agency is responsible for it.
     */
    @Transactional
    public AftercarePlan create(Actor actor, NewPlan request) {
        actor.require(Permission.AFTERCARE_PLAN);
        FieldProblems problems = new FieldProblems();
        if (request.caseId() == null || request.caseId().isBlank()) {
            problems.add("caseId", "REQUIRED").throwIfAny();
        }
        CaseView view = cases.read(actor, CaseId.parse(request.caseId(), "CASE_NOT_FOUND"));
        Instant released = moment(problems, "releasedAt", request.releasedAt());
        if (released == null && problems.isEmpty()) {
            released = timelines.load(view.id()).last(EventType.RELEASED).map(LegalEvent::at).orElse(null);
            if (released == null) {
                problems.add("releasedAt", "AFTERCARE_RELEASE_UNKNOWN");
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        if (released != null && released.isAfter(clock.instant())) {
            problems.add("releasedAt", "DATE_IN_FUTURE");
        }
        LocalDate starts = problems.date("startsOn", request.startsOn(), true);
        if (starts != null && starts.isAfter(today)) {
            problems.add("startsOn", "DATE_IN_FUTURE");
        } else if (starts != null && released != null
                && starts.isBefore(LocalDate.ofInstant(released, Cambodia.ZONE))) {
            problems.add("startsOn", "AFTERCARE_STARTS_BEFORE_RELEASE");
        }
        String programme = problems.text("programme", request.programme(), 200, true);
        String goals = problems.text("goals", request.goals(), 4000, true);
        List<String> services = new ArrayList<>();
        for (String service : request.services() == null ? List.<String>of() : request.services()) {
            if (service == null || service.isBlank()) {
                continue;
            }
            if (!Choice.SERVICE_KIND.allows(service.strip())) {
                problems.add("services", "UNKNOWN_CHOICE", service, String.join(", ", Choice.SERVICE_KIND.options()));
            } else if (!services.contains(service.strip())) {
                services.add(service.strip());
            }
        }
        if (services.isEmpty()) {
            problems.add("services", "AFTERCARE_SERVICE_REQUIRED");
        }
        problems.throwIfAny();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("service", programme);
        LegalEvent started = cases.record(actor, view.id(), null, new NewEvent("AFTERCARE_STARTED",
                momentOf(starts), attributes));
        AftercarePlan plan = new AftercarePlan(AftercarePlanId.random(), view.id(), view.childId(), actor.agencyId(),
                programme, released, starts, goals, List.copyOf(services), started.id().value(), actor.userId(),
                clock.instant(), List.of());
        plans.insert(plan);
        audit.record(actor, "AFTERCARE_PLAN_MADE", subject(plan), null, "services=" + String.join(",", services));
        return plans.find(plan.id()).orElseThrow();
    }

    /** A contact ({@code AFTERCARE_CONTACT}) or a service delivered ({@code SERVICE_PROVIDED}) under a plan. */
    @Transactional
    public AftercarePlan recordContact(Actor actor, AftercarePlanId id, NewContact request) {
        actor.require(Permission.AFTERCARE_PLAN);
        AftercarePlan plan = inScope(actor, id);
        FieldProblems problems = new FieldProblems();
        ContactKind kind = org.komar.shared.Enums.parse(ContactKind.class, request.kind(), "kind", problems, true);
        String service = request.service() == null || request.service().isBlank() ? null : request.service().strip();
        if (service != null && !Choice.SERVICE_KIND.allows(service)) {
            problems.add("service", "UNKNOWN_CHOICE", service, String.join(", ", Choice.SERVICE_KIND.options()));
        } else if (service == null && kind == ContactKind.SERVICE) {
            problems.add("service", "REQUIRED");
        }
        LocalDate on = problems.date("on", request.on(), true);
        if (on != null && on.isAfter(LocalDate.now(clock.withZone(Cambodia.ZONE)))) {
            problems.add("on", "DATE_IN_FUTURE");
        } else if (on != null && on.isBefore(plan.startsOn())) {
            problems.add("on", "AFTERCARE_CONTACT_BEFORE_START");
        }
        String note = problems.text("note", request.note(), MAX_TEXT, false);
        problems.throwIfAny();
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (kind == ContactKind.SERVICE) {
            attributes.put("kind", service);
        } else if (service != null) {
            attributes.put("service", service);
        }
        if (note != null) {
            attributes.put("note", note);
        }
        LegalEvent event = cases.record(actor, plan.caseId(), null, new NewEvent(
                kind == ContactKind.SERVICE ? "SERVICE_PROVIDED" : "AFTERCARE_CONTACT", momentOf(on), attributes));
        plans.addContact(id, new AftercarePlan.Contact(UUID.randomUUID(), kind, service, on, note,
                event.id().value(), actor.userId(), clock.instant()));
        audit.record(actor, "AFTERCARE_CONTACT_RECORDED", subject(plan), null, "kind=" + kind);
        return plans.find(id).orElseThrow();
    }

    @Transactional
    public AftercarePlan read(Actor actor, AftercarePlanId id) {
        AftercarePlan plan = inScope(actor, id);
        audit.record(actor, "AFTERCARE_PLAN_READ", subject(plan));
        return plan;
    }

    /** The plans of the cases in the actor's scope (of one case when given), newest release first. */
    @Transactional
    public List<AftercarePlan> list(Actor actor, CaseId caseId) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        String condition = cases.scopeCondition(actor, "p.case_id", params);
        if (caseId != null) {
            condition += " AND p.case_id = :caseId";
            params.put("caseId", caseId.value());
        }
        List<AftercarePlan> found = plans.query(condition, params);
        audit.record(actor, "AFTERCARE_PLANS_LISTED", caseId == null ? AuditSubject.none()
                        : AuditSubject.ofCase(caseId.value(), found.isEmpty() ? null : found.get(0).childId().value()),
                null, "results=" + found.size() + (found.isEmpty() ? "" : " ids=" + found.stream()
                        .map(p -> p.id().toString()).collect(Collectors.joining(","))));
        return found;
    }

    /**
     * The re-offending links of a case the actor sees: later cases of the child that began within 12 months of a
     * release from this case, and earlier cases from whose release this one began within 12 months. Only cases in
     * the actor's scope are shown; the others are left out, never hinted at.
     */
    @Transactional
    public List<Link> links(Actor actor, CaseId caseId) {
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        List<CaseOutline> all = outlinesOf(caseId);
        CaseOutline self = all.stream().filter(o -> o.id().equals(caseId)).findFirst().orElse(null);
        if (self == null) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (CaseOutline other : all) {
            if (other.id().equals(caseId) || !cases.inScope(actor, other.id())) {
                continue;
            }
            for (Instant release : releases(caseId)) {
                link(release, caseId, other, List.of(other), true).ifPresent(links::add);
            }
            for (Instant release : releases(other.id())) {
                link(release, other.id(), other, List.of(self), false).ifPresent(links::add);
            }
        }
        audit.record(actor, "REOFFENDING_LINKS_READ", AuditSubject.ofCase(caseId.value(), self.childId().value()),
                null, "results=" + links.size());
        return links;
    }

    /**
     * Re-offending after releases followed by aftercare plans, per agency and programme, as of {@code asOf}:
     * every agency for those with {@code STATISTICS_READ}, the actor's own agency for those who make plans.
     */
    @Transactional
    public List<Recidivism.Line> recidivism(Actor actor, Instant asOf) {
        String condition;
        Map<String, Object> params = new HashMap<>();
        if (actor.has(Permission.STATISTICS_READ)) {
            condition = "1 = 1";
        } else if (actor.has(Permission.AFTERCARE_PLAN)) {
            condition = "p.agency_id = :agency";
            params.put("agency", actor.agencyId().value());
        } else {
            throw KomarException.forbidden("FORBIDDEN");
        }
        condition += " AND p.released_at <= :asOf";
        params.put("asOf", AftercareRepository.utc(asOf));
        List<AftercarePlan> found = plans.query(condition, params);
        Map<org.komar.shared.ChildId, List<CaseOutline>> casesOfChild = new HashMap<>();
        List<Recidivism.Release> releases = new ArrayList<>();
        Map<Recidivism.Release, org.komar.shared.ChildId> childOf = new HashMap<>();
        for (AftercarePlan plan : found) {
            Recidivism.Release release = new Recidivism.Release(plan.caseId(), plan.agency(), plan.programme(),
                    plan.releasedAt());
            releases.add(release);
            childOf.put(release, plan.childId());
            casesOfChild.computeIfAbsent(plan.childId(), cases::outlinesOfChild);
        }
        List<Recidivism.Line> lines = Recidivism.report(releases, r -> casesOfChild.get(childOf.get(r)), asOf);
        audit.record(actor, "RECIDIVISM_REPORT_READ", AuditSubject.none(), null, "asOf=" + asOf + " releases="
                + releases.size());
        return lines;
    }

    public Instant now() {
        return clock.instant();
    }

    private Optional<Link> link(Instant release, CaseId releasedFrom, CaseOutline other,
                                Collection<CaseOutline> candidates, boolean later) {
        Recidivism.Release r = new Recidivism.Release(releasedFrom, null, null, release);
        for (int months : Recidivism.WINDOWS) {
            Optional<CaseOutline> found = Recidivism.reoffence(r, candidates, months);
            if (found.isPresent()) {
                CaseOutline c = found.get();
                return Optional.of(new Link(other.id(), other.caseNumber(), later, release,
                        c.offenceDate() != null ? c.offenceDate() : LocalDate.ofInstant(c.openedAt(), Cambodia.ZONE),
                        months));
            }
        }
        return Optional.empty();
    }

    /** The releases from a case: its plans' releases and its live {@code RELEASED} events. */
    private List<Instant> releases(CaseId caseId) {
        List<Instant> releases = new ArrayList<>();
        plans.query("p.case_id = :caseId", Map.of("caseId", caseId.value()))
                .forEach(p -> releases.add(p.releasedAt()));
        timelines.load(caseId).ofType(EventType.RELEASED).stream().map(LegalEvent::at)
                .filter(at -> !releases.contains(at)).forEach(releases::add);
        return releases;
    }

    private List<CaseOutline> outlinesOf(CaseId caseId) {
        return cases.facts(List.of(caseId)).values().stream().findFirst()
                .map(facts -> cases.outlinesOfChild(facts.child().id())).orElse(List.of());
    }

    private AftercarePlan inScope(Actor actor, AftercarePlanId id) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        String condition = cases.scopeCondition(actor, "p.case_id", params) + " AND p.id = :id";
        params.put("id", id.value());
        return plans.query(condition, params).stream().findFirst()
                .orElseThrow(() -> KomarException.notFound("AFTERCARE_PLAN_NOT_FOUND"));
    }

    /** A day as a moment on the timeline: now for today, midday for an earlier day. */
    private OffsetDateTime momentOf(LocalDate day) {
        OffsetDateTime now = clock.instant().atZone(Cambodia.ZONE).toOffsetDateTime();
        return day.equals(now.toLocalDate()) ? now : day.atTime(12, 0).atZone(Cambodia.ZONE).toOffsetDateTime();
    }

    /** A moment from a request: with an offset, a local date and time, or a day (midday) in Phnom Penh. */
    private static Instant moment(FieldProblems problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(Cambodia.ZONE).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atTime(12, 0).atZone(Cambodia.ZONE).toInstant();
                } catch (DateTimeParseException malformed) {
                    problems.add(field, "MALFORMED_DATE_TIME");
                    return null;
                }
            }
        }
    }

    static AuditSubject subject(AftercarePlan plan) {
        return new AuditSubject("AFTERCARE_PLAN", plan.id().toString(), plan.caseId().value(),
                plan.childId().value());
    }
}
