package org.komar.diversion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.access.UserId;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.calendar.HolidayCalendar;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseService;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.timeline.EventId;
import org.komar.timeline.TimelineStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social agent's diversion plans (JJL 66–67) as versions. A plan is written for the case's diversion order that is
 * under way (awaiting its plan, or changed later); each save is the next version of the case's plans, naming the
 * version its writer read, and a save based on anything but the latest is refused with {@code DIVERSION_PLAN_CHANGED}
 * (409). Writing needs {@code DIVERSION_PLAN_WRITE} (social agents) and the case in scope; anyone who reads the case
 * reads its plans. What the authority decided comes from the timeline: {@code DIVERSION_PLAN_DECIDED} and approved
 * modifications name a version in {@code planVersion}. Every read, print and save is audited.
 */
@Service
class DiversionPlans {

    /** A plan as a writer sends it; strings parsed here so that the API and the form report the same problems. */
    record Draft(Integer version, String objectives, String measures, String responsible, String schedule,
                 String childConsented) {
    }

    record Author(String name, AgencyId agency) {
    }

    /** Where a version stands with the authority, from the timeline: {@code key} names its label. */
    record Standing(String key, Instant at) {
    }

    /**
     * A case's plans as one reader sees them: the version shown (null before any), every version (oldest first), the
     * diversion as the timeline tells it, the authors, and whether the reader may write.
     */
    record Plans(CaseId caseId, String caseNumber, DiversionHistory history, DiversionPlan shown,
                 List<DiversionPlan> versions, Map<UserId, Author> authors, boolean canWrite, Instant asOf) {

        public int latestVersion() {
            return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
        }

        public boolean isLatest() {
            return shown != null && shown.version() == latestVersion();
        }

        public List<DiversionPlan> newestFirst() {
            List<DiversionPlan> newest = new ArrayList<>(versions);
            Collections.reverse(newest);
            return newest;
        }

        /** The versions written for one order, oldest first. */
        public List<DiversionPlan> of(EventId order) {
            return versions.stream().filter(p -> p.orderEventId().equals(order)).toList();
        }

        public Author author(DiversionPlan plan) {
            return authors.get(plan.writtenBy());
        }

        public Optional<DiversionHistory.Order> order(DiversionPlan plan) {
            return history.order(plan.orderEventId());
        }

        /** The latest word of the authority on this version: approved, sent back, or a change decided. */
        public Standing standing(DiversionPlan plan) {
            Standing standing = new Standing("undecided", null);
            DiversionHistory.Order order = order(plan).orElse(null);
            if (order == null) {
                return standing;
            }
            for (DiversionHistory.PlanDecision d : order.planDecisions()) {
                if (d.planVersion() != null && d.planVersion() == plan.version()) {
                    standing = new Standing(d.approved() ? "approved" : "sentBack", d.at());
                }
            }
            for (DiversionHistory.Modification m : order.modifications()) {
                if (m.planVersion() != null && m.planVersion() == plan.version()) {
                    standing = m.pending() ? new Standing("modificationPending", m.requestedAt())
                            : new Standing(Boolean.TRUE.equals(m.approved()) ? "modificationApproved"
                            : "modificationRefused", m.decidedAt());
                }
            }
            return standing;
        }
    }

