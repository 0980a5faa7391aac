package org.komar.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.komar.survey.SurveyExamples.choose;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.shared.FieldProblem;
import org.komar.shared.KomarException;

class ResponseRulesTest {

    private final SurveyExamples ex = new SurveyExamples();

    @Test
    void choosing_up_to_the_limit_is_accepted_and_gives_one_row_per_option() {
        ResponseRules.Valid valid = ResponseRules.check(ex.survey, new ResponseSubmission("ORG", "km",
                List.of(choose(ex.priorities, ex.diversion, ex.courts))));

        assertThat(valid.group()).isEqualTo("ORG");
        assertThat(valid.rows()).extracting(ResponseRules.Row::optionId)
                .containsExactly(ex.diversion.id(), ex.courts.id());
    }

    @Test
    void choosing_one_more_than_select_up_to_two_is_refused_with_the_limit_in_the_message() {
        assertThat(problems(new ResponseSubmission("ORG", "en",
                List.of(choose(ex.priorities, ex.diversion, ex.courts, ex.detention)))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("answers." + ex.priorities.id());
                    assertThat(problem.code()).isEqualTo("SURVEY_TOO_MANY_CHOICES");
                    assertThat(problem.args()).containsExactly(2);
                });
    }

    @Test
    void a_single_choice_or_yes_no_question_takes_one_option_only() {
        assertThat(problems(new ResponseSubmission("ORG", "en", List.of(choose(ex.priorities, ex.courts),
                choose(ex.frequency, ex.single1, ex.single2), choose(ex.member, ex.yes, ex.no)))))
                .extracting(FieldProblem::code).containsExactly("SURVEY_ONE_CHOICE_ONLY", "SURVEY_ONE_CHOICE_ONLY");
    }

    @Test
    void other_needs_its_text_and_a_text_needs_other_to_be_chosen() {
        assertThat(problems(new ResponseSubmission("ORG", "en", List.of(choose(ex.priorities, ex.other)))))
                .extracting(FieldProblem::code).containsExactly("SURVEY_OTHER_TEXT_REQUIRED");
        assertThat(problems(new ResponseSubmission("ORG", "en", List.of(new ResponseSubmission.Answer(
                ex.priorities.id().toString(), List.of(ex.courts.id().toString()), "Funding", null)))))
                .extracting(FieldProblem::code).containsExactly("SURVEY_OTHER_NOT_CHOSEN");

        ResponseRules.Valid valid = ResponseRules.check(ex.survey, new ResponseSubmission("ORG", "en",
                List.of(new ResponseSubmission.Answer(ex.priorities.id().toString(),
                        List.of(ex.other.id().toString()), "  Funding for legal aid ", null))));
        assertThat(valid.rows()).singleElement().extracting(ResponseRules.Row::text).isEqualTo("Funding for legal aid");
    }

    @Test
    void a_required_question_left_unanswered_is_named() {
        assertThat(problems(new ResponseSubmission("CYN", "km", List.of(choose(ex.member, ex.yes)))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("answers." + ex.priorities.id());
                    assertThat(problem.code()).isEqualTo("SURVEY_ANSWER_REQUIRED");
                });
    }

    @Test
    void the_group_must_be_one_of_the_survey() {
        assertThat(problems(new ResponseSubmission("POLICE", "km", List.of(choose(ex.priorities, ex.courts)))))
                .extracting(FieldProblem::code).containsExactly("SURVEY_UNKNOWN_GROUP");
        assertThat(problems(new ResponseSubmission(null, "km", List.of(choose(ex.priorities, ex.courts)))))
                .extracting(FieldProblem::code).containsExactly("SURVEY_GROUP_CHOICE_REQUIRED");
    }

    @Test
    void options_of_another_question_unknown_questions_and_duplicates_are_refused() {
        assertThat(problems(new ResponseSubmission("ORG", "en", List.of(choose(ex.priorities, ex.single1)))))
                .extracting(FieldProblem::code).contains("SURVEY_UNKNOWN_OPTION");
        assertThat(problems(new ResponseSubmission("ORG", "en", List.of(choose(ex.priorities, ex.courts, ex.courts)))))
                .extracting(FieldProblem::code).containsExactly("SURVEY_DUPLICATE_CHOICE");
        assertThat(problems(new ResponseSubmission("ORG", "en", List.of(choose(ex.priorities, ex.courts),
                choose(ex.priorities, ex.diversion)))))
                .extracting(FieldProblem::code).containsExactly("SURVEY_QUESTION_ANSWERED_TWICE");
        assertThat(problems(new ResponseSubmission("ORG", "en", List.of(choose(ex.priorities, ex.courts),
                new ResponseSubmission.Answer("not-a-question", List.of(), null, "x")))))
                .extracting(FieldProblem::code).containsExactly("SURVEY_UNKNOWN_QUESTION");
    }

    @Test
    void free_text_has_a_length_limit() {
        String tooLong = "ក".repeat(ResponseRules.MAX_TEXT + 1);
        assertThat(problems(new ResponseSubmission("ORG", "km", List.of(choose(ex.priorities, ex.courts),
                new ResponseSubmission.Answer(ex.comments.id().toString(), null, null, tooLong)))))
                .extracting(FieldProblem::code).containsExactly("TEXT_TOO_LONG");
    }

    private List<FieldProblem> problems(ResponseSubmission submission) {
        try {
            ResponseRules.check(ex.survey, submission);
        } catch (KomarException refused) {
            assertThat(refused.status()).isEqualTo(400);
            return refused.fieldProblems();
        }
        throw new AssertionError("the response was accepted");
    }

    @Test
    void nothing_is_accepted_without_a_body() {
        assertThatThrownBy(() -> ResponseRules.check(ex.survey, null)).isInstanceOf(KomarException.class);
    }
}
