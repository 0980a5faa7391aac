package org.komar.cases;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblem;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.timeline.EventId;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;
import org.komar.timeline.Timeline;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases and their timelines. Writers may send {@code If-Match: "<version>"} (the {@code version} of the case they
 * read, also returned as the {@code ETag}); a stale version gets 409 {@code STALE_TIMELINE}.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases and timelines")
class CaseApiController {

    record OpenCaseRequest(String childId, String role, OffenceRequest offence, String offenceDate, String place,
                           String caseNumber, List<OpenCase.NewParty> parties) {
    }

    record OffenceRequest(String code, @com.fasterxml.jackson.annotation.JsonProperty("class") String offenceClass,
                          Boolean intentional, Integer minPenaltyMonths, Integer maxPenaltyMonths) {
    }

    record EventRequest(String type, String occurredAt, Map<String, Object> attributes) {
    }

    record VoidRequest(String reason) {
    }

    /** {@code total}: the cases that match, or the first {@value CaseList#COUNT_LIMIT} when {@code more} match. */
    record CasePage(List<CaseResource> items, long total, boolean more, int page, int size) {
    }

    private final CaseService cases;

    CaseApiController(CaseService cases) {
        this.cases = cases;
    }

    @PostMapping
    @Operation(summary = "Open a case for a child in one role")
    ResponseEntity<CaseResource> open(Actor actor, @RequestBody OpenCaseRequest body) {
        CaseView view = cases.open(actor, toOpenCase(body));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + view.id())).eTag(etag(view.version()))
                .body(CaseResource.of(view));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a case with its derived status (404 when unknown or out of scope)")
    ResponseEntity<CaseResource> read(Actor actor, @PathVariable String id) {
        CaseView view = cases.read(actor, CaseId.parse(id, "CASE_NOT_FOUND"));
        return ResponseEntity.ok().eTag(etag(view.version())).body(CaseResource.of(view));
    }

    @GetMapping
    @Operation(summary = "List cases in scope, newest first")
    CasePage list(Actor actor, @RequestParam(required = false) String childId,
                  @RequestParam(required = false) String role, @RequestParam(required = false) String province,
                  @RequestParam(required = false) String offenceClass,
                  @Parameter(description = "OPEN or CLOSED") @RequestParam(required = false) String status,
                  @Parameter(description = "part of a case number") @RequestParam(required = false) String q,
                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CaseList list = cases.list(actor, new CaseFilter(childId, role, province, offenceClass, status, q, page,
                size));
        return new CasePage(list.items().stream().map(CaseResource::of).toList(), list.total(), list.more(),
                list.page(), list.size());
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "The case's timeline in order of occurrence, voided events included")
    ResponseEntity<List<EventResource>> events(Actor actor, @PathVariable String id) {
        Timeline timeline = cases.timeline(actor, CaseId.parse(id, "CASE_NOT_FOUND"));
        return ResponseEntity.ok().eTag(etag(timeline.version()))
                .body(timeline.all().stream().map(EventResource::of).toList());
    }

    @PostMapping("/{id}/events")
    @Operation(summary = "Append an event to the timeline")
    ResponseEntity<EventResource> record(Actor actor, @PathVariable String id,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @RequestBody EventRequest body) {
        if (body == null) {
            throw KomarException.invalidFields(List.of(new FieldProblem("body", "REQUIRED")));
        }
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        FieldProblems problems = new FieldProblems();
        OffsetDateTime occurredAt = instant(body.occurredAt(), "occurredAt", problems);
        problems.throwIfAny();
        LegalEvent event = cases.record(actor, caseId, version(ifMatch),
                new NewEvent(body.type(), occurredAt, body.attributes()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/events/" + event.id()))
                .eTag(etag(event.seq())).body(EventResource.of(event));
    }

    @PostMapping("/{id}/events/{eventId}/void")
    @Operation(summary = "Void an event with a reason; it stays on the timeline, struck through")
    EventResource voidEvent(Actor actor, @PathVariable String id, @PathVariable String eventId,
                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                            @RequestBody(required = false) VoidRequest body) {
        return EventResource.of(cases.voidEvent(actor, CaseId.parse(id, "CASE_NOT_FOUND"), EventId.parse(eventId),
                version(ifMatch), body == null ? null : body.reason()));
    }

    private static OpenCase toOpenCase(OpenCaseRequest body) {
        if (body == null) {
            throw KomarException.invalidFields(List.of(new FieldProblem("body", "REQUIRED")));
        }
        FieldProblems problems = new FieldProblems();
        java.time.LocalDate offenceDate = null;
        if (body.offenceDate() != null && !body.offenceDate().isBlank()) {
            try {
                offenceDate = java.time.LocalDate.parse(body.offenceDate().strip());
            } catch (DateTimeParseException malformed) {
                problems.add("offenceDate", "MALFORMED_DATE");
            }
        }
        if (body.parties() != null) {
            for (int i = 0; i < body.parties().size(); i++) {
                if (body.parties().get(i) == null) {
                    problems.add("parties[" + i + "]", "REQUIRED");
                }
            }
        }
        problems.throwIfAny();
        OffenceRequest offence = body.offence();
        return new OpenCase(body.childId(), body.role(), offence == null ? null : offence.code(),
                offence == null ? null : offence.offenceClass(), offence == null ? null : offence.intentional(),
                offence == null ? null : offence.minPenaltyMonths(),
                offence == null ? null : offence.maxPenaltyMonths(), offenceDate, body.place(), body.caseNumber(),
                body.parties());
    }

    static OffsetDateTime instant(String value, String field, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "REQUIRED");
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            problems.add(field, "MALFORMED_DATE_TIME");
            return null;
        }
    }

    /** Reads {@code If-Match: "7"} (weak or strong); anything unreadable is a 400, not a silent overwrite. */
    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException malformed) {
            throw KomarException.invalid("MALFORMED_IF_MATCH");
        }
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }
}
