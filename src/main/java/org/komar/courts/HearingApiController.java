package org.komar.courts;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.UserId;
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
 * The courts' hearings: schedule ({@code POST /api/v1/hearings} with {@code caseId}, {@code scheduledAt},
 * {@code kind}, {@code chamber}), the agenda ({@code GET /api/v1/hearings?from=&to=&court=&caseId=}), one hearing,
 * held, postponed, monitors admitted.
 */
@RestController
@Tag(name = "Courts")
class HearingApiController {

    record Admission(String monitor) {
    }

    record Agenda(LocalDate from, LocalDate to, List<HearingResource> items) {
    }

    private final CourtService courts;
    private final AgencyDirectory agencies;
    private final Accounts accounts;

    HearingApiController(CourtService courts, AgencyDirectory agencies, Accounts accounts) {
        this.courts = courts;
        this.agencies = agencies;
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/hearings")
    @Operation(summary = "Schedule a hearing of a case at your court")
    ResponseEntity<HearingResource> schedule(Actor actor, @RequestBody(required = false) CourtService.NewHearing body) {
        CourtService.NewHearing request = body == null ? new CourtService.NewHearing(null, null, null, null) : body;
        Hearing hearing = courts.schedule(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/hearings/" + hearing.id())).body(resource(hearing));
    }

    @GetMapping("/api/v1/hearings")
    @Operation(summary = "The court calendar: hearings of the cases in your scope, by day (a week from today unless"
            + " from and to are given), optionally of one court or one case")
    Agenda agenda(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @Parameter(description = "a court's id or code") @RequestParam(required = false) String court,
                  @RequestParam(required = false) String caseId) {
        FieldProblems problems = new FieldProblems();
        LocalDate start = problems.date("from", from, false);
        LocalDate end = problems.date("to", to, false);
        Agency chosen = court == null || court.isBlank() ? null : court(court, problems);
        CaseId onlyCase = null;
        if (caseId != null && !caseId.isBlank()) {
            try {
                onlyCase = new CaseId(java.util.UUID.fromString(caseId.strip()));
            } catch (IllegalArgumentException malformed) {
                problems.add("caseId", "MALFORMED_ID");
            }
        }
        problems.throwIfAny();
        LocalDate first = start != null ? start : courts.now().atZone(Cambodia.ZONE).toLocalDate();
        LocalDate last = end != null ? end : first.plusDays(6);
        List<HearingResource> items = courts.agenda(actor, first, last, chosen, onlyCase).stream()
                .map(this::resource).toList();
        return new Agenda(first, last, items);
    }

    @GetMapping("/api/v1/hearings/{id}")
    @Operation(summary = "Read a hearing (404 unless its case is in your scope)")
    HearingResource read(Actor actor, @PathVariable String id) {
        return resource(courts.read(actor, HearingId.parse(id)));
    }

    @PostMapping("/api/v1/hearings/{id}/held")
    @Operation(summary = "Record that the hearing was held, and how (a HEARING_HELD event on the timeline)")
    HearingResource held(Actor actor, @PathVariable String id, @RequestBody(required = false)
            CourtService.HeldHearing body) {
        CourtService.HeldHearing request = body == null
                ? new CourtService.HeldHearing(null, null, null, null, null, null, null, null, null) : body;
        return resource(courts.hold(actor, HearingId.parse(id), request));
    }

    @PostMapping("/api/v1/hearings/{id}/postpone")
    @Operation(summary = "Postpone a scheduled hearing with its reason, and schedule the next one if its date is known")
    HearingResource postpone(Actor actor, @PathVariable String id, @RequestBody(required = false)
            CourtService.Postponement body) {
        CourtService.Postponement request = body == null ? new CourtService.Postponement(null, null, null, null) : body;
        return resource(courts.postpone(actor, HearingId.parse(id), request));
    }

    @PostMapping("/api/v1/hearings/{id}/monitors")
    @Operation(summary = "Admit a trial monitor (by username) to the hearing")
    HearingResource admit(Actor actor, @PathVariable String id, @RequestBody(required = false) Admission body) {
        return resource(courts.admitMonitor(actor, HearingId.parse(id), body == null ? null : body.monitor()));
    }

    private HearingResource resource(Hearing hearing) {
        return HearingResource.of(hearing, agencies, this::username);
    }

    private String username(UserId id) {
        return accounts.find(id).map(HearingResource::username).orElse(id.toString());
    }

    private Agency court(String given, FieldProblems problems) {
        String value = given.strip();
        java.util.Optional<Agency> agency;
        try {
            agency = agencies.find(new AgencyId(java.util.UUID.fromString(value)));
        } catch (IllegalArgumentException notAnId) {
            agency = agencies.findByCode(value);
        }
        if (agency.isEmpty() || !CourtService.isCourt(agency.get())) {
            problems.add("court", "HEARING_COURT_UNKNOWN");
            return null;
        }
        return agency.get();
    }
}
