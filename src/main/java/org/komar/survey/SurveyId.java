package org.komar.survey;

import java.util.Objects;
import java.util.UUID;

import org.komar.shared.KomarException;

/** Typed identifier of a survey. */
public record SurveyId(UUID value) {

    public SurveyId {
        Objects.requireNonNull(value, "value");
    }

    public static SurveyId random() {
        return new SurveyId(UUID.randomUUID());
    }

    /** Anything that is not a UUID is "not found", not a server error. */
    public static SurveyId parse(String value) {
        try {
            return new SurveyId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound("SURVEY_NOT_FOUND");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
