package org.komar.diversion;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.komar.access.Actor;
import org.komar.cases.CaseFile;
import org.komar.cases.CaseService;
import org.komar.i18n.PageLanguage;
import org.komar.shared.CaseId;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.komar.timeline.EventType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The diversion plan's pages: the plan with its versions (the form for social agents) and its print. */
@Controller
class PlanWebController {

    private final DiversionPlans plans;
    private final CaseService cases;
    private final Problems problems;
    private final Clock clock;

    PlanWebController(DiversionPlans plans, CaseService cases, Problems problems, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}/diversion/plan")
    String plan(Actor actor, @PathVariable String id, @RequestParam(required = false) String version, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        DiversionPlans.Plans read = plans.read(actor, caseId, PlanApiController.number(version));
        return page(actor, caseId, read, values(read), FormErrors.NONE, false, model);
    }

    @PostMapping("/cases/{id}/diversion/plan")
    String save(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                Locale locale, RedirectAttributes flash) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        try {
            DiversionPlans.Plans saved = plans.save(actor, caseId, new DiversionPlans.Draft(
                    PlanApiController.number(form.get("version")), form.get("objectives"), form.get("measures"),
                    form.get("responsible"), form.get("schedule"), form.get("childConsented")));
            flash.addFlashAttribute("saved", saved.latestVersion());
            return "redirect:/cases/" + caseId + "/diversion/plan";
        } catch (KomarException refused) {
            boolean conflict = "DIVERSION_PLAN_CHANGED".equals(refused.code());
            if (refused.status() != 400 && !conflict && !"DIVERSION_PLAN_NO_ORDER".equals(refused.code())) {
                throw refused;
            }
            // The writer's text stays; after a conflict the form names the newer version, so that saving again
            // is a choice made after being told.
            DiversionPlans.Plans latest = plans.read(actor, caseId, null);
            Map<String, String> values = new HashMap<>(form);
            if (conflict) {
                values.put("version", String.valueOf(latest.latestVersion()));
            }
            return page(actor, caseId, latest, values, FormErrors.of(refused, problems, locale), conflict, model);
        }
    }

    @GetMapping("/cases/{id}/diversion/plan/print")
    String print(Actor actor, @PathVariable String id, @RequestParam(required = false) String version,
                 @RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        DiversionPlans.Plans read = plans.print(actor, caseId, PlanApiController.number(version));
        CaseFile file = cases.file(actor, caseId);
        PageLanguage.use(request, lang);
        model.addAttribute("plans", read);
        model.addAttribute("p", read.shown());
        model.addAttribute("order", read.order(read.shown()).orElse(null));
        model.addAttribute("view", file.caseView());
        model.addAttribute("child", file.child());
        return "diversion/plan-print";
    }

    private String page(Actor actor, CaseId caseId, DiversionPlans.Plans read, Map<String, String> values,
                        FormErrors errors, boolean conflict, Model model) {
        CaseFile file = cases.file(actor, caseId);
        DiversionHistory.Order current = read.history().current().filter(o -> !o.status().ended()).orElse(null);
        model.addAttribute("plans", read);
        model.addAttribute("p", read.shown());
        model.addAttribute("current", current);
        model.addAttribute("view", file.caseView());
        model.addAttribute("child", file.child());
        model.addAttribute("caseId", caseId);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("editable", read.canWrite() && current != null
                && (read.shown() == null || read.isLatest()));
        // The authority decides the version shown from here, as a plan decision on the timeline.
        model.addAttribute("canDecide", EventType.DIVERSION_PLAN_DECIDED.recordableByAnyOf(actor.roles()));
        model.addAttribute("timelineVersion", file.timeline().version());
        model.addAttribute("now", clock.instant());
        return "diversion/plan";
    }

    private static Map<String, String> values(DiversionPlans.Plans read) {
        Map<String, String> values = new HashMap<>();
        values.put("version", String.valueOf(read.latestVersion()));
        DiversionPlan p = read.shown();
        if (p != null) {
            values.put("objectives", p.objectives());
            values.put("measures", p.measures());
            values.put("responsible", p.responsible());
            values.put("schedule", p.schedule());
            values.put("childConsented", String.valueOf(p.childConsented()));
        }
        return values;
    }
}
