package org.komar.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.access.UserId;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseRole;
import org.komar.cases.CaseService;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and writing a case's social inquiry report. Writing needs {@code SOCIAL_INQUIRY_WRITE} and the case in
 * scope; reading needs the case in scope, and only writers see drafts. Each save names the version its writer read
 * ({@code 0} for the first): a save based on anything but the latest version is refused with
 * {@code SOCIAL_INQUIRY_CHANGED} (409), so that nobody overwrites what another wrote without seeing it. A submission
 * needs every section and the structured answers, and is recorded on the timeline as
 * {@code SOCIAL_INQUIRY_SUBMITTED} (author, sufficient, reportVersion) in the same transaction. Every read, print
 * and save is audited.
 */
@Service
public class InquiryService {

    /** Highest school grade in Cambodia's general education (grade 12). */
    static final int MAX_GRADE = 12;

    /**
     * What a writer sends: the version read ({@code null} or 0 for the first), whether to submit, the sections' texts
     * by {@link Section#field()}, and the structured answers as text, parsed here so that the API and the form report
     * the same problems.
     */
    public record Draft(Integer version, boolean submit, Map<String, String> sections, String livesWith,
                        String schoolAttendance, String lastGrade, String recommendsDiversion,
                        String recommendsNonCustodial) {
    }

    /** Who wrote a version: their name and agency as their account says now. */
    public record Author(String name, AgencyId agency) {
    }

    /**
     * A case's report as one reader sees it: the version shown (null before anything is written or, for readers who
     * do not write, submitted), the versions they may see (oldest first), the latest of them (what a writer's next
     * save must name), the latest submitted, the requests on the timeline, and whether the reader may write.
     */
    public record Report(CaseId caseId, String caseNumber, SocialInquiry shown, List<SocialInquiry> versions,
                         int latestVersion, Integer submittedVersion, List<LegalEvent> requests,
                         Map<UserId, Author> authors, boolean canWrite, Instant asOf) {

        public List<SocialInquiry> newestFirst() {
            List<SocialInquiry> newest = new java.util.ArrayList<>(versions);
            java.util.Collections.reverse(newest);
            return newest;
        }

        public boolean isLatest() {
            return shown != null && shown.version() == latestVersion;
        }

        public Author author(SocialInquiry version) {
            return authors.get(version.writtenBy());
        }
    }

    private final InquiryRepository reports;
    private final CaseService cases;
    private final TimelineStore timelines;
    private final Accounts accounts;
    private final AgencyDirectory agencies;
    private final AuditLog audit;
    private final Clock clock;

    InquiryService(InquiryRepository reports, CaseService cases, TimelineStore timelines, Accounts accounts,
                   AgencyDirectory agencies, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.cases = cases;
        this.timelines = timelines;
        this.accounts = accounts;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report with version {@code version} shown (the latest the reader may see when null). */
    @Transactional
    public Report read(Actor actor, CaseId caseId, Integer version) {
        Report report = report(actor, caseId, version);
        audit.record(actor, "SOCIAL_INQUIRY_READ", subject(caseId, facts(caseId)), null, details(report));
        return report;
    }

    /** As {@link #read}, audited as printed: a paper copy of the report leaves the system. */
    @Transactional
    public Report print(Actor actor, CaseId caseId, Integer version) {
        Report report = report(actor, caseId, version);
        if (report.shown() == null) {
            throw KomarException.notFound("SOCIAL_INQUIRY_NOT_FOUND");
        }
        audit.record(actor, "SOCIAL_INQUIRY_PRINTED", subject(caseId, facts(caseId)), null, details(report));
        return report;
    }

    /** Saves the draft as a new version, or submits it (also a {@code SOCIAL_INQUIRY_SUBMITTED} event). */
    @Transactional
    public Report save(Actor actor, CaseId caseId, Draft draft) {
        actor.require(Permission.SOCIAL_INQUIRY_WRITE);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        CaseFacts facts = facts(caseId);
        if (facts.role() != CaseRole.CONFLICT_WITH_LAW) {
            throw KomarException.invalid("SOCIAL_INQUIRY_NOT_IN_CONFLICT");
        }
        FieldProblems problems = new FieldProblems();
        Map<Section, String> texts = new EnumMap<>(Section.class);
        Map<String, String> given = draft.sections() == null ? Map.of() : draft.sections();
        for (Section section : Section.values()) {
            String text = problems.text(section.field(), given.get(section.field()), Section.MAX_LENGTH,
                    draft.submit());
            if (text != null) {
                texts.put(section, text);
            }
        }
        LivingWith livesWith = Enums.parse(LivingWith.class, draft.livesWith(), "livesWith", problems,
                draft.submit());
        SchoolAttendance school = Enums.parse(SchoolAttendance.class, draft.schoolAttendance(), "schoolAttendance",
                problems, draft.submit());
        Integer lastGrade = grade(problems, draft.lastGrade());
        Boolean diversion = yesNo(problems, "recommendsDiversion", draft.recommendsDiversion());
        Boolean nonCustodial = yesNo(problems, "recommendsNonCustodial", draft.recommendsNonCustodial());
        if (problems.isEmpty() && texts.isEmpty() && livesWith == null && school == null && lastGrade == null
                && diversion == null && nonCustodial == null) {
            problems.add("sections", "SOCIAL_INQUIRY_EMPTY");
        }
        int latest = reports.latestVersion(caseId);
        int read = draft.version() == null ? 0 : draft.version();
        if (draft.version() == null && latest > 0) {
            problems.add("version", "REQUIRED");
        } else if (read < 0) {
            problems.add("version", "SOCIAL_INQUIRY_VERSION_UNKNOWN");
        }
        problems.throwIfAny();
        if (read != latest) {
            throw KomarException.conflict("SOCIAL_INQUIRY_CHANGED", latest);
        }
        Timeline timeline = timelines.load(caseId);
        UUID request = timeline.last(EventType.SOCIAL_INQUIRY_REQUESTED).map(e -> e.id().value()).orElse(null);
        int version = latest + 1;
        UUID submitted = null;
        if (draft.submit()) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("author", author(actor));
            attributes.put("sufficient", true);
            attributes.put("reportVersion", version);
            submitted = cases.record(actor, caseId, null, new NewEvent(EventType.SOCIAL_INQUIRY_SUBMITTED.name(),
                    clock.instant().atZone(Cambodia.ZONE).toOffsetDateTime(), attributes)).id().value();
        }
        SocialInquiry saved = new SocialInquiry(UUID.randomUUID(), caseId, facts.child().id(), version,
                latest == 0 ? null : latest, draft.submit() ? InquiryStatus.SUBMITTED : InquiryStatus.DRAFT, request,
                submitted, texts, livesWith, school, lastGrade, diversion, nonCustodial, actor.userId(),
                clock.instant());
        if (!reports.insert(saved)) {
            throw KomarException.conflict("SOCIAL_INQUIRY_CHANGED", version);
        }
        audit.record(actor, draft.submit() ? "SOCIAL_INQUIRY_SUBMITTED" : "SOCIAL_INQUIRY_SAVED",
                subject(caseId, facts), null, "version=" + version);
        return report(actor, caseId, version);
    }

