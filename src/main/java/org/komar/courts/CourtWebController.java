package org.komar.courts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
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

/** The court pages: the weekly calendar, scheduling, one hearing (held, postponed, monitors), the case panel. */
@Controller
class CourtWebController {

    /** A day of the calendar and its hearings, each with its local time. */
    record Day(LocalDate date, boolean today, List<Slot> hearings) {
    }

    record Slot(Hearing hearing, ZonedDateTime local) {
    }

    private final CourtService courts;
    private final CaseService cases;
    private final AgencyDirectory agencies;
    private final Problems problems;

    CourtWebController(CourtService courts, CaseService cases, AgencyDirectory agencies, Problems problems) {
        this.courts = courts;
        this.cases = cases;
        this.agencies = agencies;
        this.problems = problems;
    }

    @GetMapping("/courts")
    String calendar(Actor actor, @RequestParam(required = false) String week,
                    @RequestParam(required = false) String court, Model model) {
        actor.require(Permission.CASE_READ);
        FieldProblems invalid = new FieldProblems();
        LocalDate today = courts.now().atZone(Cambodia.ZONE).toLocalDate();
        LocalDate given = invalid.date("week", week, false);
        Agency chosen = null;
        if (court != null && !court.isBlank()) {
            try {
                chosen = agencies.find(AgencyId.of(court)).filter(CourtService::isCourt).orElse(null);
            } catch (IllegalArgumentException malformed) {
                chosen = null;
            }
            if (chosen == null) {
                invalid.add("court", "HEARING_COURT_UNKNOWN");
            }
        }
        invalid.throwIfAny();
        LocalDate monday = (given != null ? given : today).with(DayOfWeek.MONDAY);
        List<Hearing> found = courts.agenda(actor, monday, monday.plusDays(6), chosen, null);
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<Slot> slots = found.stream().map(h -> new Slot(h, h.scheduledAt().atZone(Cambodia.ZONE)))
                    .filter(s -> s.local().toLocalDate().equals(date)).toList();
            days.add(new Day(date, date.equals(today), slots));
        }
        Map<AgencyId, Agency> courtList = new LinkedHashMap<>();
        courts.courts().stream().filter(a -> !a.retired()).forEach(a -> courtList.put(a.id(), a));
        model.addAttribute("days", days);
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", monday.plusDays(6));
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        model.addAttribute("court", chosen);
        model.addAttribute("courts", courtList.values());
        model.addAttribute("count", found.size());
        return "courts/calendar";
    }

    @GetMapping("/cases/{id}/panels/hearings")
    String panel(Actor actor, @PathVariable String id, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        model.addAttribute("caseId", caseId);
        model.addAttribute("hearings", courts.ofCase(actor, caseId));
        model.addAttribute("canSchedule", actor.has(Permission.HEARING_SCHEDULE));
        return "courts/panel :: panel";
    }

    @GetMapping("/cases/{id}/hearings/new")
    String newHearing(Actor actor, @PathVariable String id, Model model) {
        actor.require(Permission.HEARING_SCHEDULE);
        return form(actor, CaseId.parse(id, "CASE_NOT_FOUND"), Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/cases/{id}/hearings")
    String schedule(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                    Locale locale, RedirectAttributes flash) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        try {
            Hearing hearing = courts.schedule(actor, new CourtService.NewHearing(caseId.toString(),
                    form.get("scheduledAt"), form.get("kind"), form.get("chamber")));
            flash.addFlashAttribute("done", "courts.done.scheduled");
            return "redirect:/hearings/" + hearing.id();
        } catch (KomarException invalid) {
            if (invalid.status() != 400) {
                throw invalid;
            }
            return form(actor, caseId, form, FormErrors.of(invalid, problems, locale), model);
        }
    }

    @GetMapping("/hearings/{id}")
    String detail(Actor actor, @PathVariable String id, Model model) {
        return detailPage(actor, HearingId.parse(id), null, FormErrors.NONE, model);
    }

    @PostMapping("/hearings/{id}/{action}")
    String act(Actor actor, @PathVariable String id, @PathVariable String action,
               @RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes flash) {
        HearingId hearingId = HearingId.parse(id);
        Integer version = form.get("version") == null ? null : Integer.valueOf(form.get("version"));
        try {
            switch (action) {
                case "held" -> courts.hold(actor, hearingId, new CourtService.HeldHearing(
                        flag(form, "inCamera"), flag(form, "judgmentInPublic"), flag(form, "lawyerPresent"),
                        flag(form, "guardianPresent"), flag(form, "socialAgentPresent"),
                        flag(form, "screenOrVideoUsed"), flag(form, "immediateAppearance"), form.get("note"),
                        version));
                case "postpone" -> courts.postpone(actor, hearingId, new CourtService.Postponement(
                        form.get("reason"), form.get("note"), form.get("newScheduledAt"), version));
                case "monitors" -> courts.admitMonitor(actor, hearingId, form.get("monitor"));
                default -> throw KomarException.notFound("NOT_FOUND");
            }
            flash.addFlashAttribute("done", "courts.done." + action);
            return "redirect:/hearings/" + hearingId;
        } catch (KomarException failed) {
            if (failed.status() == 404 || failed.status() == 403) {
                throw failed;
            }
            model.addAttribute("values", form);
            return detailPage(actor, hearingId, action, FormErrors.of(failed, problems, locale), model);
        }
    }

    private String detailPage(Actor actor, HearingId id, String failedAction, FormErrors errors, Model model) {
        Hearing hearing = courts.read(actor, id);
        boolean court = actor.has(Permission.HEARING_SCHEDULE) && hearing.court().equals(actor.agencyId());
        model.addAttribute("hearing", hearing);
        model.addAttribute("local", hearing.scheduledAt().atZone(Cambodia.ZONE));
        model.addAttribute("court", court);
        model.addAttribute("begun", !hearing.scheduledAt().isAfter(courts.now().plus(CourtService.DRIFT)));
        model.addAttribute("reasons", PostponementReason.values());
        model.addAttribute("monitors", court ? courts.monitors().stream()
                .filter(m -> !hearing.monitors().contains(m.id())).toList() : List.of());
        model.addAttribute("admitted", courts.monitors().stream().filter(m -> hearing.monitors().contains(m.id()))
                .toList());
        model.addAttribute("failedAction", failedAction);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        return "courts/hearing";
    }

    private String form(Actor actor, CaseId caseId, Map<String, String> values, FormErrors errors, Model model) {
        CaseView view = cases.read(actor, caseId);
        model.addAttribute("view", view);
        model.addAttribute("kinds", Arrays.asList(HearingKind.values()));
        model.addAttribute("court", agencies.find(actor.agencyId()).orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "courts/new";
    }

    private static Boolean flag(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : Boolean.valueOf(value);
    }

    static Comparator<Agency> byName(Locale locale) {
        return Comparator.comparing(a -> a.name(locale));
    }
}
