package org.komar.survey;

import java.util.List;

/**
 * One respondent's answers (the body of {@code POST /api/v1/surveys/{id}/responses}, documented in
 * {@code docs/api.md}): the respondent group's code, the language they answered in ({@code km} or {@code en}), and
 * per question the ids of the chosen options, the text of an "other" option, or a free text.
 */
public record ResponseSubmission(String group, String language, List<Answer> answers) {

    public record Answer(String question, List<String> options, String other, String text) {
    }
}
