package org.komar.courts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.Permission;
import org.komar.access.Role;
import org.komar.access.UserSummary;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A court's hearings. Scheduling, holding, postponing and admitting monitors need {@code HEARING_SCHEDULE} and the
 * case in scope, and only the hearing's own court may change it; the agenda shows the hearings of the cases in the
 * reader's scope, inside its query. Every read and change is audited in its transaction.
 */
@Service
public class CourtService {

    static final int MAX_TEXT = 2000;
    /** The longest agenda one request may ask for. */
    static final int MAX_DAYS = 93;
    /** How far ahead a hearing may be scheduled. */
    static final Duration FURTHEST = Duration.ofDays(730);
    /** Clocks of handheld devices drift: a hearing a few minutes from now may already be recorded as held. */
    static final Duration DRIFT = Duration.ofMinutes(5);

    /** What a court sends to schedule a hearing; strings are parsed here so that the API and the forms agree. */
    public record NewHearing(String caseId, String scheduledAt, String kind, String chamber) {
    }

    /** How a hearing was held; each flag becomes an attribute of the {@code HEARING_HELD} event. */
    public record HeldHearing(Boolean inCamera, Boolean judgmentInPublic, Boolean lawyerPresent,
                              Boolean guardianPresent, Boolean socialAgentPresent, Boolean screenOrVideoUsed,
                              Boolean immediateAppearance, String note, Integer version) {
    }

    /** Why a hearing did not go ahead, and, when known, the date it moves to. */
    public record Postponement(String reason, String note, String newScheduledAt, Integer version) {
    }

    private final HearingRepository hearings;
    private final CaseService cases;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    CourtService(HearingRepository hearings, CaseService cases, AgencyDirectory agencies, Accounts accounts,
                 AuditLog audit, Clock clock) {
        this.hearings = hearings;
        this.cases = cases;
        this.agencies = agencies;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Hearing schedule(Actor actor, NewHearing request) {
        actor.require(Permission.HEARING_SCHEDULE);
        FieldProblems problems = new FieldProblems();
        if (request.caseId() == null || request.caseId().isBlank()) {
            problems.add("caseId", "REQUIRED").throwIfAny();
        }
        CaseView view = cases.read(actor, CaseId.parse(request.caseId(), "CASE_NOT_FOUND"));
        Instant at = moment(problems, "scheduledAt", request.scheduledAt(), true);
        if (at != null && at.isAfter(clock.instant().plus(FURTHEST))) {
            problems.add("scheduledAt", "HEARING_TOO_FAR_AHEAD");
        }
        HearingKind kind = Enums.parse(HearingKind.class, request.kind(), "kind", problems, true);
        String chamber = problems.text("chamber", request.chamber(), 100, false);
        problems.throwIfAny();
        Hearing hearing = newHearing(actor, view.id(), view, at, kind, chamber, null);
        hearings.insert(hearing, clock.instant());
        audit.record(actor, "HEARING_SCHEDULED", subject(hearing), null, "kind=" + kind);
        return reload(hearing.id());
    }

    /**
     * The agenda: hearings from {@code from} up to and including {@code to} (Phnom Penh days) of the cases in the
     * actor's scope, optionally of one court or one case, in the order of their time.
     */
    @Transactional
    public List<Hearing> agenda(Actor actor, LocalDate from, LocalDate to, Agency court, CaseId caseId) {
        actor.require(Permission.CASE_READ);
        FieldProblems problems = new FieldProblems();
        if (to.isBefore(from)) {
            problems.add("to", "HEARING_PERIOD_REVERSED");
        } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
            problems.add("to", "HEARING_PERIOD_TOO_LONG", MAX_DAYS);
        }
        problems.throwIfAny();
        Map<String, Object> params = new HashMap<>();
        StringBuilder condition = new StringBuilder(cases.scopeCondition(actor, "h.case_id", params));
        condition.append(" AND h.scheduled_at >= :from AND h.scheduled_at < :to");
        params.put("from", HearingRepository.utc(from.atStartOfDay(Cambodia.ZONE).toInstant()));
        params.put("to", HearingRepository.utc(to.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant()));
        if (court != null) {
            condition.append(" AND h.court_agency_id = :court");
            params.put("court", court.id().value());
        }
        if (caseId != null) {
            condition.append(" AND h.case_id = :caseId");
            params.put("caseId", caseId.value());
        }
        List<Hearing> found = hearings.query(condition.toString(), params);
        audit.record(actor, "HEARING_LISTED", AuditSubject.none(), null, "results=" + found.size()
                + (found.isEmpty() ? "" : " ids=" + found.stream().map(h -> h.id().toString())
                .collect(Collectors.joining(","))));
        return found;
    }

