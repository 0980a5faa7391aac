package org.komar.referral;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.Permission;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.Enums;
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

/** The referral pages: the case panel, the referral form, the agency's inbox and outbox, one referral. */
@Controller
class ReferralWebController {

    private final ReferralService referrals;
    private final CaseService cases;
    private final ChildService children;
    private final AgencyDirectory agencies;
    private final Problems problems;

    ReferralWebController(ReferralService referrals, CaseService cases, ChildService children,
                          AgencyDirectory agencies, Problems problems) {
        this.referrals = referrals;
        this.cases = cases;
        this.children = children;
        this.agencies = agencies;
        this.problems = problems;
    }

    @GetMapping("/cases/{id}/panels/referrals")
    String panel(Actor actor, @PathVariable String id, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        model.addAttribute("caseId", caseId);
        model.addAttribute("referrals", referrals.ofCase(actor, caseId));
        model.addAttribute("canRefer", actor.has(Permission.EVENT_RECORD));
        model.addAttribute("now", referrals.now());
        return "referral/panel :: panel";
    }

    @GetMapping("/cases/{id}/referrals/new")
    String newReferral(Actor actor, @PathVariable String id, Model model, Locale locale) {
        actor.require(Permission.EVENT_RECORD);
        return form(actor, CaseId.parse(id, "CASE_NOT_FOUND"), Map.of(), FormErrors.NONE, model, locale);
    }

    @PostMapping("/cases/{id}/referrals")
    String refer(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                 Locale locale, RedirectAttributes flash) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        try {
            Referral referral = referrals.refer(actor, new ReferralService.NewReferral(caseId.toString(),
                    form.get("toAgency"), form.get("service"), form.get("consent"), form.get("consentNote"),
                    form.get("reason"), "true".equals(form.get("urgent"))));
            flash.addFlashAttribute("done", "referral.done.MADE");
            return "redirect:/referrals/" + referral.id();
        } catch (KomarException invalid) {
            if (invalid.status() != 400) {
                throw invalid;
            }
            return form(actor, caseId, form, FormErrors.of(invalid, problems, locale), model, locale);
        }
    }

    @GetMapping("/referrals")
    String box(Actor actor, @RequestParam(required = false) String box, @RequestParam(required = false) String status,
               Model model) {
        FieldProblems invalid = new FieldProblems();
        ReferralService.Box chosen = "outbox".equalsIgnoreCase(box) ? ReferralService.Box.OUTBOX
                : ReferralService.Box.INBOX;
        ReferralStatus statusFilter = Enums.parse(ReferralStatus.class, blank(status), "status", invalid, false);
        invalid.throwIfAny();
        List<Referral> list = referrals.box(actor, chosen, statusFilter);
        model.addAttribute("box", chosen);
        model.addAttribute("status", statusFilter);
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("referrals", list);
        model.addAttribute("children", childrenOf(actor, list));
        model.addAttribute("now", referrals.now());
        return "referral/box";
    }

    @GetMapping("/referrals/{id}")
    String detail(Actor actor, @PathVariable String id, Model model) {
        return detailPage(actor, ReferralId.parse(id), null, FormErrors.NONE, model);
    }

    @PostMapping("/referrals/{id}/{action}")
    String act(Actor actor, @PathVariable String id, @PathVariable String action,
               @RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes flash) {
        ReferralId referralId = ReferralId.parse(id);
        Integer version = form.get("version") == null ? null : Integer.valueOf(form.get("version"));
        try {
            switch (action) {
                case "accept" -> referrals.accept(actor, referralId, version, form.get("note"));
                case "decline" -> referrals.decline(actor, referralId, version, form.get("reason"));
                case "withdraw" -> referrals.withdraw(actor, referralId, version, form.get("reason"));
                case "close" -> referrals.close(actor, referralId, version, form.get("outcome"), form.get("note"));
                case "deliveries" -> referrals.recordDelivery(actor, referralId, form.get("on"), form.get("note"));
                case "follow-ups" -> referrals.recordFollowUp(actor, referralId, form.get("on"), form.get("note"),
                        form.get("nextFollowUp"));
                default -> throw KomarException.notFound("NOT_FOUND");
            }
            flash.addFlashAttribute("done", "referral.done." + action);
            return "redirect:/referrals/" + referralId;
        } catch (KomarException failed) {
            if (failed.status() == 404 || failed.status() == 403) {
                throw failed;
            }
            model.addAttribute("values", form);
            return detailPage(actor, referralId, action, FormErrors.of(failed, problems, locale), model);
        }
    }

    private String detailPage(Actor actor, ReferralId id, String failedAction, FormErrors errors, Model model) {
        Referral referral = referrals.read(actor, id);
        model.addAttribute("referral", referral);
        model.addAttribute("child", childOrNull(actor, referral.childId()));
        model.addAttribute("caseVisible", cases.inScope(actor, referral.caseId()));
        boolean writer = actor.has(Permission.EVENT_RECORD);
        boolean receiver = writer && referral.toAgency().equals(actor.agencyId());
        boolean sender = writer && referral.fromAgency().equals(actor.agencyId());
        model.addAttribute("receiver", receiver);
        model.addAttribute("sender", sender);
        model.addAttribute("outcomes", ReferralOutcome.values());
        model.addAttribute("failedAction", failedAction);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        model.addAttribute("now", referrals.now());
        model.addAttribute("today", referrals.now().atZone(org.komar.shared.Cambodia.ZONE).toLocalDate());
        return "referral/detail";
    }

    private String form(Actor actor, CaseId caseId, Map<String, String> values, FormErrors errors, Model model,
                        Locale locale) {
        CaseView view = cases.read(actor, caseId);
        model.addAttribute("view", view);
        model.addAttribute("child", childOrNull(actor, view.childId()));
        model.addAttribute("agencies", agencies.all().stream()
                .filter(agency -> !agency.retired() && !agency.id().equals(actor.agencyId()))
                .sorted(Comparator.comparing((Agency agency) -> agency.type().ordinal())
                        .thenComparing(agency -> agency.name(locale)))
                .toList());
        model.addAttribute("services", Arrays.asList(ReferredService.values()));
        model.addAttribute("consents", Consent.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "referral/new";
    }

    private Map<ChildId, Child> childrenOf(Actor actor, List<Referral> list) {
        Map<ChildId, Child> found = new HashMap<>();
        for (Referral referral : list) {
            if (!found.containsKey(referral.childId())) {
                found.put(referral.childId(), childOrNull(actor, referral.childId()));
            }
        }
        return found;
    }

    /** The child when the actor may see them (a lawyer of a receiving legal-aid agency may not): else null. */
    private Child childOrNull(Actor actor, ChildId id) {
        try {
            return children.find(actor, id);
        } catch (KomarException outOfScope) {
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
