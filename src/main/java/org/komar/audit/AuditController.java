package org.komar.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblems;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the audit trail by person, action, case, child and period. */
@Controller
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

    private final AuditTrail trail;
    private final Problems problems;

    AuditController(AuditTrail trail, Problems problems) {
        this.trail = trail;
        this.problems = problems;
    }

    @GetMapping("/admin/audit")
    String search(Actor actor, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String action, @RequestParam(required = false) String caseId,
                  @RequestParam(required = false) String childId, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, Model model, Locale locale) {
        model.addAttribute("username", username);
        model.addAttribute("action", action);
        model.addAttribute("caseId", caseId);
        model.addAttribute("childId", childId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            FieldProblems problems = new FieldProblems();
            UUID caseUuid = uuid(caseId, "caseId", problems);
            UUID childUuid = uuid(childId, "childId", problems);
            LocalDate fromDay = day(from, "from", problems);
            LocalDate toDay = day(to, "to", problems);
            problems.throwIfAny();
            model.addAttribute("entries", trail.search(actor, new AuditQuery(username, action, caseUuid, childUuid,
                    fromDay == null ? null : fromDay.atStartOfDay(Cambodia.ZONE).toInstant(),
                    toDay == null ? null : toDay.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant(), 200)));
            model.addAttribute("errors", FormErrors.NONE);
        } catch (KomarException invalid) {
            model.addAttribute("entries", List.of());
            model.addAttribute("errors", FormErrors.of(invalid, this.problems, locale));
        }
        return "admin/audit";
    }

    private static UUID uuid(String value, String field, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException malformed) {
            problems.add(field, "MALFORMED_ID");
            return null;
        }
    }

    private static LocalDate day(String value, String field, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            problems.add(field, "MALFORMED_DATE");
            return null;
        }
    }
}
