package org.komar.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.shared.Json;

/**
 * The data of each question's chart (Chart.js: one bar per option, stacked by respondent group), as JSON for the
 * canvas's {@code data-chart} attribute; {@code /js/survey-charts.js} draws them (no inline script under the CSP).
 */
final class ResultCharts {

    private ResultCharts() {
    }

    /** Chart data by question id, for the questions that have options. */
    static Map<String, String> of(SurveyResults results, Locale locale) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (SurveyResults.QuestionResult question : results.questions()) {
            if (question.options().isEmpty()) {
                continue;
            }
            List<String> labels = question.options().stream().map(option -> option.label().in(locale)).toList();
            List<Map<String, Object>> datasets = new ArrayList<>();
            for (String group : results.groups()) {
                Map<String, Object> dataset = new LinkedHashMap<>();
                dataset.put("label", results.groupLabels().get(group).in(locale));
                dataset.put("data", question.options().stream().map(option -> option.counts().get(group)).toList());
                datasets.add(dataset);
            }
            charts.put(question.id(), Json.write(Map.of("labels", labels, "datasets", datasets)));
        }
        return charts;
    }
}
