package org.komar.worklist;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.safeguards.SafeguardMessages;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's worklist ({@code GET /api/v1/worklist}): breaches and coming deadlines of the cases in their scope,
 * most urgent first; and acknowledging a breach with a note
 * ({@code POST /api/v1/cases/{id}/safeguards/{rule}/acknowledgement}).
 */
@RestController
@Tag(name = "Worklist")
class WorklistApiController {

    /** One alert. Moments at Phnom Penh's offset; {@code escalatedAt} and {@code acknowledgement} null when none. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ItemResource(String caseId, String caseNumber, String childId, String rule, String title, String status,
                        OffsetDateTime dueAt, OffsetDateTime breachedAt, boolean libertyLimit,
                        boolean heldBeyondLimit, String basis, String province, OffsetDateTime escalatedAt,
                        AcknowledgementResource acknowledgement) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AcknowledgementResource(String id, String caseId, String rule, OffsetDateTime breachedAt, String note,
                                   OffsetDateTime at, String by, String agency) {

        static AcknowledgementResource of(Acknowledgement ack) {
            return new AcknowledgementResource(ack.id().toString(), ack.caseId().toString(), ack.rule(),
                    local(ack.breachedAt()), ack.note(), local(ack.at()), ack.by().toString(),
                    ack.agency().toString());
        }
    }

    /** {@code total}: the alerts that match, or the first {@value Worklist#COUNT_LIMIT} when {@code more} match. */
    record PageResource(OffsetDateTime asOf, OffsetDateTime horizonEnd, long total, boolean more, int page, int size,
                        List<ItemResource> items) {
    }

    /** {@code note} is required; {@code breachedAt}, when given, must be the breach the caller saw. */
    record AcknowledgeRequest(String note, String breachedAt) {
    }

    private final Worklist worklist;
    private final SafeguardMessages messages;

    WorklistApiController(Worklist worklist, SafeguardMessages messages) {
        this.worklist = worklist;
        this.messages = messages;
    }

    @GetMapping("/api/v1/worklist")
    @Operation(summary = "Your worklist: breaches of safeguards (and rules that failed to evaluate) on the cases in "
            + "your scope, the longest-standing first, then the deadlines falling due within the horizon "
            + "(komar.worklist.horizon, 7 days), the soonest first; acknowledged breaches only when asked")
    PageResource list(Actor actor,
                      @Parameter(description = "a rule code, e.g. PC-1") @RequestParam(required = false) String rule,
                      @Parameter(description = "a province code, e.g. 12") @RequestParam(required = false)
                      String province,
                      @Parameter(description = "BREACHES or DEADLINES") @RequestParam(required = false) String kind,
                      @Parameter(description = "OPEN (default), ACKNOWLEDGED or ALL") @RequestParam(required = false)
                      String show,
                      @Parameter(description = "true: only breaches escalated to supervisors")
                      @RequestParam(required = false) String escalated,
                      @Parameter(description = "from 0") @RequestParam(required = false) String page,
                      @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) String size,
                      Locale locale) {
        java.util.Map<String, String> params = new java.util.HashMap<>();
        put(params, "rule", rule);
        put(params, "province", province);
        put(params, "kind", kind);
        put(params, "show", show);
        put(params, "escalated", escalated);
        put(params, "page", page);
        put(params, "size", size);
        WorklistPage result = worklist.page(actor, WorklistFilter.parse(params));
        return new PageResource(local(result.asOf()), local(result.horizonEnd()), result.shownTotal(), result.more(),
                result.page(),
                result.size(), result.items().stream().map(item -> new ItemResource(item.caseId().toString(),
                        item.caseNumber(), item.childId().toString(), item.rule(),
                        messages.title(item.rule(), locale), item.status().name(), local(item.dueAt()),
                        local(item.breachedAt()), item.libertyLimit(), item.heldBeyond(), item.basis(),
                        item.province(), local(item.escalatedAt()), item.acknowledgement() == null ? null
                        : AcknowledgementResource.of(item.acknowledgement()))).toList());
    }

    @PostMapping("/api/v1/cases/{id}/safeguards/{rule}/acknowledgement")
    @Operation(summary = "Acknowledge the current breach of a safeguard rule on a case, with a note (who and when "
            + "are recorded; the breach stays on record). 404 when the case is out of scope or the rule is not "
            + "breached; 409 ALERT_ALREADY_ACKNOWLEDGED when someone acknowledged it first, ALERT_CHANGED when "
            + "breachedAt is not the current breach")
    ResponseEntity<AcknowledgementResource> acknowledge(Actor actor, @PathVariable String id,
                                                        @PathVariable String rule,
                                                        @RequestBody(required = false) AcknowledgeRequest body) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        AcknowledgeRequest request = body == null ? new AcknowledgeRequest(null, null) : body;
        Acknowledgement ack = worklist.acknowledge(actor, caseId, rule, WorklistWebController.moment(
                request.breachedAt()), request.note());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/safeguards/" + rule
                + "/acknowledgement")).body(AcknowledgementResource.of(ack));
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null) {
            params.put(key, value);
        }
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atOffset(Cambodia.OFFSET);
    }
}