    private final PlanRepository plans;
    private final CaseService cases;
    private final TimelineStore timelines;
    private final HolidayCalendar calendar;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    DiversionPlans(PlanRepository plans, CaseService cases, TimelineStore timelines, HolidayCalendar calendar,
                   Accounts accounts, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.timelines = timelines;
        this.calendar = calendar;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's plans with version {@code version} shown (the latest when null). */
    @Transactional
    public Plans read(Actor actor, CaseId caseId, Integer version) {
        Plans read = plans(actor, caseId, version);
        audit.record(actor, "DIVERSION_PLAN_READ", subject(caseId), null, details(read));
        return read;
    }

    /** As {@link #read}, audited as printed. */
    @Transactional
    public Plans print(Actor actor, CaseId caseId, Integer version) {
        Plans read = plans(actor, caseId, version);
        if (read.shown() == null) {
            throw KomarException.notFound("DIVERSION_PLAN_NOT_FOUND");
        }
        audit.record(actor, "DIVERSION_PLAN_PRINTED", subject(caseId), null, details(read));
        return read;
    }

    /** Saves the plan as the next version, for the diversion order under way. */
    @Transactional
    public Plans save(Actor actor, CaseId caseId, Draft draft) {
        actor.require(Permission.DIVERSION_PLAN_WRITE);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        FieldProblems problems = new FieldProblems();
        String objectives = problems.text("objectives", draft.objectives(), DiversionPlan.MAX_LENGTH, true);
        String measures = problems.text("measures", draft.measures(), DiversionPlan.MAX_LENGTH, true);
        String responsible = problems.text("responsible", draft.responsible(), DiversionPlan.MAX_LENGTH, true);
        String schedule = problems.text("schedule", draft.schedule(), DiversionPlan.MAX_LENGTH, true);
        Boolean consented = null;
        String consent = draft.childConsented() == null ? "" : draft.childConsented().strip();
        switch (consent) {
            case "true" -> consented = Boolean.TRUE;
            case "false" -> consented = Boolean.FALSE;
            case "" -> problems.add("childConsented", "REQUIRED");
            default -> problems.add("childConsented", "EXPECTED_BOOLEAN");
        }
        int latest = plans.latestVersion(caseId);
        int read = draft.version() == null ? 0 : draft.version();
        if (draft.version() == null && latest > 0) {
            problems.add("version", "REQUIRED");
        } else if (read < 0) {
            problems.add("version", "DIVERSION_PLAN_VERSION_UNKNOWN");
        }
        problems.throwIfAny();
        DiversionHistory.Order order = DiversionHistory.of(timelines.load(caseId), calendar.workingDays()).current()
                .filter(o -> !o.status().ended())
                .orElseThrow(() -> KomarException.conflict("DIVERSION_PLAN_NO_ORDER"));
        if (read != latest) {
            throw KomarException.conflict("DIVERSION_PLAN_CHANGED", latest);
        }
        int version = latest + 1;
        DiversionPlan plan = new DiversionPlan(UUID.randomUUID(), caseId, order.id(), version,
                latest == 0 ? null : latest, objectives, measures, responsible, schedule, consented, actor.userId(),
                clock.instant());
        if (!plans.insert(plan)) {
            throw KomarException.conflict("DIVERSION_PLAN_CHANGED", version);
        }
        audit.record(actor, "DIVERSION_PLAN_SAVED", subject(caseId), null, "version=" + version);
        return plans(actor, caseId, version);
    }

    /** The case's latest plan version, 0 when none. */
    int latestVersion(CaseId caseId) {
        return plans.latestVersion(caseId);
    }

    private Plans plans(Actor actor, CaseId caseId, Integer version) {
        actor.require(Permission.CASE_READ);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        List<DiversionPlan> versions = plans.versions(caseId);
        DiversionPlan shown = version == null ? (versions.isEmpty() ? null : versions.get(versions.size() - 1))
                : versions.stream().filter(p -> p.version() == version).findFirst()
                .orElseThrow(() -> KomarException.notFound("DIVERSION_PLAN_NOT_FOUND"));
        Map<UserId, Author> authors = new HashMap<>();
        versions.forEach(p -> authors.computeIfAbsent(p.writtenBy(), id -> accounts.find(id)
                .map(u -> new Author(u.displayName(), u.agencyId())).orElse(new Author(id.toString(), null))));
        CaseFacts facts = facts(caseId);
        return new Plans(caseId, facts.caseNumber(), DiversionHistory.of(timelines.load(caseId),
                calendar.workingDays()), shown, versions, Map.copyOf(authors),
                actor.has(Permission.DIVERSION_PLAN_WRITE), clock.instant());
    }

    private CaseFacts facts(CaseId caseId) {
        return cases.facts(List.of(caseId)).get(caseId);
    }

    private static String details(Plans read) {
        return "version=" + (read.shown() == null ? "none" : read.shown().version());
    }

    private AuditSubject subject(CaseId caseId) {
        return new AuditSubject("DIVERSION_PLAN", caseId.toString(), caseId.value(),
                facts(caseId).child().id().value());
    }
}