    /** Every hearing of one case, for those who see the case (the case page). */
    @Transactional
    public List<Hearing> ofCase(Actor actor, CaseId caseId) {
        actor.require(Permission.CASE_READ);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        List<Hearing> found = hearings.query("h.case_id = :caseId", Map.of("caseId", caseId.value()));
        audit.record(actor, "HEARING_LISTED", AuditSubject.ofCase(caseId.value(),
                found.isEmpty() ? null : found.get(0).childId().value()), null, "results=" + found.size());
        return found;
    }

    @Transactional
    public Hearing read(Actor actor, HearingId id) {
        Hearing hearing = inScope(actor, id);
        audit.record(actor, "HEARING_READ", subject(hearing));
        return hearing;
    }

    /**
     * Records the hearing as held: a {@code HEARING_HELD} event on the case's timeline at the hearing's time, with
     * the court, the hearing and how it was held, and the hearing marked held and linked to the event.
     */
    @Transactional
    public Hearing hold(Actor actor, HearingId id, HeldHearing held) {
        Hearing hearing = forCourt(actor, id);
        FieldProblems problems = new FieldProblems();
        String note = problems.text("note", held.note(), MAX_TEXT, false);
        problems.throwIfAny();
        requireScheduled(hearing);
        if (hearing.scheduledAt().isAfter(clock.instant().plus(DRIFT))) {
            throw KomarException.conflict("HEARING_NOT_BEGUN");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("court", agencies.find(hearing.court()).map(Agency::code).orElse(hearing.court().toString()));
        attributes.put("hearing", hearing.id().toString());
        put(attributes, "inCamera", held.inCamera());
        put(attributes, "judgmentInPublic", held.judgmentInPublic());
        put(attributes, "lawyerPresent", held.lawyerPresent());
        put(attributes, "guardianPresent", held.guardianPresent());
        put(attributes, "socialAgentPresent", held.socialAgentPresent());
        put(attributes, "screenOrVideoUsed", held.screenOrVideoUsed());
        put(attributes, "immediateAppearance", held.immediateAppearance());
        if (note != null) {
            attributes.put("note", note);
        }
        LegalEvent event = cases.record(actor, hearing.caseId(), null, new NewEvent("HEARING_HELD",
                hearing.scheduledAt().atZone(Cambodia.ZONE).toOffsetDateTime(), attributes));
        if (!hearings.held(id, versionOr(hearing, held.version()), event.id().value(), hearing.scheduledAt())) {
            throw KomarException.conflict("HEARING_CHANGED");
        }
        audit.record(actor, "HEARING_HELD", subject(hearing), null, "event=" + event.id());
        return reload(id);
    }

    /** Postpones a scheduled hearing with its reason; with a new date, schedules the hearing that replaces it. */
    @Transactional
    public Hearing postpone(Actor actor, HearingId id, Postponement postponement) {
        Hearing hearing = forCourt(actor, id);
        FieldProblems problems = new FieldProblems();
        PostponementReason reason = Enums.parse(PostponementReason.class, postponement.reason(), "reason", problems,
                true);
        String note = problems.text("note", postponement.note(), MAX_TEXT, reason == PostponementReason.OTHER);
        Instant next = moment(problems, "newScheduledAt", postponement.newScheduledAt(), false);
        if (next != null && !next.isAfter(hearing.scheduledAt())) {
            problems.add("newScheduledAt", "HEARING_POSTPONED_TO_EARLIER");
        } else if (next != null && next.isAfter(clock.instant().plus(FURTHEST))) {
            problems.add("newScheduledAt", "HEARING_TOO_FAR_AHEAD");
        }
        problems.throwIfAny();
        requireScheduled(hearing);
        Hearing replacement = null;
        if (next != null) {
            replacement = new Hearing(HearingId.random(), hearing.caseId(), hearing.childId(), hearing.caseNumber(),
                    hearing.court(), next, hearing.kind(), hearing.chamber(), hearing.offenceClass(),
                    HearingStatus.SCHEDULED, null, null, null, null, null, hearing.id(), actor.userId(), 0, List.of());
            hearings.insert(replacement, clock.instant());
        }
        if (!hearings.postponed(id, versionOr(hearing, postponement.version()), reason, note,
                replacement == null ? null : replacement.id())) {
            throw KomarException.conflict("HEARING_CHANGED");
        }
        if (replacement != null) {
            // The monitors the court admitted follow the hearing to its new date.
            HearingId replacementId = replacement.id();
            for (var monitor : hearing.monitors()) {
                accounts.find(monitor).ifPresent(m -> hearings.addMonitor(replacementId, m.id(), m.agencyId(),
                        actor.userId(), clock.instant()));
            }
        }
        audit.record(actor, "HEARING_POSTPONED", subject(hearing), note, "reason=" + reason
                + (replacement == null ? "" : " replacedBy=" + replacement.id()));
        return reload(id);
    }

    /**
     * Admits a trial monitor to a hearing (JJL 47: only those the court admits attend a juvenile hearing). The
     * monitor then sees this hearing, without the child's name, and fills its checklist.
     */
    @Transactional
    public Hearing admitMonitor(Actor actor, HearingId id, String monitorUsername) {
        Hearing hearing = forCourt(actor, id);
        FieldProblems problems = new FieldProblems();
        String username = problems.text("monitor", monitorUsername, 100, true);
        problems.throwIfAny();
        UserSummary monitor = accounts.findByUsername(username)
                .filter(user -> user.enabled() && user.roles().contains(Role.TRIAL_MONITOR))
                .orElse(null);
        if (monitor == null) {
            problems.add("monitor", "HEARING_MONITOR_UNKNOWN").throwIfAny();
        }
        if (hearings.addMonitor(id, monitor.id(), monitor.agencyId(), actor.userId(), clock.instant())) {
            audit.record(actor, "HEARING_MONITOR_ADMITTED", subject(hearing), null, "monitor=" + monitor.id());
        }
        return reload(id);
    }

    /** The trial monitors a court may admit: enabled accounts holding the trial monitor role. */
    public List<UserSummary> monitors() {
        return accounts.all().stream().filter(u -> u.enabled() && u.roles().contains(Role.TRIAL_MONITOR)).toList();
    }

    /** The agencies that hold hearings. */
    public List<Agency> courts() {
        return agencies.all().stream().filter(CourtService::isCourt).toList();
    }

    static boolean isCourt(Agency agency) {
        return switch (agency.type()) {
            case COURT_OF_FIRST_INSTANCE, COURT_OF_APPEAL -> true;
            default -> false;
        };
    }

    public Instant now() {
        return clock.instant();
    }

    private Hearing newHearing(Actor actor, CaseId caseId, CaseView view, Instant at, HearingKind kind,
                               String chamber, HearingId replaces) {
        String offenceClass = view.offence() == null || view.offence().offenceClass() == null ? null
                : view.offence().offenceClass().name();
        return new Hearing(HearingId.random(), caseId, view.childId(), view.caseNumber(), actor.agencyId(), at, kind,
                chamber, offenceClass, HearingStatus.SCHEDULED, null, null, null, null, null, replaces,
                actor.userId(), 0, List.of());
    }

    /** The hearing when its case is in the actor's scope; else "not found". */
    private Hearing inScope(Actor actor, HearingId id) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        String condition = cases.scopeCondition(actor, "h.case_id", params) + " AND h.id = :id";
        params.put("id", id.value());
        return hearings.query(condition, params).stream().findFirst()
                .orElseThrow(() -> KomarException.notFound("HEARING_NOT_FOUND"));
    }

