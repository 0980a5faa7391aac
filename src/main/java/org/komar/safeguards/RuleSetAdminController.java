package org.komar.safeguards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.access.Actor;
import org.komar.shared.Cambodia;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of safeguard rule sets: every version with its effective date and reason, the values of
 * the latest, and a form that makes a new version (never edits one).
 */
@Controller
@PreAuthorize("hasAuthority('REFERENCE_ADMIN')")
class RuleSetAdminController {

    private final RuleSets ruleSets;
    private final Problems problems;
    private final java.time.Clock clock;

    RuleSetAdminController(RuleSets ruleSets, Problems problems, java.time.Clock clock) {
        this.ruleSets = ruleSets;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/admin/safeguards")
    String page(Model model) {
        return page(model, null, FormErrors.NONE);
    }

    @PostMapping("/admin/safeguards")
    String create(Actor actor, @RequestParam Map<String, String> form, Model model, Locale locale,
                  RedirectAttributes flash) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : Parameter.values()) {
            if (form.containsKey(parameter.name())) {
                values.put(parameter.name(), form.get(parameter.name()));
            }
        }
        try {
            RuleSet created = ruleSets.create(actor, form.get("effectiveFrom"), values, form.get("note"));
            flash.addFlashAttribute("created", created.version());
            return "redirect:/admin/safeguards";
        } catch (KomarException invalid) {
            if (invalid.status() != 400 && invalid.status() != 409) {
                throw invalid;
            }
            return page(model, form, FormErrors.of(invalid, problems, locale));
        }
    }

    private String page(Model model, Map<String, String> submitted, FormErrors errors) {
        RuleSetHistory history = ruleSets.history();
        RuleSet latest = history.latest();
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : Parameter.values()) {
            values.put(parameter.name(), submitted != null && submitted.containsKey(parameter.name())
                    ? submitted.get(parameter.name()) : latest.text(parameter));
        }
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        model.addAttribute("versions", history.versions());
        model.addAttribute("latest", latest);
        model.addAttribute("inForce", history.inForceAt(clock.instant()));
        model.addAttribute("parameters", List.of(Parameter.values()));
        model.addAttribute("values", values);
        model.addAttribute("effectiveFrom", submitted != null && submitted.get("effectiveFrom") != null
                ? submitted.get("effectiveFrom") : today.toString());
        model.addAttribute("note", submitted != null ? submitted.get("note") : "");
        model.addAttribute("errors", errors);
        return "safeguards/rule-sets";
    }
}
