package org.komar.cases;

import java.time.Instant;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.Permission;
import org.komar.access.UserId;
import org.komar.access.UserSummary;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.geo.Gazetteer;
import org.komar.geo.GeoPicker;
import org.komar.shared.CaseId;
import org.komar.shared.CasePanel;
import org.komar.shared.ChildId;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of children's cases: the list, the child page, opening a case, the case page and its timeline. */
@Controller
class CaseWebController {

    private final CaseService cases;
    private final ChildService children;
    private final Gazetteer gazetteer;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final Problems problems;
    private final EventDescriber describer;
    private final Clock clock;
    private final List<CasePanel> panels;
    private final MessageSource messages;

    CaseWebController(CaseService cases, ChildService children, Gazetteer gazetteer, AgencyDirectory agencies,
                      Accounts accounts, Problems problems, EventDescriber describer, Clock clock,
                      List<CasePanel> panels, MessageSource messages) {
        this.cases = cases;
        this.children = children;
        this.gazetteer = gazetteer;
        this.agencies = agencies;
        this.accounts = accounts;
        this.problems = problems;
        this.describer = describer;
        this.clock = clock;
        this.panels = panels.stream().sorted(Comparator.comparingInt(CasePanel::order)).toList();
        this.messages = messages;
    }

    @GetMapping("/cases")
    String list(Actor actor, @RequestParam(required = false) String role,
                @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        CaseFilter filter = new CaseFilter(null, blank(role), null, null, blank(status), blank(q), page, 25);
        model.addAttribute("list", cases.list(actor, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("roles", CaseRole.values());
        return "cases/list";
    }

    @GetMapping("/children/{id}")
    String child(Actor actor, @PathVariable String id, Model model) {
        Child child = children.read(actor, ChildId.parse(id, "CHILD_NOT_FOUND"));
        model.addAttribute("child", child);
        model.addAttribute("cases", cases.list(actor, new CaseFilter(child.id().toString(), null, null, null, null,
                null, 0, 200)));
        model.addAttribute("owner", agencies.find(child.ownerAgency()).orElse(null));
        return "cases/child";
    }

    @GetMapping("/cases/new")
    String newCase(Actor actor, @RequestParam String childId, Model model) {
        actor.require(Permission.CASE_OPEN);
        Child child = children.read(actor, ChildId.parse(childId, "CHILD_NOT_FOUND"));
        return openForm(model, child, new OpenCaseForm(), FormErrors.NONE);
    }

    @PostMapping("/cases")
    String open(Actor actor, OpenCaseForm form, Model model, Locale locale) {
        Child child = children.find(actor, ChildId.parse(form.getChildId(), "CHILD_NOT_FOUND"));
        try {
            CaseView view = cases.open(actor, form.toOpenCase());
            return "redirect:/cases/" + view.id();
        } catch (KomarException invalid) {
            return openForm(model, child, form, FormErrors.of(invalid, problems, locale));
        }
    }

    @GetMapping("/cases/{id}")
    String page(Actor actor, @PathVariable String id, @RequestParam(required = false) String type, Model model,
                Locale locale) {
        return casePage(actor, CaseId.parse(id, "CASE_NOT_FOUND"), type, Map.of(), FormErrors.NONE, model, locale);
    }

    @GetMapping("/cases/{id}/event-form")
    String eventForm(Actor actor, @PathVariable String id, @RequestParam String type, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        model.addAttribute("caseId", caseId);
        model.addAttribute("type", allowedType(actor, type));
        model.addAttribute("version", cases.timeline(actor, caseId).version());
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("now", clock.instant());
        model.addAttribute("measureRows", EventForm.MEASURE_ROWS);
        return "cases/event-form :: form";
    }

    @PostMapping("/cases/{id}/events")
    String record(Actor actor, @PathVariable String id, @RequestParam String type,
                  @RequestParam(required = false) String occurredAt, @RequestParam(required = false) Integer version,
                  @RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes flash) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        EventType eventType = allowedType(actor, type);
        try {
            if (version == null) {
                throw KomarException.conflict("STALE_TIMELINE");
            }
            cases.record(actor, caseId, version, EventForm.parse(eventType, occurredAt, form));
            flash.addFlashAttribute("recorded", eventType.name());
            return "redirect:/cases/" + caseId;
        } catch (KomarException invalid) {
            return casePage(actor, caseId, type, form, FormErrors.of(invalid, problems, locale), model, locale);
        }
    }

    @PostMapping("/cases/{id}/events/{eventId}/void")
    String voidEvent(Actor actor, @PathVariable String id, @PathVariable String eventId,
                     @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                     Model model, Locale locale, RedirectAttributes flash) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        try {
            if (version == null) {
                throw KomarException.conflict("STALE_TIMELINE");
            }
            cases.voidEvent(actor, caseId, EventId.parse(eventId), version, reason);
            flash.addFlashAttribute("voided", true);
            return "redirect:/cases/" + caseId;
        } catch (KomarException invalid) {
            model.addAttribute("voidErrors", FormErrors.of(invalid, problems, locale));
            model.addAttribute("voidEventId", eventId);
            return casePage(actor, caseId, null, Map.of(), FormErrors.NONE, model, locale);
        }
    }

