package org.komar.shared;

import java.util.Locale;

/**
 * A text written in both of Komar's languages, e.g. a survey question or a training title that people read in
 * Khmer or English. Serialised as {@code {"en": "…", "km": "…"}}.
 */
public record Bilingual(String en, String km) {

    public static Bilingual of(String en, String km) {
        return new Bilingual(strip(en), strip(km));
    }

    /** The text in the given language ("km" shows Khmer where it exists, else English). */
    public String in(Locale locale) {
        boolean khmer = locale != null && "km".equals(locale.getLanguage());
        return khmer && km != null && !km.isBlank() ? km : en == null || en.isBlank() ? km : en;
    }

    /** Adds a REQUIRED or TEXT_TOO_LONG problem for each language missing or too long, under {@code field.en/km}. */
    public void check(String field, int maxLength, FieldProblems problems) {
        checkOne(field + ".en", en, maxLength, problems);
        checkOne(field + ".km", km, maxLength, problems);
    }

    private static void checkOne(String field, String value, int maxLength, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "REQUIRED");
        } else if (value.length() > maxLength) {
            problems.add(field, "TEXT_TOO_LONG", maxLength);
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
