package org.komar.inquiry;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's social inquiry report over the API. A save is a {@code PUT} of the whole report with the {@code version}
 * read (in the body, or as {@code If-Match}; 0 or absent for the first): it becomes the next version, or is refused
 * with 409 {@code SOCIAL_INQUIRY_CHANGED} when someone saved another version meanwhile. {@code "submit": true} also
 * records {@code SOCIAL_INQUIRY_SUBMITTED} on the timeline.
 */
@RestController
@Tag(name = "Social inquiry report")
class InquiryApiController {

    record SaveRequest(Integer version, Boolean submit, String familySituation, String behaviour, String education,
                       String livingConditions, String development, String needs, String recommendations,
                       String livesWith, String schoolAttendance, Integer lastGrade, Boolean recommendsDiversion,
                       Boolean recommendsNonCustodial) {
    }

    record RequestResource(String eventId, OffsetDateTime at, String purpose) {
    }

    record VersionResource(int version, Integer basedOn, String status, String author, String writtenBy,
                           OffsetDateTime writtenAt, String requestEventId, String submittedEventId) {
    }

    record ReportResource(int version, Integer basedOn, String status, String familySituation, String behaviour,
                          String education, String livingConditions, String development, String needs,
                          String recommendations, String livesWith, String schoolAttendance, Integer lastGrade,
                          Boolean recommendsDiversion, Boolean recommendsNonCustodial, String author,
                          String writtenBy, OffsetDateTime writtenAt, String requestEventId,
                          String submittedEventId) {
    }

    record InquiryResource(String caseId, int latestVersion, Integer submittedVersion,
                           List<RequestResource> requests, ReportResource report, List<VersionResource> versions) {
    }

    private final InquiryService inquiries;

    InquiryApiController(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @GetMapping("/api/v1/cases/{id}/social-inquiry")
    @Operation(summary = "A case's social inquiry report: the latest version you may see (social agents see drafts, "
            + "others the submitted versions), or the version asked for, with the list of versions and the requests")
    ResponseEntity<InquiryResource> read(Actor actor, @PathVariable String id,
                                         @Parameter(description = "a version number (the latest when absent)")
                                         @RequestParam(required = false) String version) {
        InquiryService.Report report = inquiries.read(actor, CaseId.parse(id, "CASE_NOT_FOUND"), number(version));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, "\"" + report.latestVersion() + "\"").body(of(report));
    }

    @PutMapping("/api/v1/cases/{id}/social-inquiry")
    @Operation(summary = "Save the report as its next version (draft), or submit it (also SOCIAL_INQUIRY_SUBMITTED "
            + "on the timeline); version (or If-Match) is the version read, 0 for the first; 409 when it is stale")
    ResponseEntity<InquiryResource> save(Actor actor, @PathVariable String id,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @RequestBody(required = false) SaveRequest body) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        SaveRequest request = body == null ? new SaveRequest(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null) : body;
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(Section.FAMILY_SITUATION.field(), request.familySituation());
        sections.put(Section.BEHAVIOUR.field(), request.behaviour());
        sections.put(Section.EDUCATION.field(), request.education());
        sections.put(Section.LIVING_CONDITIONS.field(), request.livingConditions());
        sections.put(Section.DEVELOPMENT.field(), request.development());
        sections.put(Section.NEEDS.field(), request.needs());
        sections.put(Section.RECOMMENDATIONS.field(), request.recommendations());
        Integer version = request.version() != null ? request.version() : ifMatch(ifMatch);
        InquiryService.Report report = inquiries.save(actor, caseId, new InquiryService.Draft(version,
                Boolean.TRUE.equals(request.submit()), sections, request.livesWith(), request.schoolAttendance(),
                text(request.lastGrade()), text(request.recommendsDiversion()),
                text(request.recommendsNonCustodial())));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, "\"" + report.latestVersion() + "\"").body(of(report));
    }

    static InquiryResource of(InquiryService.Report report) {
        List<RequestResource> requests = report.requests().stream().map(e -> new RequestResource(
                e.id().toString(), e.occurredAt(), e.attributes().text("purpose").orElse(null))).toList();
        List<VersionResource> versions = report.versions().stream().map(v -> new VersionResource(v.version(),
                v.basedOn(), v.status().name(), report.author(v).name(), v.writtenBy().toString(),
                local(v), text(v.requestEventId()), text(v.submittedEventId()))).toList();
        SocialInquiry s = report.shown();
        ReportResource shown = s == null ? null : new ReportResource(s.version(), s.basedOn(), s.status().name(),
                s.text(Section.FAMILY_SITUATION), s.text(Section.BEHAVIOUR), s.text(Section.EDUCATION),
                s.text(Section.LIVING_CONDITIONS), s.text(Section.DEVELOPMENT), s.text(Section.NEEDS),
                s.text(Section.RECOMMENDATIONS), s.livesWith() == null ? null : s.livesWith().name(),
                s.schoolAttendance() == null ? null : s.schoolAttendance().name(), s.lastGrade(),
                s.recommendsDiversion(), s.recommendsNonCustodial(), report.author(s).name(),
                s.writtenBy().toString(), local(s), text(s.requestEventId()), text(s.submittedEventId()));
        return new InquiryResource(report.caseId().toString(), report.latestVersion(), report.submittedVersion(),
                requests, shown, versions);
    }

    /** A version number from a query parameter: a whole number, else a 400 naming the parameter. */
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

    /** Reads {@code If-Match: "7"} (weak or strong); anything unreadable is a 400, not a silent overwrite. */
    private static Integer ifMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException malformed) {
            throw KomarException.invalid("MALFORMED_IF_MATCH");
        }
    }

    private static OffsetDateTime local(SocialInquiry version) {
        return version.writtenAt().atZone(Cambodia.ZONE).toOffsetDateTime();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
