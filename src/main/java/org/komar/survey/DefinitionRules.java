package org.komar.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.komar.shared.Bilingual;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.survey.SurveyDefinition.GroupDefinition;
import org.komar.survey.SurveyDefinition.OptionDefinition;
import org.komar.survey.SurveyDefinition.QuestionDefinition;

/**
 * What a survey definition must satisfy before anything is stored: every text in Khmer and English, groups with
 * distinct codes, choice questions with 2 to {@value #MAX_OPTIONS} options, at most one "other" option, and a
 * "select up to N" limit between 1 and the number of options. Pure: no I/O, so the limits have unit tests.
 */
final class DefinitionRules {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_QUESTION = 1000;
    static final int MAX_LABEL = 300;
    static final int MAX_OPTIONS = 50;
    static final int MAX_QUESTIONS = 100;
    static final int MAX_GROUPS = 20;
    private static final Pattern GROUP_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final Bilingual yes;
    private final Bilingual no;

    /** {@code yes} and {@code no} label the two options of every yes/no question. */
    DefinitionRules(Bilingual yes, Bilingual no) {
        this.yes = yes;
        this.no = no;
    }

    /** The groups, checked; problems are added under {@code groups[i]…}. */
    List<Survey.Group> groups(List<GroupDefinition> groups, FieldProblems problems) {
        List<Survey.Group> checked = new ArrayList<>();
        if (groups == null || groups.isEmpty()) {
            problems.add("groups", "SURVEY_GROUP_REQUIRED");
            return checked;
        }
        if (groups.size() > MAX_GROUPS) {
            problems.add("groups", "SURVEY_TOO_MANY_ITEMS", MAX_GROUPS);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupDefinition group = groups.get(i);
            String field = "groups[" + i + "]";
            if (group == null) {
                problems.add(field, "REQUIRED");
                continue;
            }
            String code = group.code() == null ? null : group.code().strip();
            if (code == null || !GROUP_CODE.matcher(code).matches()) {
                problems.add(field + ".code", "SURVEY_GROUP_CODE_INVALID");
            } else if (!codes.add(code)) {
                problems.add(field + ".code", "SURVEY_GROUP_CODE_TAKEN", code);
            }
            Bilingual label = bilingual(group.label());
            label.check(field + ".label", MAX_LABEL, problems);
            checked.add(new Survey.Group(code, label));
        }
        return checked;
    }

    void title(Bilingual title, Bilingual description, FieldProblems problems) {
        bilingual(title).check("title", MAX_TITLE, problems);
        Bilingual text = bilingual(description);
        if (!blank(text.en()) || !blank(text.km())) {
            text.check("description", MAX_DESCRIPTION, problems);
        }
    }

    /** The questions, checked and given ids, numbered from {@code firstNumber}. */
    List<Survey.Question> questions(List<QuestionDefinition> questions, int firstNumber, FieldProblems problems) {
        List<Survey.Question> checked = new ArrayList<>();
        List<QuestionDefinition> given = questions == null ? List.of() : questions;
        if (firstNumber - 1 + given.size() > MAX_QUESTIONS) {
            problems.add("questions", "SURVEY_TOO_MANY_ITEMS", MAX_QUESTIONS);
        }
        for (int i = 0; i < given.size(); i++) {
            Survey.Question question = question(given.get(i), firstNumber + i, "questions[" + i + "]", problems);
            if (question != null) {
                checked.add(question);
            }
        }
        return checked;
    }

    /** One question, or null when it is too broken to build (its problems are added under {@code field}). */
    Survey.Question question(QuestionDefinition definition, int number, String field, FieldProblems problems) {
        if (definition == null) {
            problems.add(field, "REQUIRED");
            return null;
        }
        QuestionKind kind = Enums.parse(QuestionKind.class, definition.kind(), field + ".kind", problems, true);
        Bilingual text = bilingual(definition.text());
        text.check(field + ".text", MAX_QUESTION, problems);
        if (kind == null) {
            return null;
        }
        List<OptionDefinition> given = definition.options() == null ? List.of() : definition.options();
        List<Survey.Option> options = switch (kind) {
            case YES_NO -> {
                if (!given.isEmpty()) {
                    problems.add(field + ".options", "SURVEY_OPTIONS_NOT_ALLOWED");
                }
                yield List.of(new Survey.Option(UUID.randomUUID(), 1, yes, false),
                        new Survey.Option(UUID.randomUUID(), 2, no, false));
            }
            case TEXT -> {
                if (!given.isEmpty()) {
                    problems.add(field + ".options", "SURVEY_OPTIONS_NOT_ALLOWED");
                }
                yield List.of();
            }
            default -> options(given, field, problems);
        };
        Integer maxChoices = definition.maxChoices();
        if (kind == QuestionKind.MULTIPLE) {
            if (maxChoices != null && (maxChoices < 1 || maxChoices > options.size())) {
                problems.add(field + ".maxChoices", "SURVEY_MAX_CHOICES_RANGE", Math.max(1, options.size()));
            }
        } else if (maxChoices != null) {
            problems.add(field + ".maxChoices", "SURVEY_MAX_CHOICES_NOT_ALLOWED");
            maxChoices = null;
        }
        return new Survey.Question(UUID.randomUUID(), number, kind, text,
                Boolean.TRUE.equals(definition.required()), maxChoices, options);
    }

    private static List<Survey.Option> options(List<OptionDefinition> given, String field, FieldProblems problems) {
        if (given.size() < 2 || given.size() > MAX_OPTIONS) {
            problems.add(field + ".options", "SURVEY_OPTION_COUNT", 2, MAX_OPTIONS);
        }
        List<Survey.Option> options = new ArrayList<>();
        int others = 0;
        for (int i = 0; i < given.size(); i++) {
            OptionDefinition option = given.get(i);
            String optionField = field + ".options[" + i + "]";
            if (option == null) {
                problems.add(optionField, "REQUIRED");
                continue;
            }
            Bilingual label = bilingual(option.label());
            label.check(optionField + ".label", MAX_LABEL, problems);
            boolean other = Boolean.TRUE.equals(option.other());
            if (other && ++others > 1) {
                problems.add(optionField + ".other", "SURVEY_ONE_OTHER_ONLY");
            }
            options.add(new Survey.Option(UUID.randomUUID(), i + 1, label, other));
        }
        return options;
    }

    private static Bilingual bilingual(Bilingual text) {
        return text == null ? new Bilingual(null, null) : Bilingual.of(text.en(), text.km());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
