package org.komar.aftercare;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aftercare: plans at release ({@code POST /api/v1/aftercare-plans} with {@code caseId}, {@code releasedAt}
 * (optional: the case's last release), {@code startsOn}, {@code programme}, {@code goals}, {@code services}), their
 * contacts and services, and re-offending after release per agency and programme.
 */
@RestController
@Tag(name = "Aftercare")
class AftercareApiController {

    record ContactResource(String id, String kind, String service, LocalDate on, String note, String eventId) {
    }

    record PlanResource(String id, String caseId, String agency, String programme, OffsetDateTime releasedAt,
                        LocalDate startsOn, String goals, List<String> services, String startedEventId,
                        List<ContactResource> contacts) {

        static PlanResource of(AftercarePlan p) {
            return new PlanResource(p.id().toString(), p.caseId().toString(), p.agency().toString(), p.programme(),
                    p.releasedAt().atZone(Cambodia.ZONE).toOffsetDateTime(), p.startsOn(), p.goals(), p.services(),
                    p.startedEventId().toString(), p.contacts().stream().map(c -> new ContactResource(
                            c.id().toString(), c.kind().name(), c.service(), c.on(), c.note(),
                            c.eventId().toString())).toList());
        }
    }

    record Items<T>(List<T> items) {
    }

    record RateResource(long numerator, long denominator, Double percent) {
    }

    record LineResource(String agency, String agencyCode, String programme, long releases, RateResource within6Months,
                        RateResource within12Months) {
    }

    record RecidivismResource(OffsetDateTime asOf, List<LineResource> lines) {
    }

    private final AftercareService aftercare;
    private final AgencyDirectory agencies;

    AftercareApiController(AftercareService aftercare, AgencyDirectory agencies) {
        this.aftercare = aftercare;
        this.agencies = agencies;
    }

    @PostMapping("/api/v1/aftercare-plans")
    @Operation(summary = "Make an aftercare plan at a child's release (also an AFTERCARE_STARTED event)")
    ResponseEntity<PlanResource> create(Actor actor, @RequestBody(required = false) AftercareService.NewPlan body) {
        AftercareService.NewPlan request = body == null
                ? new AftercareService.NewPlan(null, null, null, null, null, null) : body;
        AftercarePlan plan = aftercare.create(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/aftercare-plans/" + plan.id())).body(PlanResource.of(plan));
    }

    @GetMapping("/api/v1/aftercare-plans")
    @Operation(summary = "The aftercare plans of the cases in your scope, or of one case")
    Items<PlanResource> list(Actor actor, @RequestParam(required = false) String caseId) {
        CaseId onlyCase = null;
        if (caseId != null && !caseId.isBlank()) {
            try {
                onlyCase = new CaseId(java.util.UUID.fromString(caseId.strip()));
            } catch (IllegalArgumentException malformed) {
                new FieldProblems().add("caseId", "MALFORMED_ID").throwIfAny();
            }
        }
        return new Items<>(aftercare.list(actor, onlyCase).stream().map(PlanResource::of).toList());
    }

    @GetMapping("/api/v1/aftercare-plans/{id}")
    @Operation(summary = "Read an aftercare plan with its contacts (404 unless its case is in your scope)")
    PlanResource read(Actor actor, @PathVariable String id) {
        return PlanResource.of(aftercare.read(actor, AftercarePlanId.parse(id)));
    }

    @PostMapping("/api/v1/aftercare-plans/{id}/contacts")
    @Operation(summary = "Record a contact (AFTERCARE_CONTACT) or a service delivered (SERVICE_PROVIDED) under a plan")
    ResponseEntity<PlanResource> contact(Actor actor, @PathVariable String id,
                                         @RequestBody(required = false) AftercareService.NewContact body) {
        AftercareService.NewContact request = body == null ? new AftercareService.NewContact(null, null, null, null)
                : body;
        return ResponseEntity.status(201).body(PlanResource.of(aftercare.recordContact(actor,
                AftercarePlanId.parse(id), request)));
    }

    @GetMapping("/api/v1/aftercare/recidivism")
    @Operation(summary = "Re-offending within 6 and 12 months of release per agency and programme, counting only"
            + " releases followed for the whole window by asOf (now unless given); aggregate figures for statisticians")
    RecidivismResource recidivism(Actor actor, @RequestParam(required = false) String asOf) {
        actor.require(org.komar.access.Permission.STATISTICS_READ);
        Instant at = aftercare.now();
        if (asOf != null && !asOf.isBlank()) {
            try {
                at = OffsetDateTime.parse(asOf.strip()).toInstant();
            } catch (java.time.format.DateTimeParseException notAMoment) {
                LocalDate day = new FieldProblems().date("asOf", asOf, false);
                if (day == null) {
                    new FieldProblems().add("asOf", "MALFORMED_DATE_TIME").throwIfAny();
                }
                at = day.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant().minusSeconds(1);
            }
        }
        List<LineResource> lines = aftercare.recidivism(actor, at).stream().map(l -> new LineResource(
                l.agency() == null ? null : l.agency().toString(),
                l.agency() == null ? null : agencies.find(l.agency()).map(a -> a.code()).orElse(null), l.programme(),
                l.releases(), rate(l.within6()), rate(l.within12()))).toList();
        return new RecidivismResource(at.atZone(Cambodia.ZONE).toOffsetDateTime(), lines);
    }

    private static RateResource rate(Recidivism.Rate rate) {
        return new RateResource(rate.numerator(), rate.denominator(), rate.percent());
    }
}
