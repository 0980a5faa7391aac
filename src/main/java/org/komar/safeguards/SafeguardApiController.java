package org.komar.safeguards;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The safeguards of a case as of a moment, in the shape of ARCHITECTURE.md. */
@RestController
@Tag(name = "Safeguards")
class SafeguardApiController {

    /**
     * One applicable rule: moments at Phnom Penh's offset (null when there is none, always present), the message in
     * the caller's language.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record SafeguardResource(String rule, String status, OffsetDateTime dueAt, OffsetDateTime breachedAt,
                             String basis, String message) {
    }

    private final Safeguards safeguards;
    private final SafeguardMessages messages;

    SafeguardApiController(Safeguards safeguards, SafeguardMessages messages) {
        this.safeguards = safeguards;
        this.messages = messages;
    }

    @GetMapping("/api/v1/cases/{id}/safeguards")
    @Operation(summary = "Each applicable safeguard rule of the case as of a moment: status (MET, PENDING, BREACHED, "
            + "ERROR), due and breach moments, legal basis and message (404 when unknown or out of scope)")
    List<SafeguardResource> safeguards(Actor actor, @PathVariable String id,
                                       @Parameter(description = "ISO date-time with offset, e.g. "
                                               + "2026-01-11T09:00:00+07:00; now when absent")
                                       @RequestParam(required = false) String asOf, Locale locale) {
        Instant moment = parse(asOf);
        CaseSafeguards evaluated = safeguards.evaluate(actor, CaseId.parse(id, "CASE_NOT_FOUND"), moment);
        return evaluated.applicable().stream().map(result -> new SafeguardResource(result.rule(),
                result.status().name(), local(result.dueAt()), local(result.breachedAt()), result.basis(),
                messages.message(result, locale))).toList();
    }

    /** An ISO date-time with an offset; a "+" that arrived unencoded (as a space) is read as the "+" it was. */
    static Instant parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        String text = asOf.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException malformed) {
            FieldProblems problems = new FieldProblems();
            problems.add("asOf", "MALFORMED_DATE_TIME");
            problems.throwIfAny();
            return null;
        }
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atOffset(Cambodia.OFFSET);
    }
}
