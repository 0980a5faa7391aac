package org.komar.facility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.geo.Gazetteer;
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

/**
 * The administrators' pages of facilities: the list (retired ones too), adding, changing (with the version read,
 * so that two administrators never overwrite each other), retiring with a reason, reinstating, and recording
 * inspections and their follow-up.
 */
@Controller
@PreAuthorize("hasAuthority('REFERENCE_ADMIN')")
class FacilityAdminController {

    private final FacilityRegister register;
    private final Inspections inspections;
    private final Gazetteer gazetteer;
    private final Problems problems;

    FacilityAdminController(FacilityRegister register, Inspections inspections, Gazetteer gazetteer,
                            Problems problems) {
        this.register = register;
        this.inspections = inspections;
        this.gazetteer = gazetteer;
        this.problems = problems;
    }

    @GetMapping("/admin/facilities")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String province,
                Model model) {
        List<Facility> shown = register.all().stream()
                .filter(f -> type == null || type.isBlank() || f.type().name().equals(type))
                .filter(f -> province == null || province.isBlank() || f.provinceCode().equals(province))
                .toList();
        model.addAttribute("facilities", shown);
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("provinces", gazetteer.provinces());
        model.addAttribute("type", type);
        model.addAttribute("province", province);
        return "facility/admin-list";
    }

    @GetMapping("/admin/facilities/new")
    String newForm(Model model) {
        return form(null, Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/admin/facilities")
    String create(Actor actor, @RequestParam Map<String, String> form, Model model, Locale locale,
                  RedirectAttributes flash) {
        try {
            Facility created = register.create(actor, details(form));
            flash.addFlashAttribute("saved", "facility.saved.created");
            return "redirect:/admin/facilities/" + created.id();
        } catch (KomarException invalid) {
            return form(null, form, FormErrors.of(invalid, problems, locale), model);
        }
    }

    @GetMapping("/admin/facilities/{id}")
    String edit(@PathVariable String id, Model model) {
        Facility facility = register.require(FacilityId.parse(id));
        return form(facility, values(facility), FormErrors.NONE, model);
    }

    @PostMapping("/admin/facilities/{id}")
    String update(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                  Locale locale, RedirectAttributes flash) {
        Facility facility = register.require(FacilityId.parse(id));
        try {
            register.update(actor, facility.id(), version(form), details(form));
            flash.addFlashAttribute("saved", "facility.saved.updated");
            return "redirect:/admin/facilities/" + facility.id();
        } catch (KomarException invalid) {
            if (invalid.status() == 404) {
                throw invalid;
            }
            return form(register.require(facility.id()), form, FormErrors.of(invalid, problems, locale), model);
        }
    }

    @PostMapping("/admin/facilities/{id}/retire")
    String retire(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                  Locale locale, RedirectAttributes flash) {
        Facility facility = register.require(FacilityId.parse(id));
        try {
            register.retire(actor, facility.id(), version(form), form.get("reason"));
            flash.addFlashAttribute("saved", "facility.saved.retired");
            return "redirect:/admin/facilities/" + facility.id();
        } catch (KomarException invalid) {
            model.addAttribute("retireErrors", FormErrors.of(invalid, problems, locale));
            return form(facility, values(facility), FormErrors.NONE, model);
        }
    }

    @PostMapping("/admin/facilities/{id}/reinstate")
    String reinstate(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                     Locale locale, RedirectAttributes flash) {
        Facility facility = register.require(FacilityId.parse(id));
        try {
            register.reinstate(actor, facility.id(), version(form));
            flash.addFlashAttribute("saved", "facility.saved.reinstated");
            return "redirect:/admin/facilities/" + facility.id();
        } catch (KomarException invalid) {
            model.addAttribute("retireErrors", FormErrors.of(invalid, problems, locale));
            return form(facility, values(facility), FormErrors.NONE, model);
        }
    }

    @PostMapping("/admin/facilities/{id}/inspections")
    String inspect(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                   Locale locale, RedirectAttributes flash) {
        Facility facility = register.require(FacilityId.parse(id));
        try {
            inspections.record(actor, facility.id(), new Inspections.NewInspection(form.get("inspectedOn"),
                    form.get("body"), form.get("bodyName"), form.get("findings"), form.get("followUp"),
                    form.get("followUpDue")));
            flash.addFlashAttribute("saved", "inspection.saved");
            return "redirect:/admin/facilities/" + facility.id() + "#inspections";
        } catch (KomarException invalid) {
            model.addAttribute("inspectionErrors", FormErrors.of(invalid, problems, locale));
            model.addAttribute("inspectionValues", form);
            return form(facility, values(facility), FormErrors.NONE, model);
        }
    }

    @PostMapping("/admin/facilities/{id}/inspections/{inspectionId}/follow-up")
    String followUp(Actor actor, @PathVariable String id, @PathVariable String inspectionId,
                    @RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes flash) {
        Facility facility = register.require(FacilityId.parse(id));
        UUID inspection;
        try {
            inspection = UUID.fromString(inspectionId);
        } catch (IllegalArgumentException malformed) {
            throw KomarException.notFound("INSPECTION_NOT_FOUND");
        }
        if (!inspections.find(inspection).facilityId().equals(facility.id())) {
            throw KomarException.notFound("INSPECTION_NOT_FOUND");
        }
        try {
            inspections.followUpDone(actor, inspection, version(form), form.get("followUpDoneOn"),
                    form.get("followUpNote"));
            flash.addFlashAttribute("saved", "inspection.followedUp");
            return "redirect:/admin/facilities/" + facility.id() + "#inspections";
        } catch (KomarException invalid) {
            model.addAttribute("followUpErrors", FormErrors.of(invalid, problems, locale));
            model.addAttribute("followUpInspection", inspection);
            return form(facility, values(facility), FormErrors.NONE, model);
        }
    }

    private String form(Facility facility, Map<String, String> values, FormErrors errors, Model model) {
        model.addAttribute("facility", facility);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("provinces", gazetteer.provinces());
        model.addAttribute("sections", Section.values());
        model.addAttribute("occupants", Occupants.values());
        model.addAttribute("bodies", InspectionBody.values());
        model.addAttribute("inspections", facility == null ? List.of() : inspections.ofFacility(facility.id()));
        model.addAttribute("today", java.time.LocalDate.ofInstant(register.now(), org.komar.shared.Cambodia.ZONE));
        if (!model.containsAttribute("inspectionValues")) {
            model.addAttribute("inspectionValues", Map.of());
        }
        return "facility/admin-form";
    }

    private static Integer version(Map<String, String> form) {
        try {
            return form.get("version") == null ? null : Integer.valueOf(form.get("version"));
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    static FacilityDetails details(Map<String, String> form) {
        List<FacilityDetails.SectionPlaces> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            for (Occupants occupants : Occupants.values()) {
                String value = form.get("places." + section + "." + occupants);
                if (value != null && !value.isBlank()) {
                    Integer places;
                    try {
                        places = Integer.valueOf(value.strip());
                    } catch (NumberFormatException malformed) {
                        places = -1;
                    }
                    sections.add(new FacilityDetails.SectionPlaces(section.name(), occupants.name(), places));
                }
            }
        }
        Integer capacity;
        try {
            capacity = form.get("capacity") == null || form.get("capacity").isBlank() ? null
                    : Integer.valueOf(form.get("capacity").strip());
        } catch (NumberFormatException malformed) {
            capacity = -1;
        }
        return new FacilityDetails(form.get("code"), form.get("nameLatin"), form.get("nameKhmer"), form.get("type"),
                form.get("province"), capacity, "true".equals(form.get("separatesMinorsFromAdults")),
                "true".equals(form.get("complaintsMechanism")), sections);
    }

    static Map<String, String> values(Facility f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", f.code());
        values.put("nameLatin", f.nameLatin());
        values.put("nameKhmer", f.nameKhmer());
        values.put("type", f.type().name());
        values.put("province", f.provinceCode());
        values.put("capacity", String.valueOf(f.capacity()));
        values.put("separatesMinorsFromAdults", String.valueOf(f.separatesMinorsFromAdults()));
        values.put("complaintsMechanism", String.valueOf(f.complaintsMechanism()));
        values.put("version", String.valueOf(f.version()));
        for (SectionCapacity s : f.sections()) {
            values.put("places." + s.section() + "." + s.occupants(), String.valueOf(s.places()));
        }
        return values;
    }

    @Configuration(proxyBeanMethods = false)
    static class FacilityAdminConfiguration {

        @Bean
        NavigationItem facilityAdminNavigation() {
            return new NavigationItem("/admin/facilities", "nav.facilities.admin", "REFERENCE_ADMIN", 925);
        }
    }
}
