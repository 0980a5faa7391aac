package org.komar.exchange;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of the exchange format (NDJSON): a child, one case of the child and its whole timeline, in the shapes of
 * ARCHITECTURE.md ({@code POST /api/v1/children}, {@code POST /api/v1/cases} without {@code childId}, the events of
 * {@code POST /api/v1/cases/{id}/events}) plus what a faithful copy needs: identities, when and by whom things were
 * registered, opened and recorded, the case's parties and the voiding of voided events. Agencies are named by their
 * code and people by their username, so that a file moves between installations. Moments are ISO-8601 text, written
 * exactly as read back, so that an export imported elsewhere exports again byte for byte.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExchangeBundle(Child child, @JsonProperty("case") Case kase, List<Event> events) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Child(String id, Name name, String sex, String birthDate, String birthDatePrecision,
                        String birthDateEvidence, String residence, Boolean disability, String disabilityNote,
                        String ethnicity, String nationality, List<String> languages, List<Guardian> guardians,
                        String registeredAt, String ownerAgency) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Name(String latin, String khmer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Guardian(String name, String relationship, String phone, String address) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Case(String id, String caseNumber, String role, Offence offence, String offenceDate, String place,
                       String province, String ownerAgency, String openedAt, List<Party> parties) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offence(String code, @JsonProperty("class") String offenceClass, Boolean intentional,
                          Integer minPenaltyMonths, Integer maxPenaltyMonths) {
    }

    /** An agency (by code) or a person (by username) answering for the case. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String agency, String username, String function, Boolean active, String since,
                        String until) {
    }

    /** An event; {@code recordedBy} is a username (or a user id where no account has it, e.g. Komar itself). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String id, String type, String occurredAt, String recordedAt, String recordedBy,
                        Map<String, Object> attributes, Voided voided) {

        public Event withRecordedBy(String username) {
            return new Event(id, type, occurredAt, recordedAt, username, attributes, voided);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Voided(String reason, String voidedAt, String voidedBy) {
    }
}
