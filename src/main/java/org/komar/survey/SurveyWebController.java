package org.komar.survey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.shared.Bilingual;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.komar.survey.SurveyDefinition.GroupDefinition;
import org.komar.survey.SurveyDefinition.OptionDefinition;
import org.komar.survey.SurveyDefinition.QuestionDefinition;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The organisers' pages: their surveys, building a draft, opening and closing, the result tables and downloads. */
@Controller
class SurveyWebController {

    static final int GROUP_ROWS = 4;
    static final int OPTION_ROWS = 10;

    private final SurveyService surveys;
    private final ResultExports exports;
    private final Problems problems;

    SurveyWebController(SurveyService surveys, ResultExports exports, Problems problems) {
        this.surveys = surveys;
        this.exports = exports;
        this.problems = problems;
    }

    @GetMapping("/surveys")
    String list(Actor actor, Model model) {
        model.addAttribute("surveys", surveys.list(actor));
        return "survey/list";
    }

    @GetMapping("/surveys/new")
    String newSurvey(Actor actor, Model model) {
        actor.require(Permission.NETWORK_COORDINATE);
        return newPage(model, null, FormErrors.NONE);
    }

    @PostMapping("/surveys")
    String create(Actor actor, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        List<GroupDefinition> groups = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<String> en = form.getOrDefault("groupEn", List.of());
        List<String> km = form.getOrDefault("groupKm", List.of());
        for (int i = 0; i < Math.max(en.size(), km.size()); i++) {
            String labelEn = i < en.size() ? en.get(i) : null;
            String labelKm = i < km.size() ? km.get(i) : null;
            if (blank(labelEn) && blank(labelKm)) {
                continue;
            }
            groups.add(new GroupDefinition(code(labelEn, codes), Bilingual.of(labelEn, labelKm)));
        }
        SurveyDefinition definition = new SurveyDefinition(
                Bilingual.of(form.getFirst("titleEn"), form.getFirst("titleKm")),
                Bilingual.of(form.getFirst("descriptionEn"), form.getFirst("descriptionKm")), groups, List.of(),
                "DRAFT");
        try {
            Survey survey = surveys.create(actor, definition);
            return "redirect:/surveys/" + survey.id();
        } catch (KomarException invalid) {
            return newPage(model, SurveyForms.values(form), FormErrors.of(invalid, problems, locale));
        }
    }

    @GetMapping("/surveys/{id}")
    String page(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
        return surveyPage(actor, surveys.read(actor, SurveyId.parse(id)), null, FormErrors.NONE, model, request);
    }

    @PostMapping("/surveys/{id}/questions")
    String addQuestion(Actor actor, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                       Model model, Locale locale, HttpServletRequest request, RedirectAttributes flash) {
        SurveyId surveyId = SurveyId.parse(id);
        List<OptionDefinition> options = new ArrayList<>();
        List<String> en = form.getOrDefault("optionEn", List.of());
        List<String> km = form.getOrDefault("optionKm", List.of());
        for (int i = 0; i < Math.max(en.size(), km.size()); i++) {
            String labelEn = i < en.size() ? en.get(i) : null;
            String labelKm = i < km.size() ? km.get(i) : null;
            if (!blank(labelEn) || !blank(labelKm)) {
                options.add(new OptionDefinition(Bilingual.of(labelEn, labelKm), false));
            }
        }
        if ("true".equals(form.getFirst("other"))) {
            options.add(new OptionDefinition(Bilingual.of(form.getFirst("otherEn"), form.getFirst("otherKm")), true));
        }
        String kind = form.getFirst("kind");
        Integer max = null;
        if ("MULTIPLE".equals(kind) && !blank(form.getFirst("maxChoices"))) {
            try {
                max = Integer.valueOf(form.getFirst("maxChoices").strip());
            } catch (NumberFormatException notANumber) {
                max = -1;
            }
        }
        boolean choice = "SINGLE".equals(kind) || "MULTIPLE".equals(kind);
        QuestionDefinition question = new QuestionDefinition(kind,
                Bilingual.of(form.getFirst("textEn"), form.getFirst("textKm")),
                "true".equals(form.getFirst("required")), max, choice ? options : List.of());
        try {
            surveys.addQuestion(actor, surveyId, version(form.getFirst("version")), question);
            flash.addFlashAttribute("added", true);
            return "redirect:/surveys/" + surveyId + "#add";
        } catch (KomarException invalid) {
            return surveyPage(actor, surveys.read(actor, surveyId), SurveyForms.values(form),
                    FormErrors.of(invalid, problems, locale), model, request);
        }
    }

