package org.komar.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * Reads the answers of the HTML survey form: per question {@code q.<id>} (the chosen option ids), {@code
 * other.<id>} (the text of an "other" option) and {@code text.<id>} (free text), and the respondent group.
 */
final class SurveyForms {

    private SurveyForms() {
    }

    static ResponseSubmission submission(Survey survey, MultiValueMap<String, String> form, Locale locale) {
        List<ResponseSubmission.Answer> answers = new ArrayList<>();
        for (Survey.Question question : survey.questions()) {
            String id = question.id().toString();
            List<String> options = form.getOrDefault("q." + id, List.of()).stream()
                    .filter(value -> value != null && !value.isBlank()).toList();
            String other = form.getFirst("other." + id);
            String text = form.getFirst("text." + id);
            boolean answered = !options.isEmpty() || !blank(other) || !blank(text);
            if (answered) {
                answers.add(new ResponseSubmission.Answer(id, options, blank(other) ? null : other,
                        blank(text) ? null : text));
            }
        }
        return new ResponseSubmission(form.getFirst("group"), "km".equals(locale.getLanguage()) ? "km" : "en",
                answers);
    }

    /** The values the person entered, to fill the form again after an error. */
    static Map<String, List<String>> values(MultiValueMap<String, String> form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        form.forEach((key, list) -> values.put(key, list == null ? List.of() : List.copyOf(list)));
        return values;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
