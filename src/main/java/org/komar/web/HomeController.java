package org.komar.web;

import java.util.Comparator;
import java.util.List;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.cases.CaseFilter;
import org.komar.cases.CaseService;
import org.komar.shared.HomePanel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: the newest open cases in the person's scope and where to go next. */
@Controller
class HomeController {

    private final CaseService cases;
    private final List<HomePanel> panels;

    HomeController(CaseService cases, List<HomePanel> panels) {
        this.cases = cases;
        this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("panels", panels.stream().filter(panel -> panel.authority() == null
                || actor.has(Permission.valueOf(panel.authority()))).toList());
        if (actor.has(Permission.CASE_READ)) {
            model.addAttribute("recent", cases.list(actor, new CaseFilter(null, null, null, null, "OPEN", null, 0,
                    10)));
        }
        return "home";
    }
}
