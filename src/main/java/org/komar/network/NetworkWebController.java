package org.komar.network;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.komar.access.Actor;
import org.komar.access.AgencyId;
import org.komar.shared.FieldProblems;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's pages: the directory, an organisation with its people, adding organisations, the e-mail group. */
@Controller
class NetworkWebController {

    private final NetworkDirectory network;
    private final Problems problems;
    private final MessageSource messages;

    NetworkWebController(NetworkDirectory network, Problems problems, MessageSource messages) {
        this.network = network;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/network")
    String directory(Actor actor, @RequestParam(required = false) String category,
                     @RequestParam(required = false) Boolean workingGroup, Model model, Locale locale) {
        OrganisationCategory chosen = category == null || category.isBlank() ? null : category(category);
        model.addAttribute("members", network.members(actor, chosen, Boolean.TRUE.equals(workingGroup), locale));
        model.addAttribute("categories", OrganisationCategory.values());
        model.addAttribute("category", chosen);
        model.addAttribute("workingGroup", Boolean.TRUE.equals(workingGroup));
        return "network/directory";
    }

    @GetMapping("/network/organisations/new")
    String newOrganisation(Actor actor, Model model) {
        return newPage(actor, model, Map.of(), FormErrors.NONE, null);
    }

    @PostMapping("/network/organisations")
    String create(Actor actor, @RequestParam Map<String, String> form, Model model, Locale locale) {
        try {
            Member member = "existing".equals(form.get("mode"))
                    ? network.addAgency(actor, agencyId(form.get("agencyId")), profile(form))
                    : network.createOrganisation(actor, form.get("code"), form.get("nameLatin"),
                    form.get("nameKhmer"), form.get("province"), profile(form));
            return "redirect:/network/organisations/" + member.agency().id();
        } catch (KomarException invalid) {
            return newPage(actor, model, form, FormErrors.of(invalid, problems, locale), form.get("mode"));
        }
    }

    @GetMapping("/network/organisations/{id}")
    String organisation(Actor actor, @PathVariable String id, Model model) {
        return organisationPage(network.member(actor, agencyId(id)), Map.of(), FormErrors.NONE, null, model);
    }

    @PostMapping("/network/organisations/{id}/profile")
    String updateProfile(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form,
                         Model model, Locale locale, RedirectAttributes flash) {
        AgencyId agency = agencyId(id);
        try {
            network.updateProfile(actor, agency, version(form.get("version")), profile(form));
            flash.addFlashAttribute("saved", true);
            return "redirect:/network/organisations/" + agency;
        } catch (KomarException invalid) {
            return organisationPage(network.member(actor, agency), form, FormErrors.of(invalid, problems, locale),
                    "profile", model);
        }
    }

    @PostMapping("/network/organisations/{id}/people")
    String addPerson(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                     Locale locale, RedirectAttributes flash) {
        AgencyId agency = agencyId(id);
        try {
            network.addPerson(actor, agency, person(form));
            flash.addFlashAttribute("saved", true);
            return "redirect:/network/organisations/" + agency;
        } catch (KomarException invalid) {
            return organisationPage(network.member(actor, agency), form, FormErrors.of(invalid, problems, locale),
                    "person", model);
        }
    }

    @PostMapping("/network/people/{id}")
    String updatePerson(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                        Locale locale, RedirectAttributes flash) {
        Person person = network.person(actor, personId(id));
        try {
            network.updatePerson(actor, person.id(), version(form.get("version")), person(form));
            flash.addFlashAttribute("saved", true);
            return "redirect:/network/organisations/" + person.agencyId();
        } catch (KomarException invalid) {
            model.addAttribute("editing", person.id());
            return organisationPage(network.member(actor, person.agencyId()), form,
                    FormErrors.of(invalid, problems, locale), "edit", model);
        }
    }

    @PostMapping("/network/people/{id}/retire")
    String retirePerson(Actor actor, @PathVariable String id, @RequestParam(required = false) String version) {
        Person person = network.person(actor, personId(id));
        network.retirePerson(actor, person.id(), version(version));
        return "redirect:/network/organisations/" + person.agencyId();
    }

    @GetMapping("/network/email-group")
    String emailGroup(Actor actor, Model model, Locale locale) {
        List<NetworkDirectory.EmailEntry> entries = network.emailGroup(actor, false, locale);
        model.addAttribute("entries", entries);
        model.addAttribute("addresses", String.join("; ", entries.stream().map(NetworkDirectory.EmailEntry::email)
                .toList()));
        return "network/email-group";
    }

    @GetMapping("/network/email-group.csv")
    ResponseEntity<byte[]> emailGroupCsv(Actor actor, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(text("network.email", locale), text("network.person.name", locale),
                    text("network.organisation", locale));
            for (NetworkDirectory.EmailEntry entry : network.emailGroup(actor, true, locale)) {
                csv.printRecord(entry.email(), entry.name(), entry.agency().name(locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("email-group.csv").build().toString()).body(body);
    }

    private String newPage(Actor actor, Model model, Map<String, String> values, FormErrors errors, String mode) {
        model.addAttribute("agencies", network.agenciesOutsideNetwork(actor));
        model.addAttribute("categories", OrganisationCategory.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("mode", mode == null ? "new" : mode);
        return "network/new";
    }

    private static String organisationPage(Member member, Map<String, String> values, FormErrors errors,
                                           String failedForm, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("categories", OrganisationCategory.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        // The forms that did not fail start empty.
        model.addAttribute("noValues", Map.of());
        model.addAttribute("noErrors", FormErrors.NONE);
        return "network/organisation";
    }

    private static ProfileDetails profile(Map<String, String> form) {
        LocalDate since = null;
        String value = form.get("workingGroupSince");
        if (value != null && !value.isBlank()) {
            try {
                since = LocalDate.parse(value.strip());
            } catch (DateTimeParseException malformed) {
                new FieldProblems().add("workingGroupSince", "MALFORMED_DATE").throwIfAny();
            }
        }
        return new ProfileDetails(form.get("category"), form.get("website"), form.get("email"), form.get("phone"),
                form.get("address"), "true".equals(form.get("workingGroup")), since,
                "true".equals(form.get("emailGroup")), form.get("notes"));
    }

    private static PersonDetails person(Map<String, String> form) {
        return new PersonDetails(form.get("name"), form.get("nameKhmer"), form.get("positionTitle"),
                form.get("sex"), form.get("email"), form.get("phone"), "true".equals(form.get("focal")),
                "true".equals(form.get("workingGroup")), "true".equals(form.get("emailGroup")));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static AgencyId agencyId(String value) {
        try {
            return AgencyId.of(value);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound("NETWORK_MEMBER_NOT_FOUND");
        }
    }

    private static UUID personId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            throw KomarException.notFound("NETWORK_PERSON_NOT_FOUND");
        }
    }

    private static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException missing) {
            throw KomarException.conflict("STALE_NETWORK_RECORD");
        }
    }

    /** A category from a filter; an unknown one is a bad parameter. */
    private static OrganisationCategory category(String value) {
        try {
            return OrganisationCategory.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            throw KomarException.invalid("MALFORMED_PARAMETER");
        }
    }
}