    @PostMapping("/surveys/{id}/questions/{questionId}/delete")
    String removeQuestion(Actor actor, @PathVariable String id, @PathVariable String questionId,
                          @RequestParam(required = false) String version) {
        SurveyId surveyId = SurveyId.parse(id);
        UUID question;
        try {
            question = UUID.fromString(questionId);
        } catch (IllegalArgumentException malformed) {
            throw KomarException.notFound("SURVEY_QUESTION_NOT_FOUND");
        }
        surveys.removeQuestion(actor, surveyId, version(version), question);
        return "redirect:/surveys/" + surveyId;
    }

    @PostMapping("/surveys/{id}/open")
    String open(Actor actor, @PathVariable String id, @RequestParam(required = false) String version) {
        SurveyId surveyId = SurveyId.parse(id);
        surveys.open(actor, surveyId, version(version));
        return "redirect:/surveys/" + surveyId;
    }

    @PostMapping("/surveys/{id}/close")
    String close(Actor actor, @PathVariable String id, @RequestParam(required = false) String version) {
        SurveyId surveyId = SurveyId.parse(id);
        surveys.close(actor, surveyId, version(version));
        return "redirect:/surveys/" + surveyId;
    }

    @GetMapping("/surveys/{id}/results")
    String results(Actor actor, @PathVariable String id, Model model, Locale locale) {
        SurveyId surveyId = SurveyId.parse(id);
        SurveyResults results = surveys.results(actor, surveyId);
        model.addAttribute("survey", surveys.read(actor, surveyId));
        model.addAttribute("results", results);
        model.addAttribute("charts", ResultCharts.of(results, locale));
        return "survey/results";
    }

    @GetMapping("/surveys/{id}/results.csv")
    ResponseEntity<byte[]> csv(Actor actor, @PathVariable String id, Locale locale) {
        SurveyResults results = surveys.export(actor, SurveyId.parse(id), "CSV");
        return download(exports.csv(results, locale), "text/csv;charset=UTF-8", "survey-results.csv");
    }

    @GetMapping("/surveys/{id}/results.xlsx")
    ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable String id, Locale locale) {
        SurveyResults results = surveys.export(actor, SurveyId.parse(id), "XLSX");
        return download(exports.xlsx(results, locale),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "survey-results.xlsx");
    }

    private String surveyPage(Actor actor, Survey survey, Object values, FormErrors errors, Model model,
                              HttpServletRequest request) {
        model.addAttribute("survey", survey);
        model.addAttribute("link", ServletUriComponentsBuilder.fromContextPath(request)
                .path(PublicSurveyController.linkPath(survey.linkToken())).build().toUriString());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("optionRows", OPTION_ROWS);
        model.addAttribute("errors", errors);
        if (values != null) {
            model.addAttribute("values", values);
        }
        return "survey/page";
    }

    private String newPage(Model model, Object values, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("groupRows", GROUP_ROWS);
        model.addAttribute("values", values == null ? java.util.Map.of() : values);
        return "survey/new";
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** A group code from its English label (ORGANISATIONS, CHILD_AND_YOUTH_LED_NETWORKS), unique in the survey. */
    static String code(String english, Set<String> taken) {
        String base = english == null ? "" : english.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "GROUP" + (base.isEmpty() ? "" : "_" + base);
        }
        base = base.length() > 36 ? base.substring(0, 36) : base;
        String code = base;
        for (int n = 2; !taken.add(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException missing) {
            throw KomarException.conflict("STALE_SURVEY");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
