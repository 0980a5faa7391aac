package org.komar.detention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.facility.Facility;
import org.komar.facility.FacilityId;
import org.komar.facility.FacilityRegister;
import org.komar.facility.Occupants;
import org.komar.facility.Section;
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
 * The detention pages: the national view (numbers for everyone allowed figures, each leading to the children behind
 * it for people with case access), the list behind a number, the facilities, one facility with its roll, the
 * printable roll, and the detention section of a case page with the exit plan of a child living with a parent.
 */
@Controller
class DetentionWebController {

    private final DetentionService detention;
    private final ExitPlans exitPlans;
    private final FacilityRegister facilities;
    private final Problems problems;
    private final Clock clock;

    DetentionWebController(DetentionService detention, ExitPlans exitPlans, FacilityRegister facilities,
                           Problems problems, Clock clock) {
        this.detention = detention;
        this.exitPlans = exitPlans;
        this.facilities = facilities;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/detention")
    String national(Actor actor, @RequestParam(required = false) String asOf, Model model) {
        Instant moment = AsOf.parse(asOf, clock);
        Census census = detention.census(actor, moment);
        model.addAttribute("census", census);
        common(actor, moment, model);
        return "detention/national";
    }

    @GetMapping("/detention/children")
    String list(Actor actor, @RequestParam(required = false) String asOf, @RequestParam Map<String, String> params,
                @RequestParam(required = false) Integer page, Model model) {
        Instant moment = AsOf.parse(asOf, clock);
        CensusFilter filter = CensusFilter.parse(params);
        DetentionService.HeldPage list = detention.list(actor, moment, filter, page == null ? 0 : page, 50);
        model.addAttribute("list", list);
        model.addAttribute("filter", filter);
        model.addAttribute("filterParams", filter.params());
        model.addAttribute("facilityOfFilter", filter.facility() == null ? null
                : facilities.byCode(filter.facility()).orElse(null));
        common(actor, moment, model);
        return "detention/list";
    }

    @GetMapping("/facilities")
    String facilities(Actor actor, @RequestParam(required = false) String asOf, Model model) {
        Instant moment = AsOf.parse(asOf, clock);
        Census census = detention.census(actor, moment);
        model.addAttribute("census", census);
        model.addAttribute("lines", census.facilities().stream().collect(java.util.stream.Collectors.toMap(
                Census.FacilityCount::code, line -> line)));
        model.addAttribute("facilities", facilities.active());
        common(actor, moment, model);
        return "detention/facilities";
    }

    @GetMapping("/facilities/{id}")
    String facility(Actor actor, @PathVariable String id, @RequestParam(required = false) String asOf,
                    Model model) {
        Instant moment = AsOf.parse(asOf, clock);
        FacilityId facilityId = FacilityId.parse(id);
        Roll roll = actor.has(Permission.CASE_READ) ? detention.roll(actor, facilityId, moment)
                : detention.summary(actor, facilityId, moment);
        model.addAttribute("roll", roll);
        model.addAttribute("sections", Section.values());
        model.addAttribute("occupantsList", List.of(Occupants.BOYS, Occupants.GIRLS));
        common(actor, moment, model);
        return "detention/facility";
    }

    @GetMapping("/facilities/{id}/roll")
    String print(Actor actor, @PathVariable String id, @RequestParam(required = false) String asOf, Model model) {
        Instant moment = AsOf.parse(asOf, clock);
        Roll roll = detention.roll(actor, FacilityId.parse(id), moment);
        model.addAttribute("roll", roll);
        common(actor, moment, model);
        return "detention/print";
    }

    @GetMapping("/cases/{id}/panels/detention")
    String panel(Actor actor, @PathVariable String id, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        return panel(actor, caseId, Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/cases/{id}/exit-plans")
    String exitPlan(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                    Locale locale, RedirectAttributes flash) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        try {
            exitPlans.record(actor, caseId, new ExitPlans.NewExitPlan(form.get("plannedOn"), form.get("arrangement"),
                    form.get("caregiver"), form.get("note")));
            flash.addFlashAttribute("recorded", "EXIT_PLAN");
            return "redirect:/cases/" + caseId + "#detention";
        } catch (KomarException invalid) {
            if (invalid.status() != 400) {
                throw invalid;
            }
            model.addAttribute("standalone", true);
            return panel(actor, caseId, form, FormErrors.of(invalid, problems, locale), model);
        }
    }

    private String panel(Actor actor, CaseId caseId, Map<String, String> values, FormErrors errors, Model model) {
        CaseDetention detention = this.detention.ofCase(actor, caseId, clock.instant());
        model.addAttribute("caseId", caseId);
        model.addAttribute("detention", detention);
        model.addAttribute("record", detention.record());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("arrangements", ExitArrangement.values());
        model.addAttribute("canPlan", actor.has(Permission.EVENT_RECORD));
        model.addAttribute("facilityNames", facilities.all().stream()
                .collect(java.util.stream.Collectors.toMap(Facility::code, f -> f)));
        return model.containsAttribute("standalone") ? "detention/panel-page" : "detention/panel :: panel";
    }

    private void common(Actor actor, Instant moment, Model model) {
        model.addAttribute("asOf", moment);
        model.addAttribute("asOfParam", AsOf.format(moment));
        model.addAttribute("asOfInput", moment.atZone(org.komar.shared.Cambodia.ZONE).toLocalDateTime()
                .withSecond(0).withNano(0).toString());
        model.addAttribute("national", detention.national(actor));
        model.addAttribute("canList", actor.has(Permission.CASE_READ));
    }
}
