package org.komar.child;

import java.util.List;
import java.util.Locale;

import org.komar.access.Actor;
import org.komar.geo.Gazetteer;
import org.komar.geo.GeoPicker;
import org.komar.shared.ChildId;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages to find, register and correct children. Searches are posted, never put in the address, so that no name
 * ends up in browser history or server logs.
 */
@Controller
class ChildWebController {

    private final ChildService children;
    private final Gazetteer gazetteer;
    private final Problems problems;

    ChildWebController(ChildService children, Gazetteer gazetteer, Problems problems) {
        this.children = children;
        this.gazetteer = gazetteer;
        this.problems = problems;
    }

    @ModelAttribute("choices")
    ChildChoices choices() {
        return ChildChoices.INSTANCE;
    }

    @GetMapping("/children")
    String searchPage(Actor actor) {
        actor.require(org.komar.access.Permission.CASE_READ);
        return "children/search";
    }

    @PostMapping("/children/search")
    String search(Actor actor, @RequestParam(name = "q", required = false) String q,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        model.addAttribute("q", q);
        try {
            model.addAttribute("results", children.search(actor, q));
        } catch (KomarException invalid) {
            model.addAttribute("results", List.of());
            model.addAttribute("errors", FormErrors.of(invalid, problems, locale));
        }
        return htmx != null ? "children/search :: results" : "children/search";
    }

    @GetMapping("/children/new")
    String newChild(Actor actor, Model model) {
        actor.require(org.komar.access.Permission.CHILD_WRITE);
        return form(model, new ChildForm(), FormErrors.NONE, null);
    }

    @PostMapping("/children")
    String register(Actor actor, @ModelAttribute("form") ChildForm form, Model model, Locale locale) {
        try {
            ChildDetails details = form.toDetails();
            if (!form.isConfirmNew()) {
                DuplicateCheck duplicates = children.possibleDuplicates(actor, details);
                if (duplicates.any()) {
                    return form(model, form, FormErrors.NONE, duplicates);
                }
            }
            Child child = children.register(actor, details);
            return "redirect:/children/" + child.id();
        } catch (KomarException invalid) {
            return form(model, form, FormErrors.of(invalid, problems, locale), null);
        }
    }

    @GetMapping("/children/{id}/edit")
    String edit(Actor actor, @PathVariable String id, Model model) {
        Child child = children.read(actor, ChildId.parse(id, "CHILD_NOT_FOUND"));
        model.addAttribute("childId", child.id());
        return form(model, ChildForm.of(child), FormErrors.NONE, null);
    }

    @PostMapping("/children/{id}/edit")
    String correct(Actor actor, @PathVariable String id, @ModelAttribute("form") ChildForm form, Model model,
                   Locale locale) {
        ChildId childId = ChildId.parse(id, "CHILD_NOT_FOUND");
        model.addAttribute("childId", childId);
        try {
            if (form.getVersion() == null) {
                throw KomarException.conflict("STALE_CHILD");
            }
            children.correct(actor, childId, form.getVersion(), form.toDetails());
            return "redirect:/children/" + childId;
        } catch (KomarException invalid) {
            return form(model, form, FormErrors.of(invalid, problems, locale), null);
        }
    }

    private String form(Model model, ChildForm form, FormErrors errors, DuplicateCheck duplicates) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("residence", GeoPicker.of(gazetteer, form.residence()));
        return "children/form";
    }
}
