package org.komar.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.Bilingual;

/**
 * A survey as built by its organisers: respondent groups, questions and their options, in order. {@code linkToken}
 * is the secret part of the link respondents receive; it is shown to organisers only.
 */
public record Survey(SurveyId id, AgencyId ownerAgency, UserId createdBy, Instant createdAt, SurveyStatus status,
                     Bilingual title, Bilingual description, List<Group> groups, List<Question> questions,
                     String linkToken, Instant openedAt, Instant closedAt, int version) {

    public Survey {
        groups = List.copyOf(groups);
        questions = List.copyOf(questions);
    }

    /** A group respondents say they belong to, e.g. organisations or child and youth-led networks. */
    public record Group(String code, Bilingual label) {
    }

    public record Question(UUID id, int number, QuestionKind kind, Bilingual text, boolean required,
                           Integer maxChoices, List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }

        public Optional<Option> option(UUID optionId) {
            return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
        }

        /** How many options one respondent may choose. */
        public int limit() {
            return switch (kind) {
                case MULTIPLE -> maxChoices == null ? options.size() : maxChoices;
                case TEXT -> 0;
                default -> 1;
            };
        }

        public boolean hasOther() {
            return options.stream().anyMatch(Option::other);
        }
    }

    /** One option of a question; an {@code other} option asks for a short text when chosen. */
    public record Option(UUID id, int position, Bilingual label, boolean other) {
    }

    public Optional<Question> question(UUID questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    public boolean hasGroup(String code) {
        return groups.stream().anyMatch(group -> group.code().equals(code));
    }

    public Optional<Group> group(String code) {
        return groups.stream().filter(group -> group.code().equals(code)).findFirst();
    }
}
