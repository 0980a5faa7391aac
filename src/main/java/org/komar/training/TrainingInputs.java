package org.komar.training;

import java.time.LocalDate;
import java.util.List;

/** What organisers enter: a series, a session, a participant. Choice fields are enum names, checked on save. */
public final class TrainingInputs {

    private TrainingInputs() {
    }

    public record SeriesDetails(String titleEn, String titleKm, String descriptionEn, String descriptionKm) {
    }

    /** {@code materials}: one per line, "title | address" (or only the address). */
    public record SessionDetails(String titleEn, String titleKm, String topic, String speakers, String organisation,
                                 String language, LocalDate date, String province, String venue,
                                 List<Session.Material> materials) {
    }

    /** {@code organisation} an agency id, or empty with {@code organisationName} for anyone else. */
    public record ParticipantDetails(String name, String nameKhmer, String sex, String ageGroup, String profession,
                                     String organisation, String organisationName, String province, String email,
                                     String phone) {
    }
}