    /** The case's latest version, 0 when none (for a writer about to save without having read, e.g. in tests). */
    int latestVersion(CaseId caseId) {
        return reports.latestVersion(caseId);
    }

    public Instant now() {
        return clock.instant();
    }

    private Report report(Actor actor, CaseId caseId, Integer version) {
        actor.require(Permission.CASE_READ);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        boolean writer = actor.has(Permission.SOCIAL_INQUIRY_WRITE);
        Timeline timeline = timelines.load(caseId);
        // A submission voided on the timeline no longer stands: readers who do not write no longer see it.
        List<SocialInquiry> visible = reports.versions(caseId).stream()
                .map(v -> v.submitted() && timeline.find(new EventId(v.submittedEventId()))
                        .filter(LegalEvent::voided).isPresent() ? v.submissionVoided() : v)
                .filter(v -> writer || v.submitted()).toList();
        SocialInquiry shown;
        if (version == null) {
            shown = visible.isEmpty() ? null : visible.get(visible.size() - 1);
        } else {
            shown = visible.stream().filter(v -> v.version() == version).findFirst()
                    .orElseThrow(() -> KomarException.notFound("SOCIAL_INQUIRY_NOT_FOUND"));
        }
        Integer submitted = visible.stream().filter(SocialInquiry::submitted).map(SocialInquiry::version)
                .reduce((first, second) -> second).orElse(null);
        Map<UserId, Author> authors = new HashMap<>();
        visible.forEach(v -> authors.computeIfAbsent(v.writtenBy(), id -> accounts.find(id)
                .map(u -> new Author(u.displayName(), u.agencyId())).orElse(new Author(id.toString(), null))));
        return new Report(caseId, facts(caseId).caseNumber(), shown, visible,
                visible.isEmpty() ? 0 : visible.get(visible.size() - 1).version(), submitted,
                timeline.ofType(EventType.SOCIAL_INQUIRY_REQUESTED), Map.copyOf(authors), writer, clock.instant());
    }

    private String author(Actor actor) {
        String agency = Optional.ofNullable(actor.agencyId()).flatMap(agencies::find).map(a -> a.code()).orElse("");
        return agency.isEmpty() ? actor.displayName() : actor.displayName() + " (" + agency + ")";
    }

    private CaseFacts facts(CaseId caseId) {
        return cases.facts(List.of(caseId)).get(caseId);
    }

    private static Integer grade(FieldProblems problems, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int grade = Integer.parseInt(value.strip());
            if (grade < 0 || grade > MAX_GRADE) {
                problems.add("lastGrade", "OUT_OF_RANGE", 0, MAX_GRADE);
                return null;
            }
            return grade;
        } catch (NumberFormatException notANumber) {
            problems.add("lastGrade", "EXPECTED_INTEGER");
            return null;
        }
    }

    private static Boolean yesNo(FieldProblems problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problems.add(field, "EXPECTED_BOOLEAN");
                yield null;
            }
        };
    }

    private static String details(Report report) {
        return "version=" + (report.shown() == null ? "none" : report.shown().version());
    }

    private static AuditSubject subject(CaseId caseId, CaseFacts facts) {
        return new AuditSubject("SOCIAL_INQUIRY", caseId.toString(), caseId.value(),
                facts == null ? null : facts.child().id().value());
    }
}
