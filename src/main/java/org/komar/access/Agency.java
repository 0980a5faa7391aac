package org.komar.access;

/** An agency as other modules read it. Names are kept in both scripts; {@code provinceCode} is a gazetteer code. */
public record Agency(AgencyId id, String code, AgencyType type, String nameLatin, String nameKhmer,
                     String provinceCode, boolean retired) {

    /** The name to show in the given language ("km" shows Khmer where it exists). */
    public String name(java.util.Locale locale) {
        return "km".equals(locale.getLanguage()) && nameKhmer != null && !nameKhmer.isBlank() ? nameKhmer : nameLatin;
    }
}
