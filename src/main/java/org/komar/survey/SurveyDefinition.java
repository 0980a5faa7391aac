package org.komar.survey;

import java.util.List;

import org.komar.shared.Bilingual;

/**
 * What an organiser sends to create a survey (the body of {@code POST /api/v1/surveys}, documented in
 * {@code docs/api.md}). {@code status} is {@code DRAFT} (the default: questions can still be added) or {@code OPEN}.
 */
public record SurveyDefinition(Bilingual title, Bilingual description, List<GroupDefinition> groups,
                               List<QuestionDefinition> questions, String status) {

    public record GroupDefinition(String code, Bilingual label) {
    }

    /** {@code kind} is a {@link QuestionKind} name; {@code maxChoices} only for {@code MULTIPLE}. */
    public record QuestionDefinition(String kind, Bilingual text, Boolean required, Integer maxChoices,
                                     List<OptionDefinition> options) {
    }

    public record OptionDefinition(Bilingual label, Boolean other) {
    }
}
