package org.komar.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResultTableTest {

    private final SurveyExamples ex = new SurveyExamples();

    @Test
    void options_are_ordered_by_total_with_counts_for_every_group() {
        SurveyResults results = ResultTable.build(ex.survey, Map.of("ORG", 24, "CYN", 9), List.of(
                        count(ex.priorities, ex.diversion, "ORG", 3),
                        count(ex.priorities, ex.courts, "ORG", 19), count(ex.priorities, ex.courts, "CYN", 3),
                        count(ex.priorities, ex.detention, "CYN", 8)),
                List.of(), List.of());

        assertThat(results.groups()).containsExactly("ORG", "CYN");
        assertThat(results.respondents()).containsExactly(Map.entry("ORG", 24), Map.entry("CYN", 9));
        assertThat(results.total()).isEqualTo(33);
        SurveyResults.QuestionResult priorities = results.questions().get(0);
        assertThat(priorities.id()).isEqualTo(ex.priorities.id().toString());
        assertThat(priorities.options()).extracting(option -> option.label().en())
                .containsExactly("Children's courts", "Detention conditions", "Diversion", "Other");
        assertThat(priorities.options()).extracting(SurveyResults.OptionResult::total).containsExactly(22, 8, 3, 0);
        assertThat(priorities.options().get(0).counts()).containsExactly(Map.entry("ORG", 19), Map.entry("CYN", 3));
        assertThat(priorities.options().get(1).counts()).containsExactly(Map.entry("ORG", 0), Map.entry("CYN", 8));
    }

    @Test
    void ties_keep_the_order_the_organiser_gave() {
        SurveyResults results = ResultTable.build(ex.survey, Map.of("ORG", 2), List.of(
                count(ex.frequency, ex.single2, "ORG", 1), count(ex.frequency, ex.single1, "ORG", 1)),
                List.of(), List.of());
        assertThat(results.questions().get(1).options()).extracting(option -> option.label().en())
                .containsExactly("Monthly", "Quarterly");
    }

    @Test
    void groups_nobody_answered_for_show_zero_and_unknown_groups_are_ignored() {
        SurveyResults results = ResultTable.build(ex.survey, Map.of("ORG", 1, "RETIRED", 4),
                List.of(count(ex.member, ex.yes, "RETIRED", 4), count(ex.member, ex.yes, "ORG", 1)),
                List.of(new ResultTable.Answered(ex.member.id(), "ORG", 1)), List.of());
        assertThat(results.respondents()).containsExactly(Map.entry("ORG", 1), Map.entry("CYN", 0));
        SurveyResults.QuestionResult member = results.questions().get(2);
        assertThat(member.options().get(0).total()).isEqualTo(1);
        assertThat(member.answered()).containsExactly(Map.entry("ORG", 1), Map.entry("CYN", 0));
    }

    @Test
    void free_texts_and_other_texts_are_listed_under_their_question_and_option() {
        SurveyResults results = ResultTable.build(ex.survey, Map.of("ORG", 2), List.of(), List.of(),
                List.of(new ResultTable.Text(ex.comments.id(), null, "More training in provinces"),
                        new ResultTable.Text(ex.priorities.id(), ex.other.id(), "Funding")));
        assertThat(results.questions().get(3).texts()).containsExactly("More training in provinces");
        assertThat(results.questions().get(0).options()).filteredOn(SurveyResults.OptionResult::other)
                .singleElement().extracting(SurveyResults.OptionResult::texts).asList().containsExactly("Funding");
    }

    private static ResultTable.Count count(Survey.Question question, Survey.Option option, String group, int n) {
        return new ResultTable.Count(question.id(), option.id(), group, n);
    }
}
