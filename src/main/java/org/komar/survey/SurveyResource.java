package org.komar.survey;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.komar.shared.Bilingual;

/**
 * A survey as the API returns it. {@code link} (the path respondents answer at) is given to organisers only; other
 * signed-in clients read an open survey's form to answer it.
 */
@Schema(description = "A survey definition with its ids; see docs/api.md")
record SurveyResource(String id, SurveyStatus status, Bilingual title, Bilingual description,
                      List<GroupResource> groups, List<QuestionResource> questions, String link, Instant createdAt,
                      Instant openedAt, Instant closedAt, Integer version) {

    record GroupResource(String code, Bilingual label) {
    }

    record QuestionResource(String id, int number, QuestionKind kind, Bilingual text, boolean required,
                            Integer maxChoices, List<OptionResource> options) {
    }

    record OptionResource(String id, Bilingual label, boolean other) {
    }

    static SurveyResource of(Survey survey, boolean organiser) {
        Bilingual description = survey.description().en() == null && survey.description().km() == null ? null
                : survey.description();
        return new SurveyResource(survey.id().toString(), survey.status(), survey.title(), description,
                survey.groups().stream().map(g -> new GroupResource(g.code(), g.label())).toList(),
                survey.questions().stream().map(q -> new QuestionResource(q.id().toString(), q.number(), q.kind(),
                        q.text(), q.required(), q.kind() == QuestionKind.MULTIPLE ? q.limit() : null,
                        q.options().stream().map(o -> new OptionResource(o.id().toString(), o.label(), o.other()))
                                .toList())).toList(),
                organiser ? PublicSurveyController.linkPath(survey.linkToken()) : null,
                organiser ? survey.createdAt() : null, survey.openedAt(), survey.closedAt(),
                organiser ? survey.version() : null);
    }
}
