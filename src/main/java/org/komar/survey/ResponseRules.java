package org.komar.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.komar.shared.FieldProblems;
import org.komar.survey.ResponseSubmission.Answer;

/**
 * The limits a response must respect, checked before anything is stored: a known respondent group; each question
 * answered at most once; options that belong to the question, each chosen once; one choice for single-choice and
 * yes/no questions, at most N for "select up to N"; a text for a chosen "other" option and none without it; the
 * length of texts; every required question answered. A problem names its question ({@code answers.<questionId>}),
 * so forms can show it beside the question. Pure: no I/O.
 */
final class ResponseRules {

    static final int MAX_TEXT = 2000;
    static final int MAX_OTHER = 500;

    /** A response that passed the rules: one row per chosen option or text. */
    record Valid(String group, String language, List<Row> rows) {
    }

    /** {@code optionId} null for a free-text answer; {@code text} set for free text and "other". */
    record Row(UUID questionId, UUID optionId, String text) {
    }

    private ResponseRules() {
    }

    static Valid check(Survey survey, ResponseSubmission submission) {
        FieldProblems problems = new FieldProblems();
        String group = submission == null || submission.group() == null ? null : submission.group().strip();
        if (group == null || group.isEmpty()) {
            problems.add("group", "SURVEY_GROUP_CHOICE_REQUIRED");
        } else if (!survey.hasGroup(group)) {
            problems.add("group", "SURVEY_UNKNOWN_GROUP", group);
        }
        String language = submission == null || submission.language() == null ? "km" : submission.language().strip();
        if (!"km".equals(language) && !"en".equals(language)) {
            problems.add("language", "UNKNOWN_CHOICE", language, "km, en");
        }
        List<Answer> answers = submission == null || submission.answers() == null ? List.of()
                : submission.answers();
        List<Row> rows = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            Survey.Question question = answer == null ? null : question(survey, answer.question());
            if (question == null) {
                problems.add("answers[" + i + "].question", "SURVEY_UNKNOWN_QUESTION",
                        answer == null ? "" : String.valueOf(answer.question()));
                continue;
            }
            if (!answered.add(question.id())) {
                problems.add(field(question), "SURVEY_QUESTION_ANSWERED_TWICE");
                continue;
            }
            List<Row> answerRows = question.kind() == QuestionKind.TEXT ? text(question, answer, problems)
                    : choices(question, answer, problems);
            if (answerRows.isEmpty()) {
                answered.remove(question.id());
            }
            rows.addAll(answerRows);
        }
        for (Survey.Question question : survey.questions()) {
            if (question.required() && !answered.contains(question.id())) {
                problems.add(field(question), "SURVEY_ANSWER_REQUIRED");
            }
        }
        problems.throwIfAny();
        return new Valid(group, language, rows);
    }

    private static List<Row> text(Survey.Question question, Answer answer, FieldProblems problems) {
        if (answer.options() != null && !answer.options().isEmpty()) {
            problems.add(field(question), "SURVEY_OPTIONS_NOT_ALLOWED");
        }
        String text = blankToNull(answer.text());
        if (text == null) {
            return List.of();
        }
        if (text.length() > MAX_TEXT) {
            problems.add(field(question), "TEXT_TOO_LONG", MAX_TEXT);
        }
        return List.of(new Row(question.id(), null, text));
    }

    private static List<Row> choices(Survey.Question question, Answer answer, FieldProblems problems) {
        Set<Survey.Option> chosen = new LinkedHashSet<>();
        for (String optionId : answer.options() == null ? List.<String>of() : answer.options()) {
            Survey.Option option = option(question, optionId);
            if (option == null) {
                problems.add(field(question), "SURVEY_UNKNOWN_OPTION", String.valueOf(optionId));
            } else if (!chosen.add(option)) {
                problems.add(field(question), "SURVEY_DUPLICATE_CHOICE");
            }
        }
        if (chosen.size() > question.limit()) {
            if (question.kind() == QuestionKind.MULTIPLE) {
                problems.add(field(question), "SURVEY_TOO_MANY_CHOICES", question.limit());
            } else {
                problems.add(field(question), "SURVEY_ONE_CHOICE_ONLY");
            }
        }
        if (blankToNull(answer.text()) != null) {
            problems.add(field(question), "SURVEY_TEXT_NOT_ALLOWED");
        }
        String other = blankToNull(answer.other());
        boolean otherChosen = chosen.stream().anyMatch(Survey.Option::other);
        if (otherChosen && other == null) {
            problems.add(field(question), "SURVEY_OTHER_TEXT_REQUIRED");
        } else if (!otherChosen && other != null) {
            problems.add(field(question), "SURVEY_OTHER_NOT_CHOSEN");
        } else if (other != null && other.length() > MAX_OTHER) {
            problems.add(field(question), "TEXT_TOO_LONG", MAX_OTHER);
        }
        return chosen.stream().map(option -> new Row(question.id(), option.id(), option.other() ? other : null))
                .toList();
    }

    static String field(Survey.Question question) {
        return "answers." + question.id();
    }

    private static Survey.Question question(Survey survey, String id) {
        UUID uuid = uuid(id);
        return uuid == null ? null : survey.question(uuid).orElse(null);
    }

    private static Survey.Option option(Survey.Question question, String id) {
        UUID uuid = uuid(id);
        return uuid == null ? null : question.option(uuid).orElse(null);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
