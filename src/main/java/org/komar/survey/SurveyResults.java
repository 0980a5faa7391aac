package org.komar.survey;

import java.util.List;
import java.util.Map;

import org.komar.shared.Bilingual;

/**
 * The result tables of a survey, in the shape of {@code GET /api/v1/surveys/{id}/results} (ARCHITECTURE.md):
 * {@code survey}, {@code groups}, {@code respondents} per group and, per question, each option's counts per group
 * and total, options ordered by total (highest first). The other fields are additions: the survey's title, the
 * groups' labels, each question's number, kind and text, how many answered it per group, and the texts given for
 * free-text questions and "other" options.
 */
public record SurveyResults(String survey, List<String> groups, Map<String, Integer> respondents,
                            List<QuestionResult> questions, Bilingual title, Map<String, Bilingual> groupLabels,
                            int total) {

    public record QuestionResult(String id, List<OptionResult> options, int number, QuestionKind kind,
                                 Bilingual text, Map<String, Integer> answered, List<String> texts) {
    }

    public record OptionResult(Bilingual label, Map<String, Integer> counts, int total, String id, boolean other,
                               List<String> texts) {
    }
}
