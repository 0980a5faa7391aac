package org.komar.inquiry;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.komar.access.Actor;
import org.komar.cases.CaseFile;
import org.komar.cases.CaseRole;
import org.komar.cases.CaseService;
import org.komar.i18n.PageLanguage;
import org.komar.shared.CaseId;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The social inquiry report's pages: the case page's panel, the report (the form for social agents, the submitted
 * report for other readers, any earlier version read-only), and the printable report in Khmer or English.
 */
@Controller
class InquiryWebController {

    private final InquiryService inquiries;
    private final CaseService cases;
    private final Problems problems;

    InquiryWebController(InquiryService inquiries, CaseService cases, Problems problems) {
        this.inquiries = inquiries;
        this.cases = cases;
        this.problems = problems;
    }

    @GetMapping("/cases/{id}/panels/social-inquiry")
    String panel(Actor actor, @PathVariable String id, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        InquiryService.Report report = inquiries.read(actor, caseId, null);
        if (cases.facts(List.of(caseId)).get(caseId).role() != CaseRole.CONFLICT_WITH_LAW) {
            return "inquiry/panel :: none";
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("report", report);
        return "inquiry/panel :: panel";
    }

    @GetMapping("/cases/{id}/social-inquiry")
    String report(Actor actor, @PathVariable String id, @RequestParam(required = false) String version,
                  Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        InquiryService.Report report = inquiries.read(actor, caseId, InquiryApiController.number(version));
        return page(actor, caseId, report, values(report), FormErrors.NONE, false, model);
    }

    @PostMapping("/cases/{id}/social-inquiry")
    String save(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                Locale locale, RedirectAttributes flash) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        boolean submit = "submit".equals(form.get("action"));
        Map<String, String> sections = new HashMap<>();
        for (Section section : Section.values()) {
            sections.put(section.field(), form.get(section.field()));
        }
        try {
            InquiryService.Report saved = inquiries.save(actor, caseId, new InquiryService.Draft(
                    InquiryApiController.number(form.get("version")), submit, sections, form.get("livesWith"),
                    form.get("schoolAttendance"), form.get("lastGrade"), form.get("recommendsDiversion"),
                    form.get("recommendsNonCustodial")));
            flash.addFlashAttribute("saved", saved.latestVersion());
            flash.addFlashAttribute("submitted", submit);
            return "redirect:/cases/" + caseId + "/social-inquiry";
        } catch (KomarException refused) {
            if (refused.status() != 400 && !"SOCIAL_INQUIRY_CHANGED".equals(refused.code())) {
                throw refused;
            }
            // Keep what the writer wrote. After a conflict the form names the latest version, so that saving
            // again is a choice made after being told, never a silent overwrite.
            InquiryService.Report latest = inquiries.read(actor, caseId, null);
            Map<String, String> values = new HashMap<>(form);
            boolean conflict = refused.status() == 409;
            if (conflict) {
                values.put("version", String.valueOf(latest.latestVersion()));
            }
            return page(actor, caseId, latest, values, FormErrors.of(refused, problems, locale), conflict, model);
        }
    }

    @GetMapping("/cases/{id}/social-inquiry/print")
    String print(Actor actor, @PathVariable String id, @RequestParam(required = false) String version,
                 @RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        InquiryService.Report report = inquiries.print(actor, caseId, InquiryApiController.number(version));
        CaseFile file = cases.file(actor, caseId);
        PageLanguage.use(request, lang);
        model.addAttribute("report", report);
        model.addAttribute("r", report.shown());
        model.addAttribute("view", file.caseView());
        model.addAttribute("child", file.child());
        model.addAttribute("sections", Section.values());
        return "inquiry/print";
    }

    private String page(Actor actor, CaseId caseId, InquiryService.Report report, Map<String, String> values,
                        FormErrors errors, boolean conflict, Model model) {
        CaseFile file = cases.file(actor, caseId);
        model.addAttribute("report", report);
        model.addAttribute("view", file.caseView());
        model.addAttribute("child", file.child());
        model.addAttribute("caseId", caseId);
        model.addAttribute("sections", Section.values());
        model.addAttribute("livingWith", LivingWith.values());
        model.addAttribute("attendance", SchoolAttendance.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("editable", report.canWrite()
                && file.caseView().role() == CaseRole.CONFLICT_WITH_LAW
                && (report.shown() == null || report.isLatest()));
        return "inquiry/report";
    }

    /** The form's values from the version shown (what a writer continues from). */
    private static Map<String, String> values(InquiryService.Report report) {
        Map<String, String> values = new HashMap<>();
        values.put("version", String.valueOf(report.latestVersion()));
        SocialInquiry s = report.shown();
        if (s != null) {
            for (Section section : Section.values()) {
                values.put(section.field(), s.text(section));
            }
            values.put("livesWith", s.livesWith() == null ? null : s.livesWith().name());
            values.put("schoolAttendance", s.schoolAttendance() == null ? null : s.schoolAttendance().name());
            values.put("lastGrade", s.lastGrade() == null ? null : s.lastGrade().toString());
            values.put("recommendsDiversion", s.recommendsDiversion() == null ? null
                    : s.recommendsDiversion().toString());
            values.put("recommendsNonCustodial", s.recommendsNonCustodial() == null ? null
                    : s.recommendsNonCustodial().toString());
        }
        return values;
    }
}
