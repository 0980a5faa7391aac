package org.komar.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.shared.Bilingual;
import org.komar.shared.FieldProblem;
import org.komar.shared.FieldProblems;
import org.komar.survey.SurveyDefinition.OptionDefinition;
import org.komar.survey.SurveyDefinition.QuestionDefinition;

class DefinitionRulesTest {

    private final DefinitionRules rules = new DefinitionRules(SurveyExamples.YES, SurveyExamples.NO);

    @Test
    void a_multiple_choice_question_with_select_up_to_two_of_three_is_built_with_ids() {
        FieldProblems problems = new FieldProblems();
        Survey.Question question = rules.question(new QuestionDefinition("MULTIPLE", text("Priorities", "អាទិភាព"),
                true, 2, List.of(option("A", "ក", false), option("B", "ខ", false), option("Other", "ផ្សេងៗ", true))),
                1, "q", problems);

        assertThat(problems.list()).isEmpty();
        assertThat(question.limit()).isEqualTo(2);
        assertThat(question.options()).extracting(Survey.Option::other).containsExactly(false, false, true);
        assertThat(question.options()).extracting(Survey.Option::id).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void select_up_to_must_lie_between_one_and_the_number_of_options() {
        assertThat(codes(new QuestionDefinition("MULTIPLE", text("Q", "ស"), false, 3,
                List.of(option("A", "ក", false), option("B", "ខ", false))))).containsExactly("SURVEY_MAX_CHOICES_RANGE");
        assertThat(codes(new QuestionDefinition("MULTIPLE", text("Q", "ស"), false, 0,
                List.of(option("A", "ក", false), option("B", "ខ", false))))).containsExactly("SURVEY_MAX_CHOICES_RANGE");
        assertThat(codes(new QuestionDefinition("SINGLE", text("Q", "ស"), false, 1,
                List.of(option("A", "ក", false), option("B", "ខ", false)))))
                .containsExactly("SURVEY_MAX_CHOICES_NOT_ALLOWED");
    }

    @Test
    void every_question_and_option_needs_both_languages() {
        FieldProblems problems = new FieldProblems();
        rules.question(new QuestionDefinition("SINGLE", text("Where?", " "), false, null,
                List.of(option("A", null, false), option("B", "ខ", false))), 1, "q", problems);

        assertThat(problems.list()).extracting(FieldProblem::field).containsExactly("q.text.km", "q.options[0].label.km");
    }

    @Test
    void a_yes_no_question_gets_its_two_labelled_options_and_takes_none_of_its_own() {
        FieldProblems problems = new FieldProblems();
        Survey.Question question = rules.question(new QuestionDefinition("YES_NO", text("Member?", "សមាជិក?"),
                false, null, null), 1, "q", problems);
        assertThat(question.options()).extracting(Survey.Option::label)
                .containsExactly(SurveyExamples.YES, SurveyExamples.NO);
        assertThat(codes(new QuestionDefinition("YES_NO", text("Q", "ស"), false, null,
                List.of(option("A", "ក", false))))).containsExactly("SURVEY_OPTIONS_NOT_ALLOWED");
    }

    @Test
    void choice_questions_need_two_options_and_one_other_at_most() {
        assertThat(codes(new QuestionDefinition("SINGLE", text("Q", "ស"), false, null,
                List.of(option("A", "ក", false))))).containsExactly("SURVEY_OPTION_COUNT");
        assertThat(codes(new QuestionDefinition("SINGLE", text("Q", "ស"), false, null,
                List.of(option("A", "ក", true), option("B", "ខ", true))))).containsExactly("SURVEY_ONE_OTHER_ONLY");
        assertThat(codes(new QuestionDefinition("RANKING", text("Q", "ស"), false, null, List.of())))
                .containsExactly("UNKNOWN_CHOICE");
    }

    @Test
    void groups_need_distinct_codes_and_both_labels() {
        FieldProblems problems = new FieldProblems();
        rules.groups(List.of(new SurveyDefinition.GroupDefinition("ORG", text("Organisations", "អង្គការ")),
                new SurveyDefinition.GroupDefinition("ORG", text("Others", "ផ្សេងទៀត")),
                new SurveyDefinition.GroupDefinition("bad code", text("X", null))), problems);
        assertThat(problems.list()).extracting(FieldProblem::code)
                .containsExactly("SURVEY_GROUP_CODE_TAKEN", "SURVEY_GROUP_CODE_INVALID", "REQUIRED");
        FieldProblems none = new FieldProblems();
        rules.groups(List.of(), none);
        assertThat(none.list()).extracting(FieldProblem::code).containsExactly("SURVEY_GROUP_REQUIRED");
    }

    private List<String> codes(QuestionDefinition definition) {
        FieldProblems problems = new FieldProblems();
        rules.question(definition, 1, "q", problems);
        return problems.list().stream().map(FieldProblem::code).toList();
    }

    private static Bilingual text(String en, String km) {
        return new Bilingual(en, km);
    }

    private static OptionDefinition option(String en, String km, boolean other) {
        return new OptionDefinition(new Bilingual(en, km), other);
    }
}
