package org.komar.worklist;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.UserSummary;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.geo.Gazetteer;
import org.komar.safeguards.SafeguardMessages;
import org.komar.safeguards.Safeguards;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The worklist pages: the person's alerts with filters and pages, the home page's panel, and acknowledging a breach
 * (from the worklist or from the safeguards section of a case page).
 */
@Controller
class WorklistWebController {

    /** One line as the page shows it: the item, the child's name, the rule's title, time over or left. */
    public record Row(WorklistItem item, String childName, String title, Span span, String acknowledgedBy) {
    }

    /** Time since a breach or until a deadline, split for display. */
    public record Span(boolean past, long days, long hours, long minutes) {

        static Span between(Instant now, Instant moment) {
            if (moment == null) {
                return null;
            }
            Duration d = Duration.between(now, moment);
            Duration abs = d.abs();
            return new Span(d.isNegative(), abs.toDays(), abs.toHoursPart(), abs.toMinutesPart());
        }
    }

    private final Worklist worklist;
    private final LibertyWatch liberty;
    private final ChildService children;
    private final SafeguardMessages messages;
    private final Accounts accounts;
    private final AgencyDirectory agencies;
    private final Gazetteer gazetteer;
    private final Problems problems;

    WorklistWebController(Worklist worklist, LibertyWatch liberty, ChildService children, SafeguardMessages messages,
                          Accounts accounts, AgencyDirectory agencies, Gazetteer gazetteer, Problems problems) {
        this.worklist = worklist;
        this.liberty = liberty;
        this.children = children;
        this.messages = messages;
        this.accounts = accounts;
        this.agencies = agencies;
        this.gazetteer = gazetteer;
        this.problems = problems;
    }

    @GetMapping("/worklist")
    String page(Actor actor, @RequestParam Map<String, String> params, Model model, Locale locale) {
        WorklistFilter filter = WorklistFilter.parse(params);
        WorklistPage page = worklist.page(actor, filter);
        model.addAttribute("list", page);
        model.addAttribute("rows", rows(actor, page, locale));
        model.addAttribute("filter", filter);
        model.addAttribute("filterParams", filter.params());
        model.addAttribute("rules", Safeguards.ruleCodes().stream()
                .collect(java.util.stream.Collectors.toMap(code -> code, code -> code + " · "
                        + messages.title(code, locale), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("provinces", gazetteer.provinces());
        model.addAttribute("kinds", WorklistFilter.Kind.values());
        model.addAttribute("shows", WorklistFilter.Show.values());
        model.addAttribute("horizonDays", Duration.between(page.asOf(), page.horizonEnd()).toDays());
        return "worklist/page";
    }

    /** One child held past a limit or near one, as the page shows it. */
    public record LibertyRow(LibertyWatch.Line line, String childName, String title, Span span) {
    }

    /** Children held right now past a legal limit or within 24 hours of one, nationally or in one province. */
    @GetMapping("/worklist/liberty")
    String liberty(Actor actor, @RequestParam(required = false) String province, Model model, Locale locale) {
        LibertyWatch.View view = liberty.view(actor, province == null || province.isBlank() ? null
                : province.strip());
        Map<ChildId, String> names = new HashMap<>();
        model.addAttribute("view", view);
        model.addAttribute("rows", view.lines().stream().map(line -> new LibertyRow(line,
                names.computeIfAbsent(line.alert().childId(), id -> childName(actor, id, locale)),
                messages.title(line.rule(), locale), Span.between(view.asOf(), line.moment()))).toList());
        return "worklist/liberty";
    }

    @GetMapping("/worklist/home")
    String home(Actor actor, Model model) {
        model.addAttribute("summary", worklist.summary(actor));
        return "worklist/home :: panel";
    }

    /** The form to acknowledge one breach of a case (from the case page's safeguards section). */
    @GetMapping("/worklist/acknowledge")
    String acknowledgeForm(Actor actor, @RequestParam(required = false) String caseId,
                           @RequestParam(required = false) String rule, Model model, Locale locale) {
        CaseId id = CaseId.parse(caseId == null ? "" : caseId, "CASE_NOT_FOUND");
        WorklistItem item = worklist.breach(actor, id, rule);
        model.addAttribute("item", item);
        model.addAttribute("title", messages.title(item.rule(), locale));
        model.addAttribute("acknowledgedBy", item.acknowledgement() == null ? null
                : accounts.find(item.acknowledgement().by()).map(UserSummary::displayName).orElse("") + " · "
                + agencies.name(item.acknowledgement().agency(), locale));
        return "worklist/acknowledge";
    }

    /** Acknowledges a breach; {@code back} is {@code case} to return to the case page, else the worklist. */
    @PostMapping("/worklist/acknowledge")
    String acknowledge(Actor actor, @RequestParam(required = false) String caseId,
                       @RequestParam(required = false) String rule, @RequestParam(required = false) String breachedAt,
                       @RequestParam(required = false) String note, @RequestParam(required = false) String back,
                       Locale locale, RedirectAttributes flash) {
        CaseId id = CaseId.parse(caseId == null ? "" : caseId, "CASE_NOT_FOUND");
        boolean fromCase = "case".equals(back);
        try {
            worklist.acknowledge(actor, id, rule, moment(breachedAt), note);
            flash.addFlashAttribute("acknowledged", rule);
            return fromCase ? "redirect:/cases/" + id + "#safeguards" : "redirect:/worklist";
        } catch (KomarException refused) {
            if (refused.status() != 400 && refused.status() != 409) {
                throw refused;
            }
            flash.addFlashAttribute("ackProblem", refused.fieldProblems().isEmpty()
                    ? problems.message(refused.code(), refused.args(), locale)
                    : problems.message(refused.fieldProblems().get(0).code(), refused.fieldProblems().get(0).args(),
                    locale));
            if (fromCase) {
                flash.addAttribute("caseId", id.toString());
                flash.addAttribute("rule", rule);
                return "redirect:/worklist/acknowledge";
            }
            return "redirect:/worklist";
        }
    }

    /** A breach moment as it is sent back (an ISO instant or offset date-time); unreadable is a 400 on the field. */
    static Instant moment(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException malformed) {
                new org.komar.shared.FieldProblems().add("breachedAt", "MALFORMED_DATE_TIME").throwIfAny();
                return null;
            }
        }
    }

    private List<Row> rows(Actor actor, WorklistPage page, Locale locale) {
        Map<ChildId, String> names = new HashMap<>();
        Map<Object, String> people = new HashMap<>();
        return page.items().stream().map(item -> {
            String name = names.computeIfAbsent(item.childId(), childId -> childName(actor, childId, locale));
            String by = item.acknowledgement() == null ? null : people.computeIfAbsent(item.acknowledgement().by(),
                    user -> accounts.find(item.acknowledgement().by()).map(UserSummary::displayName).orElse("")
                            + " · " + agencies.name(item.acknowledgement().agency(), locale));
            return new Row(item, name, messages.title(item.rule(), locale), Span.between(page.asOf(),
                    item.moment()), by);
        }).toList();
    }

    private String childName(Actor actor, ChildId childId, Locale locale) {
        try {
            Child child = children.find(actor, childId);
            return child.displayName(locale);
        } catch (KomarException notVisible) {
            return "";
        }
    }
}
