package org.komar.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of accounts and agencies. */
@Controller
@PreAuthorize("hasAuthority('USER_ADMIN')")
class AdminController {

    private final Accounts accounts;
    private final AgencyDirectory agencies;
    private final Problems problems;

    AdminController(Accounts accounts, AgencyDirectory agencies, Problems problems) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.problems = problems;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        return usersPage(model, FormErrors.NONE, null);
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam(required = false) String username,
                      @RequestParam(required = false) String displayName,
                      @RequestParam(required = false) String email, @RequestParam(required = false) String agencyId,
                      @RequestParam(required = false) List<String> roles,
                      @RequestParam(required = false) String password,
                      @RequestParam(required = false) String language, Model model, Locale locale,
                      RedirectAttributes flash) {
        try {
            FieldProblems problems = new FieldProblems();
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            for (String role : roles == null ? List.<String>of() : roles) {
                Role parsed = Enums.parse(Role.class, role, "roles", problems, false);
                if (parsed != null) {
                    chosen.add(parsed);
                }
            }
            AgencyId agency = null;
            try {
                agency = agencyId == null || agencyId.isBlank() ? null : AgencyId.of(agencyId);
            } catch (IllegalArgumentException malformed) {
                problems.add("agencyId", "AGENCY_NOT_FOUND");
            }
            problems.throwIfAny();
            accounts.create(new NewUser(username == null ? null : username.strip(), password, displayName,
                    email, agency, chosen, language));
            flash.addFlashAttribute("created", username);
            return "redirect:/admin/users";
        } catch (KomarException invalid) {
            return usersPage(model, FormErrors.of(invalid, this.problems, locale), username);
        }
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(@PathVariable String id, @RequestParam boolean enabled) {
        accounts.setEnabled(new UserId(java.util.UUID.fromString(id)), enabled);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/email")
    String setEmail(@PathVariable String id, @RequestParam(required = false) String email, Model model,
                    Locale locale, RedirectAttributes flash, jakarta.servlet.http.HttpServletResponse response) {
        UserId user;
        try {
            user = new UserId(java.util.UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw KomarException.notFound("USER_NOT_FOUND");
        }
        try {
            accounts.setEmail(user, email);
            flash.addFlashAttribute("emailSaved", accounts.find(user).map(UserSummary::username).orElse(""));
            return "redirect:/admin/users";
        } catch (KomarException invalid) {
            if (invalid.status() != 400) {
                throw invalid;
            }
            response.setStatus(400);
            return usersPage(model, FormErrors.of(invalid, this.problems, locale), null);
        }
    }

    @GetMapping("/admin/agencies")
    String agencies(Model model) {
        return agenciesPage(model, FormErrors.NONE);
    }

    @PostMapping("/admin/agencies")
    String createAgency(@RequestParam(required = false) String code, @RequestParam(required = false) String type,
                        @RequestParam(required = false) String nameLatin,
                        @RequestParam(required = false) String nameKhmer,
                        @RequestParam(required = false) String province, Model model, Locale locale) {
        try {
            FieldProblems problems = new FieldProblems();
            if (code == null || !code.strip().matches("[A-Z0-9-]{2,40}")) {
                problems.add("code", "AGENCY_CODE_INVALID");
            }
            AgencyType agencyType = Enums.parse(AgencyType.class, type, "type", problems, true);
            if (nameLatin == null || nameLatin.isBlank()) {
                problems.add("nameLatin", "REQUIRED");
            }
            if (nameKhmer == null || nameKhmer.isBlank()) {
                problems.add("nameKhmer", "REQUIRED");
            }
            if (province != null && !province.isBlank() && !province.matches("\\d{2}")) {
                problems.add("province", "UNKNOWN_GEO_CODE", province);
            }
            problems.throwIfAny();
            agencies.create(code.strip(), agencyType, nameLatin.strip(), nameKhmer.strip(),
                    province == null || province.isBlank() ? null : province);
            return "redirect:/admin/agencies";
        } catch (KomarException invalid) {
            return agenciesPage(model, FormErrors.of(invalid, this.problems, locale));
        }
    }

    private String usersPage(Model model, FormErrors errors, String username) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", errors);
        model.addAttribute("username", username);
        return "admin/users";
    }

    private String agenciesPage(Model model, FormErrors errors) {
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("types", AgencyType.values());
        model.addAttribute("errors", errors);
        return "admin/agencies";
    }
}
