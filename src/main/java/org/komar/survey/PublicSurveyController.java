package org.komar.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The respondent's side, without an account: the form behind a shared link and the private receipt page showing
 * the respondent's own answers. Nothing else of Komar is reachable from here; the web chain still requires the
 * CSRF token on the form.
 */
@Controller
class PublicSurveyController {

    private final SurveyService surveys;
    private final Problems problems;

    PublicSurveyController(SurveyService surveys, Problems problems) {
        this.surveys = surveys;
        this.problems = problems;
    }

    static String linkPath(String token) {
        return "/public/surveys/" + token;
    }

    static String receiptPath(String receipt) {
        return "/public/surveys/responses/" + receipt;
    }

    @GetMapping("/public/surveys/{token}")
    String form(@PathVariable String token, Model model) {
        return page(surveys.formByLink(token), token, Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/public/surveys/{token}")
    String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
                  Locale locale) {
        Survey survey = surveys.formByLink(token);
        try {
            SurveyService.Submitted submitted = surveys.submitByLink(token,
                    SurveyForms.submission(survey, form, locale));
            return "redirect:" + receiptPath(submitted.receipt()) + "?new";
        } catch (KomarException invalid) {
            return page(survey, token, SurveyForms.values(form), FormErrors.of(invalid, problems, locale), model);
        }
    }

    @GetMapping("/public/surveys/responses/{receipt}")
    String receipt(@PathVariable String receipt, @RequestParam(name = "new", required = false) String fresh,
                   Model model) {
        model.addAttribute("receipt", surveys.receipt(receipt));
        model.addAttribute("fresh", fresh != null);
        return "survey/receipt";
    }

    private static String page(Survey survey, String token, Map<String, List<String>> values, FormErrors errors,
                               Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("token", token);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "survey/respond";
    }
}
