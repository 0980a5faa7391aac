package org.komar.training;

import java.time.Instant;
import java.util.UUID;

import org.komar.access.AgencyId;

/**
 * Someone registered for a session. {@code organisation} is their agency when it is in Komar, else {@code
 * organisationName} says where they come from. {@code certificateNumber} is set once they attended.
 */
public record Participant(UUID id, UUID sessionId, String name, String nameKhmer, ParticipantSex sex,
                          AgeGroup ageGroup, Profession profession, AgencyId organisation, String organisationName,
                          String province, String email, String phone, Instant registeredAt, boolean attended,
                          String certificateNumber, int version) {

    public String displayName(java.util.Locale locale) {
        return "km".equals(locale.getLanguage()) && nameKhmer != null && !nameKhmer.isBlank() ? nameKhmer : name;
    }
}
