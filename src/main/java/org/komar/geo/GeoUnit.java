package org.komar.geo;

import java.time.LocalDate;
import java.util.Locale;

/** One administrative unit. Level 1 province, 2 district/khan/krong, 3 commune/sangkat, 4 village. */
public record GeoUnit(String code, int level, String parentCode, String typeKm, String typeLatin, String typeEn,
                      String nameKm, String nameLatin, Double lat, Double lon, LocalDate retiredOn) {

    public boolean retired() {
        return retiredOn != null;
    }

    public String name(Locale locale) {
        return "km".equals(locale.getLanguage()) ? nameKm : nameLatin;
    }

    /** The province code a unit belongs to: the first two digits of every NCDD code. */
    public String provinceCode() {
        return code.substring(0, 2);
    }
}
