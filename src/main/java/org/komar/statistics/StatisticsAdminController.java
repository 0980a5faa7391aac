package org.komar.statistics;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import org.komar.access.Actor;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the statistics: child-population tables (imported from CSV, whole or not at all, with a report
 * of every problem), answers to the policy indicators, and rebuilding the read model.
 */
@Controller
@PreAuthorize("hasAuthority('REFERENCE_ADMIN')")
class StatisticsAdminController {

    private final PopulationService populations;
    private final PolicyAnswers answers;
    private final ReadModelRebuild rebuild;
    private final PublicSettings publicSettings;
    private final PublicFigures publicFigures;
    private final Dhis2Export dhis2;
    private final Problems problems;
    private final java.time.Clock clock;

    StatisticsAdminController(PopulationService populations, PolicyAnswers answers, ReadModelRebuild rebuild,
                              PublicSettings publicSettings, PublicFigures publicFigures, Dhis2Export dhis2,
                              Problems problems, java.time.Clock clock) {
        this.dhis2 = dhis2;
        this.clock = clock;
        this.populations = populations;
        this.answers = answers;
        this.rebuild = rebuild;
        this.publicSettings = publicSettings;
        this.publicFigures = publicFigures;
        this.problems = problems;
    }

    @GetMapping("/statistics/admin")
    String page(Model model) {
        return page(model, FormErrors.NONE, FormErrors.NONE, null);
    }

    private String page(Model model, FormErrors populationErrors, FormErrors answerErrors,
                        PopulationService.ImportReport report) {
        if (!model.containsAttribute("publicErrors")) {
            model.addAttribute("publicErrors", FormErrors.NONE);
        }
        model.addAttribute("dhis2Default", dhis2.defaultMapping());
        PublicSettings.Settings settings = publicSettings.current();
        model.addAttribute("publicSettings", settings);
        model.addAttribute("publicNext", settings.nextAfter(clock.instant()));
        model.addAttribute("publicLatest", publicFigures.latest().map(s -> java.time.OffsetDateTime.parse(
                s.computedAt())).orElse(null));
        model.addAttribute("tables", populations.tables());
        model.addAttribute("answers", answers.history());
        model.addAttribute("policyIndicators", PolicyAnswers.INDICATORS.stream()
                .map(n -> Indicator.byNumber(n).orElseThrow()).toList());
        model.addAttribute("answerChoices", PolicyAnswer.ANSWERS);
        model.addAttribute("rebuild", rebuild.status());
        model.addAttribute("populationErrors", populationErrors);
        model.addAttribute("answerErrors", answerErrors);
        model.addAttribute("report", report);
        return "statistics/admin";
    }

    @PostMapping("/statistics/admin/population")
    String importPopulation(Actor actor, @RequestParam(required = false) String name,
                            @RequestParam(required = false) String year, @RequestParam(required = false) String source,
                            @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                            RedirectAttributes flash) throws IOException {
        try {
            FieldProblems fieldProblems = new FieldProblems();
            Integer referenceYear = null;
            if (year != null && !year.isBlank()) {
                try {
                    referenceYear = Integer.valueOf(year.strip());
                } catch (NumberFormatException malformed) {
                    fieldProblems.add("year", "OUT_OF_RANGE", 1990, 2100);
                }
            }
            if (file == null || file.isEmpty()) {
                fieldProblems.add("file", "REQUIRED");
            }
            fieldProblems.throwIfAny();
            try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                PopulationService.ImportReport report = populations.importCsv(actor, name, referenceYear, source, csv);
                if (!report.imported()) {
                    return page(model, FormErrors.NONE, FormErrors.NONE, report);
                }
                flash.addFlashAttribute("imported", report.table());
                return "redirect:/statistics/admin";
            }
        } catch (KomarException invalid) {
            return page(model, FormErrors.of(invalid, problems, locale), FormErrors.NONE, null);
        }
    }

    @PostMapping("/statistics/admin/population/{id}/retire")
    String retire(Actor actor, @PathVariable String id) {
        UUID table;
        try {
            table = UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw KomarException.notFound("POPULATION_NOT_FOUND");
        }
        populations.retire(actor, table);
        return "redirect:/statistics/admin";
    }

    @PostMapping("/statistics/admin/policy")
    String answer(Actor actor, @RequestParam(required = false) Integer indicator,
                  @RequestParam(required = false) String answer, @RequestParam(required = false) String evidence,
                  @RequestParam(required = false) String effectiveFrom, Model model, Locale locale,
                  RedirectAttributes flash) {
        try {
            LocalDate from = null;
            if (effectiveFrom != null && !effectiveFrom.isBlank()) {
                try {
                    from = LocalDate.parse(effectiveFrom.strip());
                } catch (DateTimeParseException malformed) {
                    FieldProblems malformedDate = new FieldProblems();
                    malformedDate.add("effectiveFrom", "MALFORMED_DATE", effectiveFrom);
                    malformedDate.throwIfAny();
                }
            }
            answers.record(actor, indicator, answer, evidence, from);
            flash.addFlashAttribute("answered", indicator);
            return "redirect:/statistics/admin";
        } catch (KomarException invalid) {
            return page(model, FormErrors.NONE, FormErrors.of(invalid, problems, locale), null);
        }
    }

    @PostMapping("/statistics/admin/public")
    String publicSettings(Actor actor, @RequestParam(required = false) String threshold,
                          @RequestParam(required = false) String schedule, @RequestParam(required = false) String years,
                          Model model, Locale locale, RedirectAttributes flash) {
        try {
            publicSettings.update(actor, threshold, schedule, years);
            flash.addFlashAttribute("publicSaved", true);
            return "redirect:/statistics/admin";
        } catch (KomarException invalid) {
            model.addAttribute("publicErrors", FormErrors.of(invalid, problems, locale));
            return page(model, FormErrors.NONE, FormErrors.NONE, null);
        }
    }

    @PostMapping("/statistics/admin/public/recompute")
    String recomputePublic(Actor actor, RedirectAttributes flash) {
        publicFigures.recompute(actor);
        flash.addFlashAttribute("publicRecomputed", true);
        return "redirect:/statistics/admin";
    }

    @PostMapping("/statistics/admin/rebuild")
    String rebuild(Actor actor, RedirectAttributes flash) {
        rebuild.start(actor);
        flash.addFlashAttribute("rebuildStarted", true);
        return "redirect:/statistics/admin";
    }
}
