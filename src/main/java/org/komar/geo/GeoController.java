package org.komar.geo;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Options for the cascading place pickers: the units under the one chosen at the level above. */
@Controller
class GeoController {

    private static final Map<Integer, String> PARENT_PARAMETER = Map.of(2, "province", 3, "district", 4, "commune");
    private static final List<String> LEVELS = List.of("province", "district", "commune", "village");

    private final Gazetteer gazetteer;

    GeoController(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/geo/options/{level}")
    String options(@PathVariable int level, @RequestParam Map<String, String> params, Model model) {
        String parameter = PARENT_PARAMETER.get(level);
        String prefix = params.getOrDefault("prefix", "");
        String parent = parameter == null ? null : params.get(prefix + parameter);
        model.addAttribute("units", parent == null || parent.isBlank() || !gazetteer.exists(parent) ? List.of()
                : gazetteer.children(parent, false));
        // Levels below the one being refilled are emptied, so a stale village never stays selected.
        model.addAttribute("cleared", level < 4 ? LEVELS.subList(level, 4) : List.of());
        model.addAttribute("prefix", prefix);
        return "geo/options";
    }
}
