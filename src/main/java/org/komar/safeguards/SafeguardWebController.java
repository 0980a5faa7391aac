package org.komar.safeguards;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.komar.access.Actor;
import org.komar.shared.CaseId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The safeguards section of the case page, loaded by htmx and refreshed every minute: the live clocks (police custody
 * hours left, detention days left, the next deadline), every breach with its legal basis, evaluation failures as
 * alerts, and the full list of applicable rules.
 */
@Controller
class SafeguardWebController {

    /** One rule as the page shows it, with what followed a breach (acknowledgement, escalation) when known. */
    record Row(String rule, String title, SafeguardStatus status, Instant dueAt, Instant breachedAt, String basis,
               String message, boolean libertyLimit, boolean heldBeyondLimit, BreachFollowUp.Note followUp) {
    }

    /** Time left (or overrun, when negative) to a limit, split for display. */
    record Clock(Row row, boolean overdue, long days, long hours, long minutes) {

        static Clock until(Row row, Instant now) {
            Instant limit = row.dueAt() != null ? row.dueAt() : row.breachedAt();
            Duration left = Duration.between(now, limit);
            boolean overdue = left.isNegative();
            Duration abs = left.abs();
            return new Clock(row, overdue, abs.toDays(), abs.toHours(), abs.toMinutesPart());
        }

        /** Hours beyond whole days, for "5 days 3 h". */
        public long hoursOfDay() {
            return hours % 24;
        }
    }

    private static final Set<String> CUSTODY = Set.of("PC-1", "PC-2");

    private final Safeguards safeguards;
    private final SafeguardMessages messages;
    private final ObjectProvider<BreachFollowUp> followUps;

    SafeguardWebController(Safeguards safeguards, SafeguardMessages messages,
                           ObjectProvider<BreachFollowUp> followUps) {
        this.safeguards = safeguards;
        this.messages = messages;
        this.followUps = followUps;
    }

    @GetMapping("/cases/{id}/panels/safeguards")
    String panel(Actor actor, @PathVariable String id, Model model, Locale locale) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        Instant now = safeguards.now();
        CaseSafeguards evaluated = safeguards.evaluate(actor, caseId, now);
        BreachFollowUp provider = followUps.getIfAvailable();
        java.util.Map<String, BreachFollowUp.Note> notes = new java.util.HashMap<>();
        if (provider != null) {
            provider.of(caseId, locale).forEach(note -> notes.put(note.rule() + "@" + note.breachedAt(), note));
        }
        List<Row> rows = evaluated.applicable().stream().map(result -> new Row(result.rule(),
                messages.title(result.rule(), locale), result.status(), result.dueAt(), result.breachedAt(),
                result.basis(), messages.message(result, locale), result.libertyLimit(), result.heldBeyondLimit(),
                result.breached() ? notes.get(result.rule() + "@" + (result.breachedAt() != null
                        ? result.breachedAt() : result.dueAt())) : null))
                .toList();
        model.addAttribute("caseId", caseId);
        model.addAttribute("canAcknowledge", provider != null);
        model.addAttribute("now", now);
        model.addAttribute("rows", rows);
        model.addAttribute("breaches", rows.stream().filter(r -> r.status() == SafeguardStatus.BREACHED).toList());
        model.addAttribute("errors", rows.stream().filter(r -> r.status() == SafeguardStatus.ERROR).toList());
        model.addAttribute("custody", clock(rows, now, true));
        model.addAttribute("detention", clock(rows, now, false));
        model.addAttribute("next", rows.stream().filter(r -> r.status() == SafeguardStatus.PENDING
                && r.dueAt() != null).min(java.util.Comparator.comparing(Row::dueAt))
                .map(r -> Clock.until(r, now)).orElse(null));
        return "safeguards/panel :: panel";
    }

    /**
     * The clock of police custody (PC-1/PC-2) or of the other limits on deprivation of liberty: the one still
     * running with the least time left, or the one the child is held beyond.
     */
    private static Clock clock(List<Row> rows, Instant now, boolean custody) {
        Row best = null;
        for (Row row : rows) {
            if (!row.libertyLimit() || CUSTODY.contains(row.rule()) != custody) {
                continue;
            }
            boolean running = row.status() == SafeguardStatus.PENDING && row.dueAt() != null;
            if (!running && !row.heldBeyondLimit()) {
                continue;
            }
            Instant limit = running ? row.dueAt() : row.breachedAt();
            Instant bestLimit = best == null ? null : best.dueAt() != null ? best.dueAt() : best.breachedAt();
            if (best == null || limit.isBefore(bestLimit)) {
                best = row;
            }
        }
        return best == null ? null : Clock.until(best, now);
    }
}
