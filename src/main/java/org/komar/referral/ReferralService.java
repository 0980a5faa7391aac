package org.komar.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.PartyFunction;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;
import org.komar.timeline.TimelineStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals between agencies. The referring side needs the case in scope and the right to record on it; the
 * receiving agency answers, records what it delivered and follows up. The receiving agency is a party to the case
 * (and so sees it) exactly while one of its referrals on that case is open or accepted. Every read and change is
 * audited in its transaction.
 */
@Service
public class ReferralService {

    static final int MAX_TEXT = 2000;

    /** What a referrer sends; strings are parsed here so that the API and the forms report the same problems. */
    public record NewReferral(String caseId, String toAgency, String service, String consent, String consentNote,
                              String reason, Boolean urgent) {
    }

    /** Whose referrals a list shows: those the actor's agency received, or those it sent. */
    public enum Box {
        INBOX, OUTBOX
    }

    /** Referrals waiting for an answer from the actor's agency, and how many of them are overdue. */
    public record Waiting(long open, long overdue) {
    }

    private final ReferralRepository referrals;
    private final CaseService cases;
    private final TimelineStore timelines;
    private final AgencyDirectory agencies;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration responseTime;
    private final Duration urgentResponseTime;

    ReferralService(ReferralRepository referrals, CaseService cases, TimelineStore timelines,
                    AgencyDirectory agencies, AuditLog audit,
                    Clock clock, @Value("${komar.referral.response-time:P3D}") Duration responseTime,
                    @Value("${komar.referral.urgent-response-time:PT24H}") Duration urgentResponseTime) {
        this.referrals = referrals;
        this.cases = cases;
        this.timelines = timelines;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
        this.responseTime = responseTime;
        this.urgentResponseTime = urgentResponseTime;
    }

    @Transactional
    public Referral refer(Actor actor, NewReferral request) {
        actor.require(Permission.EVENT_RECORD);
        FieldProblems problems = new FieldProblems();
        if (request.caseId() == null || request.caseId().isBlank()) {
            problems.add("caseId", "REQUIRED").throwIfAny();
        }
        CaseView view = cases.read(actor, CaseId.parse(request.caseId(), "CASE_NOT_FOUND"));
        Agency target = targetAgency(request.toAgency(), problems);
        if (target != null && target.id().equals(actor.agencyId())) {
            problems.add("toAgency", "REFERRAL_TO_OWN_AGENCY");
        }
        ReferredService service = Enums.parse(ReferredService.class, request.service(), "service", problems, true);
        Consent consent = null;
        if (request.consent() == null || request.consent().isBlank() || "NONE".equals(request.consent().strip())) {
            problems.add("consent", "REFERRAL_CONSENT_REQUIRED");
        } else {
            consent = Enums.parse(Consent.class, request.consent(), "consent", problems, true);
        }
        String consentNote = problems.text("consentNote", request.consentNote(), 500, false);
        String reason = problems.text("reason", request.reason(), MAX_TEXT, true);
        problems.throwIfAny();

        boolean urgent = Boolean.TRUE.equals(request.urgent());
        Instant now = clock.instant();
        Referral referral = new Referral(ReferralId.random(), view.id(), view.childId(), view.caseNumber(),
                actor.agencyId(), target.id(), service, consent, consentNote, reason, urgent, ReferralStatus.OPEN,
                now, actor.userId(), now.plus(urgent ? urgentResponseTime : responseTime), null, null, null, null,
                null, null, 0, List.of());
        if (referrals.liveTo(view.id(), target.id(), referral.id()) == 0) {
            cases.grantAgency(view.id(), target.id(), PartyFunction.REFERRAL);
        }
        referrals.insert(referral);
        audit.record(actor, "REFERRAL_MADE", subject(referral), null, "service=" + service + " to=" + target.id());
        return referral;
    }

