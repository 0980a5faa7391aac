package org.komar.courts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trial monitoring for monitors: the hearings a court admitted them to (never a name, a case number or a case id),
 * the checklist of one (its items and the monitor's answers), and their organisation's report.
 */
@RestController
@Tag(name = "Trial monitoring")
class MonitoringApiController {

    record MonitoredResource(String id, HearingResource.Court court, OffsetDateTime scheduledAt, String kind,
                             String chamber, String offenceClass, String status, OffsetDateTime checklistSavedAt) {
    }

    record Items<T>(List<T> items) {
    }

    record ItemResource(String code, String section, String type, Boolean expected) {
    }

    record ChecklistResource(String hearingId, List<ItemResource> items, Map<String, String> answers, String note,
                             OffsetDateTime savedAt, Integer version) {
    }

    record ChecklistRequest(Map<String, String> answers, String note, Integer version) {
    }

    record TallyResource(long count, long answered, long notObserved, Double percent) {
    }

    record RowResource(String item, String section, String answer, TallyResource total,
                       Map<String, TallyResource> courts) {
    }

    record ReportResource(LocalDate from, LocalDate to, long checklists, List<HearingResource.Court> courts,
                          Map<String, Long> checklistsByCourt, List<RowResource> rows) {
    }

    private final MonitoringService monitoring;
    private final CourtService courts;
    private final AgencyDirectory agencies;

    MonitoringApiController(MonitoringService monitoring, CourtService courts, AgencyDirectory agencies) {
        this.monitoring = monitoring;
        this.courts = courts;
        this.agencies = agencies;
    }

    @GetMapping("/api/v1/monitoring/hearings")
    @Operation(summary = "The hearings a court admitted you to monitor")
    Items<MonitoredResource> assigned(Actor actor) {
        return new Items<>(monitoring.assigned(actor).stream().map(this::resource).toList());
    }

    @GetMapping("/api/v1/monitoring/hearings/{id}")
    @Operation(summary = "A hearing you were admitted to monitor (404 otherwise)")
    MonitoredResource hearing(Actor actor, @PathVariable String id) {
        return resource(monitoring.hearing(actor, HearingId.parse(id)));
    }

    @GetMapping("/api/v1/monitoring/hearings/{id}/checklist")
    @Operation(summary = "The fair-trial checklist of a hearing you monitor: its items and your answers so far")
    ChecklistResource checklist(Actor actor, @PathVariable String id) {
        HearingId hearing = HearingId.parse(id);
        return checklistResource(hearing, monitoring.checklist(actor, hearing).orElse(null));
    }

    @PutMapping("/api/v1/monitoring/hearings/{id}/checklist")
    @Operation(summary = "Save your checklist of a hearing once it has begun (answers keyed by item code)")
    ChecklistResource save(Actor actor, @PathVariable String id, @RequestBody(required = false) ChecklistRequest body) {
        HearingId hearing = HearingId.parse(id);
        ChecklistRequest request = body == null ? new ChecklistRequest(Map.of(), null, null) : body;
        return checklistResource(hearing, monitoring.save(actor, hearing, request.answers(), request.note(),
                request.version()));
    }

    @GetMapping("/api/v1/monitoring/report")
    @Operation(summary = "Your organisation's monitoring report: per checklist item, counts and shares by court,"
            + " for the hearings of a period (this year unless from and to are given)")
    ReportResource report(Actor actor, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(required = false) String court) {
        FieldProblems problems = new FieldProblems();
        LocalDate today = courts.now().atZone(Cambodia.ZONE).toLocalDate();
        LocalDate start = problems.date("from", from, false);
        LocalDate end = problems.date("to", to, false);
        AgencyId onlyCourt = null;
        if (court != null && !court.isBlank()) {
            onlyCourt = agencies.findByCode(court.strip()).map(a -> a.id()).orElse(null);
            if (onlyCourt == null) {
                try {
                    onlyCourt = AgencyId.of(court.strip());
                } catch (IllegalArgumentException unknown) {
                    problems.add("court", "HEARING_COURT_UNKNOWN");
                }
            }
        }
        problems.throwIfAny();
        MonitoringReport report = monitoring.report(actor, start != null ? start : today.withDayOfYear(1),
                end != null ? end : today, onlyCourt);
        List<RowResource> rows = report.rows().stream().map(row -> {
            Map<String, TallyResource> byCourt = new LinkedHashMap<>();
            row.byCourt().forEach((id, tally) -> byCourt.put(id.toString(), tally(tally)));
            return new RowResource(row.item().name(), row.item().section().name(), row.key(), tally(row.total()),
                    byCourt);
        }).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        report.checklists().forEach((id, n) -> counts.put(id.toString(), n));
        return new ReportResource(report.from(), report.to(), report.total(), report.courts().stream()
                .map(id -> agencies.find(id).map(a -> new HearingResource.Court(a.id().toString(), a.code(),
                        a.nameLatin(), a.nameKhmer())).orElse(new HearingResource.Court(id.toString(), null, null,
                        null))).toList(), counts, rows);
    }

    private static TallyResource tally(MonitoringReport.Tally tally) {
        return new TallyResource(tally.count(), tally.answered(), tally.notObserved(), tally.percent());
    }

    private ChecklistResource checklistResource(HearingId hearing, Checklist checklist) {
        List<ItemResource> items = Arrays.stream(ChecklistItem.values()).map(item -> new ItemResource(item.name(),
                item.section().name(), item.type().name(), item.expected())).toList();
        Map<String, String> answers = new LinkedHashMap<>();
        if (checklist != null) {
            checklist.answers().forEach((item, answer) -> answers.put(item.name(), answer));
        }
        return new ChecklistResource(hearing.toString(), items, answers, checklist == null ? null : checklist.note(),
                checklist == null ? null : checklist.savedAt().atZone(Cambodia.ZONE).toOffsetDateTime(),
                checklist == null ? null : checklist.version());
    }

    private MonitoredResource resource(MonitoredHearing h) {
        HearingResource.Court court = agencies.find(h.court()).map(a -> new HearingResource.Court(a.id().toString(),
                a.code(), a.nameLatin(), a.nameKhmer())).orElse(new HearingResource.Court(h.court().toString(), null,
                null, null));
        return new MonitoredResource(h.id().toString(), court, h.scheduledAt().atZone(Cambodia.ZONE)
                .toOffsetDateTime(), h.kind().name(), h.chamber(), h.offenceClass(), h.status().name(),
                h.checklistSavedAt() == null ? null : h.checklistSavedAt().atZone(Cambodia.ZONE).toOffsetDateTime());
    }
}
