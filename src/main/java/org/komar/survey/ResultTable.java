package org.komar.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the result tables from counts the database aggregated: per question, per option, the number of
 * respondents of each group who chose it and the total, options ordered by total (ties keep the survey's order).
 * Every group appears in every count, with zero where nobody of that group chose the option. Pure: no I/O.
 */
final class ResultTable {

    /** How many respondents of {@code group} chose {@code optionId} of a question. */
    record Count(UUID questionId, UUID optionId, String group, int count) {
    }

    /** How many respondents of {@code group} answered a question at all (once, however many options they chose). */
    record Answered(UUID questionId, String group, int count) {
    }

    /** A free text, or the text of an "other" option ({@code optionId} set). */
    record Text(UUID questionId, UUID optionId, String text) {
    }

    private ResultTable() {
    }

    static SurveyResults build(Survey survey, Map<String, Integer> respondentsByGroup, List<Count> counts,
                               List<Answered> answered, List<Text> texts) {
        List<String> groups = survey.groups().stream().map(Survey.Group::code).toList();
        Map<String, Integer> respondents = perGroup(groups);
        respondentsByGroup.forEach((group, n) -> respondents.computeIfPresent(group, (g, zero) -> n));
        Map<UUID, Map<String, Integer>> byOption = new HashMap<>();
        Map<UUID, Map<String, Integer>> answeredByQuestion = new HashMap<>();
        for (Count count : counts) {
            if (!respondents.containsKey(count.group())) {
                continue;
            }
            byOption.computeIfAbsent(count.optionId(), id -> perGroup(groups))
                    .merge(count.group(), count.count(), Integer::sum);
        }
        for (Answered count : answered) {
            answeredByQuestion.computeIfAbsent(count.questionId(), id -> perGroup(groups))
                    .computeIfPresent(count.group(), (g, zero) -> count.count());
        }
        List<SurveyResults.QuestionResult> questions = new ArrayList<>();
        for (Survey.Question question : survey.questions()) {
            List<SurveyResults.OptionResult> options = new ArrayList<>();
            for (Survey.Option option : question.options()) {
                Map<String, Integer> optionCounts = byOption.getOrDefault(option.id(), perGroup(groups));
                int total = optionCounts.values().stream().mapToInt(Integer::intValue).sum();
                options.add(new SurveyResults.OptionResult(option.label(), optionCounts, total,
                        option.id().toString(), option.other(), option.other() ? texts(texts, question, option)
                        : List.of()));
            }
            options.sort(Comparator.comparingInt(SurveyResults.OptionResult::total).reversed());
            questions.add(new SurveyResults.QuestionResult(question.id().toString(), options, question.number(),
                    question.kind(), question.text(),
                    answeredByQuestion.getOrDefault(question.id(), perGroup(groups)),
                    question.kind() == QuestionKind.TEXT ? texts(texts, question, null) : List.of()));
        }
        Map<String, org.komar.shared.Bilingual> labels = new LinkedHashMap<>();
        survey.groups().forEach(group -> labels.put(group.code(), group.label()));
        int total = respondents.values().stream().mapToInt(Integer::intValue).sum();
        return new SurveyResults(survey.id().toString(), groups, respondents, questions, survey.title(), labels,
                total);
    }

    private static List<String> texts(List<Text> texts, Survey.Question question, Survey.Option option) {
        return texts.stream().filter(text -> text.questionId().equals(question.id())
                        && (option == null ? text.optionId() == null : option.id().equals(text.optionId())))
                .map(Text::text).toList();
    }

    private static Map<String, Integer> perGroup(List<String> groups) {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        groups.forEach(group -> zeros.put(group, 0));
        return zeros;
    }
}
