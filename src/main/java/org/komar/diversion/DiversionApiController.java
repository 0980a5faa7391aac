package org.komar.diversion;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Diversion over the API: a case's diversion (considerations, orders, deadlines) and the register of diversion
 * orders in the caller's scope. Orders and decisions themselves are events: {@code POST /api/v1/cases/{id}/events}.
 */
@RestController
@Tag(name = "Diversion")
class DiversionApiController {

    private final DiversionService diversions;

    DiversionApiController(DiversionService diversions) {
        this.diversions = diversions;
    }

    @GetMapping("/api/v1/cases/{id}/diversion")
    @Operation(summary = "A case's diversion: each consideration at each stage and each order with its plan, "
            + "modifications, non-compliance, end and due dates (JJL 60-71)")
    DiversionResource.CaseDiversion ofCase(Actor actor, @PathVariable String id) {
        return DiversionResource.of(diversions.ofCase(actor, CaseId.parse(id, "CASE_NOT_FOUND")));
    }

    @GetMapping("/api/v1/diversions")
    @Operation(summary = "The register of diversion orders in your scope, newest first")
    DiversionResource.Register register(Actor actor,
                                        @Parameter(description = "two-digit province code")
                                        @RequestParam(required = false) String province,
                                        @Parameter(description = "AWAITING_PLAN, UNDER_WAY, NONCOMPLIANCE_REPORTED, "
                                                + "COMPLETED, FAILED or REPLACED")
                                        @RequestParam(required = false) String status,
                                        @Parameter(description = "PROSECUTOR, INVESTIGATING_JUDGE, TRIAL_COURT or "
                                                + "APPEAL_COURT")
                                        @RequestParam(required = false) String stage,
                                        @Parameter(description = "first day of the order (YYYY-MM-DD)")
                                        @RequestParam(required = false) String from,
                                        @Parameter(description = "last day of the order (YYYY-MM-DD)")
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        FieldProblems problems = new FieldProblems();
        LocalDate fromDay = problems.date("from", from, false);
        LocalDate toDay = problems.date("to", to, false);
        problems.throwIfAny();
        return DiversionResource.of(diversions.register(actor, new RegisterFilter(blank(province), blank(status),
                blank(stage), fromDay, toDay, page, size), false));
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
