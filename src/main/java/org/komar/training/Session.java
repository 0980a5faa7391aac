package org.komar.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.shared.Bilingual;

/** One session of a series. {@code organisation} is the agency delivering it (may differ from the organiser). */
public record Session(UUID id, UUID seriesId, Bilingual title, TrainingTopic topic, String speakers,
                      AgencyId organisation, SessionLanguage language, LocalDate date, String province, String venue,
                      List<Material> materials, int version) {

    public Session {
        materials = List.copyOf(materials);
    }

    /** A handout, slides or recording: a title and where to find it. */
    public record Material(String title, String url) {
    }
}
