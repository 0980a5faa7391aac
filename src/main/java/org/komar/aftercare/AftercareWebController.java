package org.komar.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.komar.timeline.Choice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The aftercare pages: the case panel, the plan form, one plan with its contacts, the plans list, re-offending. */
@Controller
class AftercareWebController {

    private final AftercareService aftercare;
    private final CaseService cases;
    private final Problems problems;

    AftercareWebController(AftercareService aftercare, CaseService cases, Problems problems) {
        this.aftercare = aftercare;
        this.cases = cases;
        this.problems = problems;
    }

    @GetMapping("/cases/{id}/panels/aftercare")
    String panel(Actor actor, @PathVariable String id, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        model.addAttribute("caseId", caseId);
        model.addAttribute("plans", aftercare.list(actor, caseId));
        model.addAttribute("links", aftercare.links(actor, caseId));
        model.addAttribute("canPlan", actor.has(Permission.AFTERCARE_PLAN));
        return "aftercare/panel :: panel";
    }

    @GetMapping("/aftercare")
    String list(Actor actor, Model model) {
        model.addAttribute("plans", aftercare.list(actor, null));
        return "aftercare/list";
    }

    @GetMapping("/cases/{id}/aftercare/new")
    String newPlan(Actor actor, @PathVariable String id, Model model) {
        actor.require(Permission.AFTERCARE_PLAN);
        Map<String, String> values = new HashMap<>();
        values.put("startsOn", today().toString());
        return form(actor, CaseId.parse(id, "CASE_NOT_FOUND"), values, List.of(), FormErrors.NONE, model);
    }

    @PostMapping("/cases/{id}/aftercare")
    String create(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form,
                  @RequestParam(name = "services", required = false) List<String> services, Model model,
                  Locale locale, RedirectAttributes flash) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        List<String> chosen = services == null ? List.of() : services;
        try {
            AftercarePlan plan = aftercare.create(actor, new AftercareService.NewPlan(caseId.toString(),
                    form.get("releasedAt"), form.get("startsOn"), form.get("programme"), form.get("goals"), chosen));
            flash.addFlashAttribute("done", "aftercare.done.made");
            return "redirect:/aftercare/" + plan.id();
        } catch (KomarException invalid) {
            if (invalid.status() != 400) {
                throw invalid;
            }
            return form(actor, caseId, form, chosen, FormErrors.of(invalid, problems, locale), model);
        }
    }

    @GetMapping("/aftercare/{id}")
    String detail(Actor actor, @PathVariable String id, Model model) {
        return detailPage(actor, AftercarePlanId.parse(id), Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/aftercare/{id}/contacts")
    String contact(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                   Locale locale, RedirectAttributes flash) {
        AftercarePlanId planId = AftercarePlanId.parse(id);
        try {
            aftercare.recordContact(actor, planId, new AftercareService.NewContact(form.get("kind"),
                    form.get("service"), form.get("on"), form.get("note")));
            flash.addFlashAttribute("done", "aftercare.done.contact");
            return "redirect:/aftercare/" + planId;
        } catch (KomarException failed) {
            if (failed.status() == 404 || failed.status() == 403) {
                throw failed;
            }
            return detailPage(actor, planId, form, FormErrors.of(failed, problems, locale), model);
        }
    }

    @GetMapping("/aftercare/recidivism")
    String recidivism(Actor actor, @RequestParam(required = false) String asOf, Model model) {
        FieldProblems invalid = new FieldProblems();
        LocalDate day = invalid.date("asOf", asOf, false);
        invalid.throwIfAny();
        LocalDate shown = day != null ? day : today();
        Instant at = day == null ? aftercare.now()
                : day.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant().minusSeconds(1);
        model.addAttribute("lines", aftercare.recidivism(actor, at));
        model.addAttribute("asOf", shown);
        model.addAttribute("national", actor.has(Permission.STATISTICS_READ));
        return "aftercare/recidivism";
    }

    private String detailPage(Actor actor, AftercarePlanId id, Map<String, String> values, FormErrors errors,
                              Model model) {
        AftercarePlan plan = aftercare.read(actor, id);
        model.addAttribute("plan", plan);
        model.addAttribute("caseNumber", cases.read(actor, plan.caseId()).caseNumber());
        model.addAttribute("canRecord", actor.has(Permission.AFTERCARE_PLAN));
        model.addAttribute("kinds", ContactKind.values());
        model.addAttribute("services", Choice.SERVICE_KIND.options());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today());
        return "aftercare/plan";
    }

    private String form(Actor actor, CaseId caseId, Map<String, String> values, List<String> chosen,
                        FormErrors errors, Model model) {
        CaseView view = cases.read(actor, caseId);
        model.addAttribute("view", view);
        model.addAttribute("services", Choice.SERVICE_KIND.options());
        model.addAttribute("chosen", new ArrayList<>(chosen));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today());
        return "aftercare/new";
    }

    private LocalDate today() {
        return aftercare.now().atZone(Cambodia.ZONE).toLocalDate();
    }
}