    @Transactional
    public Referral accept(Actor actor, ReferralId id, Integer version, String note) {
        actor.require(Permission.EVENT_RECORD); // before scope: a reader who may not act hears 403
        Referral referral = forReceiver(actor, id);
        FieldProblems problems = new FieldProblems();
        String text = problems.text("note", note, MAX_TEXT, false);
        problems.throwIfAny();
        requireStatus(referral, ReferralStatus.OPEN, "REFERRAL_NOT_OPEN");
        if (!referrals.respond(id, versionOr(referral, version), ReferralStatus.ACCEPTED, clock.instant(),
                actor.userId(), text)) {
            throw KomarException.conflict("REFERRAL_CHANGED");
        }
        audit.record(actor, "REFERRAL_ACCEPTED", subject(referral));
        return reload(id);
    }

    /** Declines with a reason; the receiving agency loses access unless another referral to it is live. */
    @Transactional
    public Referral decline(Actor actor, ReferralId id, Integer version, String reason) {
        actor.require(Permission.EVENT_RECORD); // before scope: a reader who may not act hears 403
        Referral referral = forReceiver(actor, id);
        FieldProblems problems = new FieldProblems();
        String text = problems.text("reason", reason, MAX_TEXT, true);
        problems.throwIfAny();
        requireStatus(referral, ReferralStatus.OPEN, "REFERRAL_NOT_OPEN");
        if (!referrals.respond(id, versionOr(referral, version), ReferralStatus.DECLINED, clock.instant(),
                actor.userId(), text)) {
            throw KomarException.conflict("REFERRAL_CHANGED");
        }
        endAccess(referral);
        audit.record(actor, "REFERRAL_DECLINED", subject(referral), text, null);
        return reload(id);
    }

    /** The referring agency takes back a referral not yet answered. */
    @Transactional
    public Referral withdraw(Actor actor, ReferralId id, Integer version, String reason) {
        actor.require(Permission.EVENT_RECORD); // before scope: a reader who may not act hears 403
        Referral referral = visible(actor, id);
        if (!referral.fromAgency().equals(actor.agencyId()) || !actor.has(Permission.EVENT_RECORD)) {
            throw KomarException.forbidden("REFERRAL_NOT_YOURS");
        }
        FieldProblems problems = new FieldProblems();
        String text = problems.text("reason", reason, MAX_TEXT, true);
        problems.throwIfAny();
        requireStatus(referral, ReferralStatus.OPEN, "REFERRAL_NOT_OPEN");
        if (!referrals.end(id, versionOr(referral, version), ReferralStatus.WITHDRAWN, clock.instant(),
                actor.userId(), null, text)) {
            throw KomarException.conflict("REFERRAL_CHANGED");
        }
        endAccess(referral);
        audit.record(actor, "REFERRAL_WITHDRAWN", subject(referral), text, null);
        return reload(id);
    }

    /** Closes an accepted referral with its outcome; the receiving agency's access ends with it. */
    @Transactional
    public Referral close(Actor actor, ReferralId id, Integer version, String outcome, String note) {
        actor.require(Permission.EVENT_RECORD); // before scope: a reader who may not act hears 403
        Referral referral = visible(actor, id);
        requireEitherAgency(actor, referral);
        FieldProblems problems = new FieldProblems();
        ReferralOutcome parsed = Enums.parse(ReferralOutcome.class, outcome, "outcome", problems, true);
        String text = problems.text("note", note, MAX_TEXT, false);
        problems.throwIfAny();
        requireStatus(referral, ReferralStatus.ACCEPTED, "REFERRAL_NOT_ACCEPTED");
        if (!referrals.end(id, versionOr(referral, version), ReferralStatus.CLOSED, clock.instant(),
                actor.userId(), parsed, text)) {
            throw KomarException.conflict("REFERRAL_CHANGED");
        }
        endAccess(referral);
        audit.record(actor, "REFERRAL_CLOSED", subject(referral), null, "outcome=" + parsed);
        return reload(id);
    }

