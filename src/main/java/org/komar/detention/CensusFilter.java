package org.komar.detention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;

/**
 * Which of the children held a list shows: those behind one number of the census. Each criterion is optional;
 * {@code facility} is a facility code ({@value #UNKNOWN_FACILITY} for children held where the timeline does not say),
 * {@code province} a province code, {@code sex} M or F, {@code ageBand} and {@code status} values of their enums.
 * {@code accompanying} lists children living with a parent instead of children deprived of liberty.
 */
public record CensusFilter(String facility, String province, String sex, AgeBand ageBand, LegalStatus status,
                           Boolean preSentence, boolean pastLimit, boolean notSeparated, boolean accompanying) {

    public static final String UNKNOWN_FACILITY = "UNKNOWN";
    public static final CensusFilter ALL = new CensusFilter(null, null, null, null, null, null, false, false, false);

    /** Parses request parameters; unknown values are field problems (400). */
    public static CensusFilter parse(Map<String, String> params) {
        FieldProblems problems = new FieldProblems();
        String facility = blank(params.get("facility"));
        String province = blank(params.get("province"));
        if (province != null && !province.matches("\\d{2}|UNKNOWN")) {
            problems.add("province", "UNKNOWN_GEO_CODE", province);
        }
        String sex = blank(params.get("sex"));
        if (sex != null && !sex.matches("M|F|UNKNOWN")) {
            problems.add("sex", "UNKNOWN_CHOICE", sex, "M, F, UNKNOWN");
        }
        AgeBand band = Enums.parse(AgeBand.class, blank(params.get("ageBand")), "ageBand", problems, false);
        LegalStatus status = Enums.parse(LegalStatus.class, blank(params.get("status")), "status", problems, false);
        problems.throwIfAny();
        String pre = blank(params.get("preSentence"));
        return new CensusFilter(facility, province, sex, band, status, pre == null ? null : "true".equals(pre),
                "true".equals(params.get("pastLimit")), "true".equals(params.get("notSeparated")),
                "true".equals(params.get("accompanying")));
    }

    boolean matches(HeldRow row, LocalDate day) {
        if (accompanying != row.withCaregiver()) {
            return false;
        }
        if (facility != null && !facility.equals(row.facility() == null ? UNKNOWN_FACILITY : row.facility())) {
            return false;
        }
        if (province != null && !province.equals(row.province() == null ? "UNKNOWN" : row.province())) {
            return false;
        }
        if (sex != null && !sex.equals(row.sex() == null ? "UNKNOWN" : row.sex())) {
            return false;
        }
        if (ageBand != null && ageBand != AgeBand.of(row.birthDate(), day)) {
            return false;
        }
        if (status != null && status != row.status()) {
            return false;
        }
        if (preSentence != null && preSentence != row.status().preSentence()) {
            return false;
        }
        return (!pastLimit || row.pastLimit()) && (!notSeparated || row.notSeparated());
    }

    /** The filter as request parameters (for links and pages). */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "facility", facility);
        put(params, "province", province);
        put(params, "sex", sex);
        put(params, "ageBand", ageBand == null ? null : ageBand.name());
        put(params, "status", status == null ? null : status.name());
        put(params, "preSentence", preSentence == null ? null : preSentence.toString());
        put(params, "pastLimit", pastLimit ? "true" : null);
        put(params, "notSeparated", notSeparated ? "true" : null);
        put(params, "accompanying", accompanying ? "true" : null);
        return params;
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null) {
            params.put(key, value);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
