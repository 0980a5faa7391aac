package org.komar.statistics;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.access.Permission;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DHIS2 exchange: the aggregate export over the API (bearer token) and from the statistics pages (the same
 * files), for statisticians and administrators; the mapping's download, replacement and reset for administrators.
 */
@Controller
@Tag(name = "Indicators")
class Dhis2Controller {

    private final Dhis2Export export;
    private final JsonMapper json;

    Dhis2Controller(Dhis2Export export, JsonMapper json) {
        this.export = export;
        this.json = json;
    }

    @GetMapping({"/api/v1/dhis2/dataValueSets", "/statistics/dhis2/dataValueSets.json"})
    @Operation(summary = "National figures for DHIS2 as dataValueSets JSON",
            description = "Data elements, org units and category option combos by their DHIS2 ids, as mapped by the "
                    + "administrators; attributeOptionCombo is DHIS2's default.")
    void dataValueSets(Actor actor,
                       @Parameter(description = "DHIS2 period: 2026, 2026Q1 or 202601") @RequestParam(required = false)
                       String period,
                       @Parameter(description = "org units: KH (the country) and province codes, comma-separated; "
                               + "all mapped by default") @RequestParam(required = false) String orgUnits,
                       HttpServletResponse response) throws IOException {
        Dhis2Export.require(actor);
        Dhis2Mapping mapping = export.mapping();
        Dhis2Export.Dhis2Period parsed = export.period(period);
        List<Dhis2Export.Value> values = export.values(actor, mapping, parsed, orgUnits);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"komar-dhis2-" + parsed.dhis2() + ".json\"");
        json.writeValue(response.getOutputStream(), export.dataValueSet(mapping, parsed, values));
    }

    @GetMapping({"/api/v1/dhis2/adx", "/statistics/dhis2/adx.xml"})
    @Operation(summary = "National figures for DHIS2 as ADX XML",
            description = "urn:ihe:qrph:adx:2015: a group per org unit, categories as attributes, all by code.")
    void adx(Actor actor,
             @Parameter(description = "DHIS2 period: 2026, 2026Q1 or 202601") @RequestParam(required = false)
             String period,
             @Parameter(description = "org units: KH and province codes, comma-separated") @RequestParam(required =
                     false) String orgUnits,
             HttpServletResponse response) throws IOException {
        Dhis2Export.require(actor);
        Dhis2Mapping mapping = export.mapping();
        Dhis2Export.Dhis2Period parsed = export.period(period);
        List<Dhis2Export.Value> values = export.values(actor, mapping, parsed, orgUnits);
        response.setContentType(Dhis2Export.ADX_MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"komar-dhis2-" + parsed.dhis2() + ".adx.xml\"");
        export.adx(mapping, parsed, values, response.getOutputStream());
    }

    @GetMapping("/statistics/admin/dhis2/mapping.csv")
    void mappingCsv(Actor actor, HttpServletResponse response) throws IOException {
        actor.require(Permission.REFERENCE_ADMIN);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"komar-dhis2-mapping.csv\"");
        Tabular.csv(new Tabular.Sheet("mapping", Dhis2Mapping.HEADER, export.mapping().rows()),
                response.getOutputStream());
    }

    @PostMapping("/statistics/admin/dhis2/mapping")
    String replace(Actor actor, @RequestParam(required = false) MultipartFile file, RedirectAttributes flash)
            throws IOException {
        actor.require(Permission.REFERENCE_ADMIN);
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("dhis2Problems",
                    List.of(new Dhis2Mapping.Problem(0, "DHIS2_MAPPING_MALFORMED", List.of())));
            return "redirect:/statistics/admin";
        }
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            List<Dhis2Mapping.Problem> problems = export.replaceMapping(actor, csv);
            flash.addFlashAttribute(problems.isEmpty() ? "dhis2Replaced" : "dhis2Problems",
                    problems.isEmpty() ? Boolean.TRUE : problems);
        }
        return "redirect:/statistics/admin";
    }

    @PostMapping("/statistics/admin/dhis2/mapping/reset")
    String reset(Actor actor, RedirectAttributes flash) {
        export.resetMapping(actor);
        flash.addFlashAttribute("dhis2Reset", true);
        return "redirect:/statistics/admin";
    }
}