    /**
     * The receiving agency records a service it delivered: a line on the referral and a {@code SERVICE_PROVIDED}
     * event on the timeline. The referral is what entitles the agency to record it, whatever its people's roles
     * (a prison's school or a commune's health post may receive referrals too), so the event is appended here
     * rather than through the role check of {@code CaseService.record}; it is audited with the event.
     */
    @Transactional
    public Referral recordDelivery(Actor actor, ReferralId id, String on, String note) {
        actor.require(Permission.EVENT_RECORD); // before scope: a reader who may not act hears 403
        Referral referral = forReceiver(actor, id);
        FieldProblems problems = new FieldProblems();
        LocalDate day = pastDate(problems, "on", on);
        String text = problems.text("note", note, MAX_TEXT, false);
        problems.throwIfAny();
        requireStatus(referral, ReferralStatus.ACCEPTED, "REFERRAL_NOT_ACCEPTED");
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("kind", referral.service().timelineKind());
        if (text != null) {
            attributes.put("note", text);
        }
        LegalEvent event = timelines.append(referral.caseId(), null,
                new NewEvent("SERVICE_PROVIDED", momentOf(day), attributes), actor.userId());
        addActivity(referral, ReferralActivity.Kind.DELIVERY, day, text, null, actor, event.id().value());
        audit.record(actor, "REFERRAL_SERVICE_DELIVERED", AuditSubject.event(event.id().value(),
                referral.caseId().value(), referral.childId().value()), null, "referral=" + referral.id());
        return reload(id);
    }

    @Transactional
    public Referral recordFollowUp(Actor actor, ReferralId id, String on, String note, String nextFollowUp) {
        actor.require(Permission.EVENT_RECORD); // before scope: a reader who may not act hears 403
        Referral referral = visible(actor, id);
        requireEitherAgency(actor, referral);
        FieldProblems problems = new FieldProblems();
        LocalDate day = pastDate(problems, "on", on);
        String text = problems.text("note", note, MAX_TEXT, true);
        LocalDate next = problems.date("nextFollowUp", nextFollowUp, false);
        if (next != null && day != null && !next.isAfter(day)) {
            problems.add("nextFollowUp", "REFERRAL_FOLLOW_UP_NOT_AFTER");
        }
        problems.throwIfAny();
        if (referral.status() != ReferralStatus.ACCEPTED && referral.status() != ReferralStatus.CLOSED) {
            throw KomarException.conflict("REFERRAL_NOT_ACCEPTED");
        }
        addActivity(referral, ReferralActivity.Kind.FOLLOW_UP, day, text, next, actor, null);
        audit.record(actor, "REFERRAL_FOLLOWED_UP", subject(referral));
        return reload(id);
    }

    @Transactional
    public Referral read(Actor actor, ReferralId id) {
        Referral referral = visible(actor, id);
        audit.record(actor, "REFERRAL_READ", subject(referral));
        return referral;
    }

    /** The referrals of one case, for those who see the case. */
    @Transactional
    public List<Referral> ofCase(Actor actor, CaseId caseId) {
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        List<Referral> found = referrals.query("r.case_id = :caseId", Map.of("caseId", caseId.value()), "");
        audit.record(actor, "REFERRAL_LISTED", AuditSubject.ofCase(caseId.value(),
                found.isEmpty() ? null : found.get(0).childId().value()), null, "results=" + found.size());
        return found;
    }

