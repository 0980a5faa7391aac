package org.komar.referral;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Referrals between agencies: {@code POST /api/v1/referrals} with {@code caseId}, {@code toAgency} (id or code),
 * {@code service}, {@code consent} (who consented: {@code CHILD}, {@code GUARDIAN}, {@code CHILD_AND_GUARDIAN}; or
 * {@code true} when consent was given by the child) and {@code reason}; then accept or decline, deliveries,
 * follow-ups and closing.
 */
@RestController
@Tag(name = "Referrals")
class ReferralApiController {

    record ReferralRequest(String caseId, String toAgency, String service, JsonNode consent, String consentNote,
                           String reason, Boolean urgent) {
    }

    record Answer(String note, String reason, Integer version) {
    }

    record ActivityRequest(String on, String note, String nextFollowUp) {
    }

    record Closing(String outcome, String note, Integer version) {
    }

    record Items<T>(List<T> items) {
    }

    record ServiceResource(String code, String oscar, String primeroType, String primeroSubtype) {
    }

    private final ReferralService referrals;

    ReferralApiController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @PostMapping("/api/v1/referrals")
    @Operation(summary = "Refer a child to another agency for a service, with the consent given")
    ResponseEntity<ReferralResource> refer(Actor actor, @RequestBody(required = false) ReferralRequest body) {
        ReferralRequest request = body == null ? new ReferralRequest(null, null, null, null, null, null, null) : body;
        Referral referral = referrals.refer(actor, new ReferralService.NewReferral(request.caseId(),
                request.toAgency(), request.service(), consent(request.consent()), request.consentNote(),
                request.reason(), request.urgent()));
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id()))
                .body(ReferralResource.of(referral, referrals.now()));
    }

    @GetMapping("/api/v1/referrals")
    @Operation(summary = "The referrals your agency received (inbox, the default) or sent (outbox)")
    Items<ReferralResource> list(Actor actor,
                                 @Parameter(description = "INBOX or OUTBOX") @RequestParam(required = false) String box,
                                 @RequestParam(required = false) String status) {
        FieldProblems problems = new FieldProblems();
        ReferralService.Box parsedBox = box == null ? ReferralService.Box.INBOX
                : Enums.parse(ReferralService.Box.class, box.toUpperCase(Locale.ROOT), "box", problems, true);
        ReferralStatus parsedStatus = Enums.parse(ReferralStatus.class, status, "status", problems, false);
        problems.throwIfAny();
        return new Items<>(referrals.box(actor, parsedBox, parsedStatus).stream()
                .map(r -> ReferralResource.of(r, referrals.now())).toList());
    }

    @GetMapping("/api/v1/referrals/{id}")
    @Operation(summary = "Read a referral (404 unless your agency sent or received it, or its case is in scope)")
    ReferralResource read(Actor actor, @PathVariable String id) {
        return ReferralResource.of(referrals.read(actor, ReferralId.parse(id)), referrals.now());
    }

    @PostMapping("/api/v1/referrals/{id}/accept")
    @Operation(summary = "Accept a referral sent to your agency")
    ReferralResource accept(Actor actor, @PathVariable String id, @RequestBody(required = false) Answer body) {
        return ReferralResource.of(referrals.accept(actor, ReferralId.parse(id), body == null ? null : body.version(),
                body == null ? null : body.note()), referrals.now());
    }

    @PostMapping("/api/v1/referrals/{id}/decline")
    @Operation(summary = "Decline a referral sent to your agency, with a reason; your agency loses access to the case")
    ReferralResource decline(Actor actor, @PathVariable String id, @RequestBody(required = false) Answer body) {
        return ReferralResource.of(referrals.decline(actor, ReferralId.parse(id), body == null ? null
                : body.version(), body == null ? null : reasonOf(body)), referrals.now());
    }

    @PostMapping("/api/v1/referrals/{id}/withdraw")
    @Operation(summary = "Withdraw a referral your agency sent that is not answered yet")
    ReferralResource withdraw(Actor actor, @PathVariable String id, @RequestBody(required = false) Answer body) {
        return ReferralResource.of(referrals.withdraw(actor, ReferralId.parse(id), body == null ? null
                : body.version(), body == null ? null : reasonOf(body)), referrals.now());
    }

    @PostMapping("/api/v1/referrals/{id}/deliveries")
    @Operation(summary = "Record a service delivered under an accepted referral (also a SERVICE_PROVIDED event)")
    ResponseEntity<ReferralResource> deliver(Actor actor, @PathVariable String id,
                                             @RequestBody(required = false) ActivityRequest body) {
        ActivityRequest request = body == null ? new ActivityRequest(null, null, null) : body;
        Referral referral = referrals.recordDelivery(actor, ReferralId.parse(id), request.on(), request.note());
        return ResponseEntity.status(201).body(ReferralResource.of(referral, referrals.now()));
    }

    @PostMapping("/api/v1/referrals/{id}/follow-ups")
    @Operation(summary = "Record a follow-up of the child under an accepted or closed referral")
    ResponseEntity<ReferralResource> followUp(Actor actor, @PathVariable String id,
                                              @RequestBody(required = false) ActivityRequest body) {
        ActivityRequest request = body == null ? new ActivityRequest(null, null, null) : body;
        Referral referral = referrals.recordFollowUp(actor, ReferralId.parse(id), request.on(), request.note(),
                request.nextFollowUp());
        return ResponseEntity.status(201).body(ReferralResource.of(referral, referrals.now()));
    }

    @PostMapping("/api/v1/referrals/{id}/close")
    @Operation(summary = "Close an accepted referral with its outcome; the receiving agency's access ends")
    ReferralResource close(Actor actor, @PathVariable String id, @RequestBody(required = false) Closing body) {
        return ReferralResource.of(referrals.close(actor, ReferralId.parse(id), body == null ? null : body.version(),
                body == null ? null : body.outcome(), body == null ? null : body.note()), referrals.now());
    }

    @GetMapping("/api/v1/referral-services")
    @Operation(summary = "The services one can refer for, with their names in OSCaR and Primero")
    List<ServiceResource> services() {
        return Arrays.stream(ReferredService.values()).map(s -> new ServiceResource(s.name(), s.oscarName(),
                s.primeroType(), s.primeroSubtype())).toList();
    }

    private static String reasonOf(Answer body) {
        return body.reason() != null ? body.reason() : body.note();
    }

    /** {@code true} means the child consented; a string names who did; anything else is no consent. */
    private static String consent(JsonNode consent) {
        if (consent == null || consent.isNull()) {
            return null;
        }
        if (consent.isBoolean()) {
            return consent.asBoolean() ? Consent.CHILD.name() : "NONE";
        }
        return consent.isString() ? consent.asString() : "NONE";
    }
}
