package org.komar.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A public holiday as the administrator recorded it, with where the date comes from. */
public record Holiday(UUID id, LocalDate date, String nameLatin, String nameKhmer, String source, Instant addedAt) {

    public String name(Locale locale) {
        return "km".equals(locale.getLanguage()) && nameKhmer != null ? nameKhmer : nameLatin;
    }
}
