package org.komar.calendar;

import java.time.LocalDate;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.shared.FieldProblems;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.NavigationItem;
import org.komar.shared.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of public holidays: one year at a time, add and remove with a reason. */
@Controller
@PreAuthorize("hasAuthority('REFERENCE_ADMIN')")
class HolidayAdminController {

    private final HolidayCalendar calendar;
    private final Problems problems;
    private final Clock clock;

    HolidayAdminController(HolidayCalendar calendar, Problems problems, Clock clock) {
        this.calendar = calendar;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/admin/holidays")
    String page(@RequestParam(required = false) Integer year, Model model) {
        return page(year, model, FormErrors.NONE);
    }

    @PostMapping("/admin/holidays")
    String add(Actor actor, @RequestParam(required = false) String date,
               @RequestParam(required = false) String nameLatin, @RequestParam(required = false) String nameKhmer,
               @RequestParam(required = false) String source, Model model, Locale locale,
               RedirectAttributes flash) {
        LocalDate day = null;
        try {
            try {
                day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            } catch (DateTimeParseException malformed) {
                FieldProblems invalid = new FieldProblems();
                invalid.add("date", "MALFORMED_DATE");
                invalid.throwIfAny();
            }
            calendar.add(actor, day, nameLatin, nameKhmer, source);
            flash.addFlashAttribute("added", true);
            return "redirect:/admin/holidays?year=" + day.getYear();
        } catch (KomarException invalid) {
            return page(day == null ? null : day.getYear(), model, FormErrors.of(invalid, problems, locale));
        }
    }

    @PostMapping("/admin/holidays/{id}/remove")
    String remove(Actor actor, @PathVariable String id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Integer year, Model model, Locale locale,
                  RedirectAttributes flash) {
        UUID holiday;
        try {
            holiday = UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw KomarException.notFound("HOLIDAY_NOT_FOUND");
        }
        try {
            calendar.remove(actor, holiday, reason);
            flash.addFlashAttribute("removed", true);
            return "redirect:/admin/holidays" + (year == null ? "" : "?year=" + year);
        } catch (KomarException invalid) {
            return page(year, model, FormErrors.of(invalid, problems, locale));
        }
    }

    private String page(Integer year, Model model, FormErrors errors) {
        int thisYear = LocalDate.now(clock.withZone(org.komar.shared.Cambodia.ZONE)).getYear();
        int shown = year == null || year < 2000 || year > 2100 ? thisYear : year;
        List<Holiday> holidays = calendar.holidays(shown);
        model.addAttribute("year", shown);
        model.addAttribute("years", List.of(thisYear - 1, thisYear, thisYear + 1, thisYear + 2));
        model.addAttribute("holidays", holidays);
        model.addAttribute("errors", errors);
        return "calendar/holidays";
    }

    /** The menu entry. */
    @Configuration(proxyBeanMethods = false)
    static class CalendarConfiguration {

        @Bean
        NavigationItem holidaysNavigation() {
            return new NavigationItem("/admin/holidays", "nav.holidays", "REFERENCE_ADMIN", 930);
        }
    }
}
