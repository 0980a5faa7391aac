package org.komar.web;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.cases.CaseFilter;
import org.komar.cases.CaseService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: the newest open cases in the person's scope and where to go next. */
@Controller
class HomeController {

    private final CaseService cases;

    HomeController(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        if (actor.has(Permission.CASE_READ)) {
            model.addAttribute("recent", cases.list(actor, new CaseFilter(null, null, null, null, "OPEN", null, 0,
                    10)));
        }
        return "home";
    }
}