    private String casePage(Actor actor, CaseId id, String type, Map<String, String> values, FormErrors errors,
                            Model model, Locale locale) {
        CaseFile file = cases.file(actor, id);
        model.addAttribute("file", file);
        model.addAttribute("view", file.caseView());
        model.addAttribute("child", file.child());
        model.addAttribute("owner", agencies.find(file.caseView().ownerAgency()).orElse(null));
        model.addAttribute("recorders", recorders(file));
        model.addAttribute("allowedTypes", Arrays.stream(EventType.values())
                .filter(t -> actor.has(Permission.EVENT_RECORD) && t.recordableByAnyOf(actor.roles()))
                .sorted(Comparator.comparing(t -> describer.typeLabel(t.name(), locale))).toList());
        model.addAttribute("canVoid", actor.has(Permission.EVENT_VOID));
        model.addAttribute("actorRoles", actor.roles());
        model.addAttribute("caseId", id);
        model.addAttribute("version", file.timeline().version());
        model.addAttribute("type", type == null ? null : EventType.parse(type).orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("now", clock.instant());
        model.addAttribute("measureRows", EventForm.MEASURE_ROWS);
        model.addAttribute("panels", panels);
        model.addAttribute("place", file.caseView().place() == null ? ""
                : gazetteer.label(file.caseView().place(), locale));
        return "cases/page";
    }

    private Map<UserId, String> recorders(CaseFile file) {
        Map<UserId, String> names = new HashMap<>();
        file.timeline().all().forEach(event -> {
            names.computeIfAbsent(event.recordedBy(), this::describeUser);
            if (event.voiding() != null) {
                names.computeIfAbsent(event.voiding().voidedBy(), this::describeUser);
            }
        });
        return names;
    }

    private String describeUser(UserId id) {
        if (UserId.SYSTEM.equals(id)) {
            return messages.getMessage("timeline.recordedBySystem", null, LocaleContextHolder.getLocale());
        }
        Optional<UserSummary> user = accounts.find(id);
        return user.map(u -> u.displayName() + " (" + agencies.find(u.agencyId()).map(a -> a.code()).orElse("")
                + ")").orElse(id.toString());
    }

    private EventType allowedType(Actor actor, String type) {
        EventType eventType = EventType.parse(type)
                .orElseThrow(() -> KomarException.invalid("UNKNOWN_EVENT_TYPE", String.valueOf(type)));
        if (!eventType.recordableByAnyOf(actor.roles())) {
            throw KomarException.forbidden("EVENT_TYPE_NOT_ALLOWED", eventType.name());
        }
        return eventType;
    }

    private String openForm(Model model, Child child, OpenCaseForm form, FormErrors errors) {
        form.setChildId(child.id().toString());
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", CaseRole.values());
        model.addAttribute("offences", OffenceCode.values());
        model.addAttribute("classes", OffenceClass.values());
        model.addAttribute("placePicker", GeoPicker.of(gazetteer, form.place()));
        return "cases/open";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