    private Hearing forCourt(Actor actor, HearingId id) {
        actor.require(Permission.HEARING_SCHEDULE);
        Hearing hearing = inScope(actor, id);
        if (!hearing.court().equals(actor.agencyId())) {
            throw KomarException.forbidden("HEARING_OF_ANOTHER_COURT");
        }
        return hearing;
    }

    private static void requireScheduled(Hearing hearing) {
        if (hearing.status() != HearingStatus.SCHEDULED) {
            throw KomarException.conflict("HEARING_NOT_SCHEDULED");
        }
    }

    private static int versionOr(Hearing hearing, Integer version) {
        return version == null ? hearing.version() : version;
    }

    private static void put(Map<String, Object> attributes, String name, Boolean value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }

    /** A moment from a request: with an offset, or a local date and time in Phnom Penh (as forms send it). */
    static Instant moment(FieldProblems problems, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field, "REQUIRED");
            }
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(Cambodia.ZONE).toInstant();
            } catch (DateTimeParseException malformed) {
                problems.add(field, "MALFORMED_DATE_TIME");
                return null;
            }
        }
    }

    Hearing reload(HearingId id) {
        return hearings.find(id).orElseThrow();
    }

    static AuditSubject subject(Hearing hearing) {
        return new AuditSubject("HEARING", hearing.id().toString(), hearing.caseId().value(),
                hearing.childId().value());
    }
}