    /** The agency's inbox or outbox, newest first, optionally of one status. */
    @Transactional
    public List<Referral> box(Actor actor, Box box, ReferralStatus status) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        params.put("agency", actor.agencyId().value());
        String condition = (box == Box.INBOX ? "r.to_agency_id" : "r.from_agency_id") + " = :agency";
        if (status != null) {
            condition += " AND r.status = :status";
            params.put("status", status.name());
        }
        List<Referral> found = referrals.query(condition, params,
                "ORDER BY CASE WHEN r.status = 'OPEN' THEN 0 ELSE 1 END, r.referred_at DESC, r.id");
        audit.record(actor, "REFERRAL_LISTED", AuditSubject.none(), null, box + " results=" + found.size()
                + (found.isEmpty() ? "" : " ids=" + String.join(",", found.stream().map(r -> r.id().toString())
                .toList())));
        return found;
    }

    /** Counts for the home page: no child is named, so nothing is audited. */
    @Transactional(readOnly = true)
    public Waiting waiting(Actor actor) {
        if (!actor.has(Permission.CASE_READ)) {
            return new Waiting(0, 0);
        }
        Map<String, Object> params = Map.of("agency", actor.agencyId().value(), "now",
                java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        String open = "r.to_agency_id = :agency AND r.status = 'OPEN'";
        return new Waiting(referrals.count(open, params), referrals.count(open + " AND r.respond_by < :now", params));
    }

    public Instant now() {
        return clock.instant();
    }

    private Agency targetAgency(String given, FieldProblems problems) {
        if (given == null || given.isBlank()) {
            problems.add("toAgency", "REQUIRED");
            return null;
        }
        String value = given.strip();
        Optional<Agency> agency;
        try {
            agency = agencies.find(new AgencyId(UUID.fromString(value)));
        } catch (IllegalArgumentException notAnId) {
            agency = agencies.findByCode(value);
        }
        if (agency.isEmpty()) {
            problems.add("toAgency", "AGENCY_NOT_FOUND");
            return null;
        }
        if (agency.get().retired()) {
            problems.add("toAgency", "REFERRAL_AGENCY_RETIRED");
            return null;
        }
        return agency.get();
    }

    /** The referral if the actor may see it: their agency sent or received it, or the case is in their scope. */
    private Referral visible(Actor actor, ReferralId id) {
        actor.require(Permission.CASE_READ);
        Referral referral = referrals.find(id).orElseThrow(() -> KomarException.notFound("REFERRAL_NOT_FOUND"));
        boolean ownAgency = referral.fromAgency().equals(actor.agencyId())
                || referral.toAgency().equals(actor.agencyId());
        if (!ownAgency && !cases.inScope(actor, referral.caseId())) {
            throw KomarException.notFound("REFERRAL_NOT_FOUND");
        }
        return referral;
    }

    private Referral forReceiver(Actor actor, ReferralId id) {
        Referral referral = visible(actor, id);
        if (!referral.toAgency().equals(actor.agencyId()) || !actor.has(Permission.EVENT_RECORD)) {
            throw KomarException.forbidden("REFERRAL_NOT_FOR_YOU");
        }
        return referral;
    }

    private static void requireEitherAgency(Actor actor, Referral referral) {
        boolean party = referral.fromAgency().equals(actor.agencyId()) || referral.toAgency().equals(actor.agencyId());
        if (!party || !actor.has(Permission.EVENT_RECORD)) {
            throw KomarException.forbidden("REFERRAL_NOT_YOURS");
        }
    }

    private static void requireStatus(Referral referral, ReferralStatus expected, String code) {
        if (referral.status() != expected) {
            throw KomarException.conflict(code);
        }
    }

    private static int versionOr(Referral referral, Integer version) {
        return version == null ? referral.version() : version;
    }

    private void endAccess(Referral referral) {
        if (referrals.liveTo(referral.caseId(), referral.toAgency(), referral.id()) == 0) {
            cases.endAgency(referral.caseId(), referral.toAgency(), PartyFunction.REFERRAL);
        }
    }

    private void addActivity(Referral referral, ReferralActivity.Kind kind, LocalDate day, String note,
                             LocalDate next, Actor actor, UUID eventId) {
        if (!referrals.touch(referral.id(), referral.version())) {
            throw KomarException.conflict("REFERRAL_CHANGED");
        }
        referrals.addActivity(referral.id(), new ReferralActivity(UUID.randomUUID(), kind, day, note, next,
                clock.instant(), actor.userId()), eventId);
    }

    private LocalDate pastDate(FieldProblems problems, String field, String value) {
        LocalDate day = problems.date(field, value, true);
        if (day != null && day.isAfter(LocalDate.now(clock.withZone(Cambodia.ZONE)))) {
            problems.add(field, "DATE_IN_FUTURE");
        }
        return day;
    }

    /** A day as a moment on the timeline: now for today, midday for an earlier day. */
    private OffsetDateTime momentOf(LocalDate day) {
        OffsetDateTime now = clock.instant().atZone(Cambodia.ZONE).toOffsetDateTime();
        return day.equals(now.toLocalDate()) ? now : day.atTime(12, 0).atZone(Cambodia.ZONE).toOffsetDateTime();
    }

    private Referral reload(ReferralId id) {
        return referrals.find(id).orElseThrow();
    }

    private static AuditSubject subject(Referral referral) {
        return new AuditSubject("REFERRAL", referral.id().toString(), referral.caseId().value(),
                referral.childId().value());
    }
}
