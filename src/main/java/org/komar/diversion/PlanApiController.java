package org.komar.diversion;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The social agent's diversion plans over the API: a {@code PUT} saves the next version for the order under way,
 * naming the version read (0 for the first); 409 {@code DIVERSION_PLAN_CHANGED} when someone saved another meanwhile.
 * The authority decides a version with {@code DIVERSION_PLAN_DECIDED} ({@code planVersion}) on the timeline.
 */
@RestController
@Tag(name = "Diversion")
class PlanApiController {

    record SaveRequest(Integer version, String objectives, String measures, String responsible, String schedule,
                       Boolean childConsented) {
    }

    record StandingResource(String status, OffsetDateTime at) {
    }

    record PlanResource(int version, Integer basedOn, String orderEventId, String objectives, String measures,
                        String responsible, String schedule, boolean childConsented, String author,
                        String writtenBy, OffsetDateTime writtenAt, StandingResource decision) {
    }

    record PlansResource(String caseId, int latestVersion, Integer approvedVersion, PlanResource plan,
                         List<PlanResource> versions) {
    }

    private final DiversionPlans plans;

    PlanApiController(DiversionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/cases/{id}/diversion-plan")
    @Operation(summary = "A case's diversion plan (JJL 66-67): the latest version or the one asked for, every version"
            + " with what the authority decided on it, and the version in force")
    ResponseEntity<PlansResource> read(Actor actor, @PathVariable String id,
                                       @Parameter(description = "a version number (the latest when absent)")
                                       @RequestParam(required = false) String version) {
        return answer(plans.read(actor, CaseId.parse(id, "CASE_NOT_FOUND"), number(version)));
    }

    @PutMapping("/api/v1/cases/{id}/diversion-plan")
    @Operation(summary = "Save the diversion plan as its next version for the order under way; version is the one"
            + " read, 0 for the first; 409 DIVERSION_PLAN_CHANGED when it is stale")
    ResponseEntity<PlansResource> save(Actor actor, @PathVariable String id,
                                       @RequestBody(required = false) SaveRequest body) {
        SaveRequest request = body == null ? new SaveRequest(null, null, null, null, null, null) : body;
        return answer(plans.save(actor, CaseId.parse(id, "CASE_NOT_FOUND"), new DiversionPlans.Draft(
                request.version(), request.objectives(), request.measures(), request.responsible(),
                request.schedule(), request.childConsented() == null ? null : request.childConsented().toString())));
    }

    private static ResponseEntity<PlansResource> answer(DiversionPlans.Plans read) {
        Integer approved = read.history().current().map(DiversionHistory.Order::planVersion).orElse(null);
        PlansResource body = new PlansResource(read.caseId().toString(), read.latestVersion(), approved,
                read.shown() == null ? null : plan(read, read.shown()),
                read.versions().stream().map(p -> plan(read, p)).toList());
        return ResponseEntity.ok().header(HttpHeaders.ETAG, "\"" + read.latestVersion() + "\"").body(body);
    }

    private static PlanResource plan(DiversionPlans.Plans read, DiversionPlan p) {
        DiversionPlans.Standing standing = read.standing(p);
        return new PlanResource(p.version(), p.basedOn(), p.orderEventId().toString(), p.objectives(), p.measures(),
                p.responsible(), p.schedule(), p.childConsented(), read.author(p).name(), p.writtenBy().toString(),
                p.writtenAt().atZone(Cambodia.ZONE).toOffsetDateTime(),
                new StandingResource(status(standing.key()), standing.at() == null ? null
                        : standing.at().atZone(Cambodia.ZONE).toOffsetDateTime()));
    }

    /** {@code sentBack} → {@code SENT_BACK}: the API's spelling of a standing. */
    private static String status(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    static Integer number(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException malformed) {
            new FieldProblems().add("version", "EXPECTED_INTEGER").throwIfAny();
            return null;
        }
    }
}
