package org.komar.geo;

import java.util.List;

/**
 * The four cascading selects (province → district → commune → village) of a place, with the options of each
 * level and the code chosen at each level. Built for a form from the code it holds (or none).
 */
public record GeoPicker(String province, String district, String commune, String village,
                        List<GeoUnit> provinces, List<GeoUnit> districts, List<GeoUnit> communes,
                        List<GeoUnit> villages) {

    public static GeoPicker of(Gazetteer gazetteer, String code) {
        List<GeoUnit> path = code == null ? List.of() : gazetteer.path(code);
        String[] chosen = new String[4];
        for (GeoUnit unit : path) {
            chosen[unit.level() - 1] = unit.code();
        }
        return new GeoPicker(chosen[0], chosen[1], chosen[2], chosen[3], gazetteer.provinces(),
                chosen[0] == null ? List.of() : gazetteer.children(chosen[0], false),
                chosen[1] == null ? List.of() : gazetteer.children(chosen[1], false),
                chosen[2] == null ? List.of() : gazetteer.children(chosen[2], false));
    }

    /** The most precise code chosen in a submitted picker, or null when nothing was chosen. */
    public static String deepest(String province, String district, String commune, String village) {
        for (String code : new String[] {village, commune, district, province}) {
            if (code != null && !code.isBlank()) {
                return code.strip();
            }
        }
        return null;
    }
}
