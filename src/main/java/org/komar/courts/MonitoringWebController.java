package org.komar.courts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblems;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.komar.statistics.Tabular;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monitor's pages: their hearings, the checklist of one, and their organisation's report with its exports. */
@Controller
class MonitoringWebController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MonitoringService monitoring;
    private final CourtService courts;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final Problems problems;

    MonitoringWebController(MonitoringService monitoring, CourtService courts, AgencyDirectory agencies,
                            MessageSource messages, Problems problems) {
        this.monitoring = monitoring;
        this.courts = courts;
        this.agencies = agencies;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping("/monitoring")
    String list(Actor actor, Model model) {
        List<MonitoredHearing> hearings = monitoring.assigned(actor);
        model.addAttribute("hearings", hearings);
        model.addAttribute("now", courts.now());
        return "monitoring/list";
    }

    @GetMapping("/monitoring/waiting")
    String waiting(Actor actor, Model model) {
        long waiting = !actor.has(Permission.HEARING_MONITOR) ? 0 : monitoring.assigned(actor).stream()
                .filter(h -> h.checklistSavedAt() == null && !h.scheduledAt().isAfter(courts.now())).count();
        model.addAttribute("waiting", waiting);
        return "monitoring/home :: panel";
    }

    @GetMapping("/monitoring/hearings/{id}")
    String checklist(Actor actor, @PathVariable String id, Model model) {
        HearingId hearing = HearingId.parse(id);
        Checklist saved = monitoring.checklist(actor, hearing).orElse(null);
        Map<String, String> values = new HashMap<>();
        if (saved != null) {
            saved.answers().forEach((item, answer) -> values.put("answers." + item.name(), answer));
            if (saved.note() != null) {
                values.put("note", saved.note());
            }
        }
        return checklistPage(actor, hearing, saved, values, FormErrors.NONE, model);
    }

    @PostMapping("/monitoring/hearings/{id}")
    String save(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                Locale locale, RedirectAttributes flash) {
        HearingId hearing = HearingId.parse(id);
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("answers.")) {
                answers.put(key.substring("answers.".length()), value);
            }
        });
        Integer version = form.get("version") == null || form.get("version").isBlank() ? null
                : Integer.valueOf(form.get("version"));
        try {
            monitoring.save(actor, hearing, answers, form.get("note"), version);
            flash.addFlashAttribute("done", "monitoring.done.saved");
            return "redirect:/monitoring/hearings/" + hearing;
        } catch (KomarException failed) {
            if (failed.status() == 404 || failed.status() == 403) {
                throw failed;
            }
            return checklistPage(actor, hearing, monitoring.checklist(actor, hearing).orElse(null), form,
                    FormErrors.of(failed, problems, locale), model);
        }
    }

    @GetMapping("/monitoring/report")
    String report(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String court, Model model) {
        MonitoringReport report = compute(actor, from, to, court);
        model.addAttribute("report", report);
        model.addAttribute("courts", courts.courts().stream().filter(a -> !a.retired()).toList());
        model.addAttribute("court", court == null || court.isBlank() ? null : court);
        model.addAttribute("sections", ChecklistItem.Section.values());
        model.addAttribute("organisation", agencies.find(actor.agencyId()).orElse(null));
        return "monitoring/report";
    }

    @GetMapping("/monitoring/report.csv")
    void csv(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
             @RequestParam(required = false) String court, Locale locale, HttpServletResponse response)
            throws java.io.IOException {
        MonitoringReport report = compute(actor, from, to, court);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "csv"));
        Tabular.csv(sheet(report, locale), response.getOutputStream());
    }

    @GetMapping("/monitoring/report.xlsx")
    void xlsx(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
              @RequestParam(required = false) String court, Locale locale, HttpServletResponse response)
            throws java.io.IOException {
        MonitoringReport report = compute(actor, from, to, court);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "xlsx"));
        Tabular.xlsx(List.of(sheet(report, locale)), response.getOutputStream());
    }

    /** One row per court (and all courts) and item answer: counts, observed, not observed and the share. */
    Tabular.Sheet sheet(MonitoringReport report, Locale locale) {
        List<String> header = List.of(message("monitoring.export.court", locale),
                message("monitoring.export.courtCode", locale), message("monitoring.export.section", locale),
                message("monitoring.export.item", locale), message("monitoring.export.itemCode", locale),
                message("monitoring.export.answer", locale), message("monitoring.export.count", locale),
                message("monitoring.export.answered", locale), message("monitoring.export.notObserved", locale),
                message("monitoring.export.percent", locale), message("monitoring.export.from", locale),
                message("monitoring.export.to", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (MonitoringReport.Row row : report.rows()) {
            rows.add(line(report, row, null, row.total(), locale));
            for (AgencyId court : report.courts()) {
                rows.add(line(report, row, court, row.of(court), locale));
            }
        }
        return new Tabular.Sheet(message("monitoring.report.title", locale), header, rows);
    }

    private List<Object> line(MonitoringReport report, MonitoringReport.Row row, AgencyId court,
                              MonitoringReport.Tally tally, Locale locale) {
        Agency agency = court == null ? null : agencies.find(court).orElse(null);
        List<Object> line = new ArrayList<>();
        line.add(court == null ? message("monitoring.report.allCourts", locale)
                : agency == null ? court.toString() : agency.name(locale));
        line.add(agency == null ? null : agency.code());
        line.add(message("monitoring.section." + row.item().section(), locale));
        line.add(message("monitoring.item." + row.item(), locale));
        line.add(row.item().name());
        line.add(row.keyLabel() == null ? message("monitoring.answer.YES", locale) : message(row.keyLabel(), locale));
        line.add(tally.count());
        line.add(tally.answered());
        line.add(tally.notObserved());
        line.add(tally.percent());
        line.add(report.from().toString());
        line.add(report.to().toString());
        return line;
    }

    private MonitoringReport compute(Actor actor, String from, String to, String court) {
        actor.require(Permission.HEARING_MONITOR);
        FieldProblems invalid = new FieldProblems();
        LocalDate today = courts.now().atZone(Cambodia.ZONE).toLocalDate();
        LocalDate start = invalid.date("from", from, false);
        LocalDate end = invalid.date("to", to, false);
        AgencyId onlyCourt = null;
        if (court != null && !court.isBlank()) {
            try {
                onlyCourt = AgencyId.of(court.strip());
            } catch (IllegalArgumentException malformed) {
                invalid.add("court", "HEARING_COURT_UNKNOWN");
            }
        }
        invalid.throwIfAny();
        return monitoring.report(actor, start != null ? start : today.withDayOfYear(1), end != null ? end : today,
                onlyCourt);
    }

    private String checklistPage(Actor actor, HearingId id, Checklist saved, Map<String, String> values,
                                 FormErrors errors, Model model) {
        MonitoredHearing hearing = monitoring.hearing(actor, id);
        model.addAttribute("hearing", hearing);
        model.addAttribute("local", hearing.scheduledAt().atZone(Cambodia.ZONE));
        model.addAttribute("saved", saved);
        model.addAttribute("begun", !hearing.scheduledAt().isAfter(courts.now().plus(CourtService.DRIFT)));
        model.addAttribute("general", ChecklistItem.of(ChecklistItem.Section.GENERAL));
        model.addAttribute("juvenile", ChecklistItem.of(ChecklistItem.Section.JUVENILE));
        model.addAttribute("answers", ChecklistItem.Answer.values());
        model.addAttribute("evidence", ChecklistItem.AgeEvidence.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "monitoring/checklist";
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String attachment(MonitoringReport report, String extension) {
        return "attachment; filename=\"komar-monitoring-" + report.from() + "-" + report.to() + "." + extension + "\"";
    }
}
