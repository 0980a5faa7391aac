package org.komar.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.komar.shared.Labelled;

/**
 * The grounds on which every figure is broken down, because the point is to see who is treated differently. Each
 * has the name used in the API ({@code by=sex}) and a closed list of values; the last value of most lists is
 * {@code UNKNOWN}, so that a missing fact is counted rather than dropped. Value labels are
 * {@code statistics.value.<key>.<VALUE>} (provinces use the gazetteer's names).
 */
@Labelled("statistics.dimension.")
public enum Dimension implements PublicAxis {
    SEX("sex", List.of("M", "F")),
    AGE_BAND("ageBand", List.of("UNDER_14", "AGE_14_15", "AGE_16_17", "AGE_18_PLUS", "UNKNOWN")),
    PROVINCE("province", provinceCodes()),
    OFFENCE_CLASS("offenceClass", List.of("PETTY", "MISDEMEANOUR", "FELONY", "NONE")),
    DRUG("drug", List.of("YES", "NO")),
    DISABILITY("disability", List.of("YES", "NO")),
    ETHNICITY("ethnicity", List.of("KHMER", "CHAM", "VIETNAMESE", "INDIGENOUS", "OTHER", "UNKNOWN")),
    NATIONALITY("nationality", List.of("CAMBODIAN", "FOREIGN", "STATELESS", "UNKNOWN")),
    ROLE("role", List.of("CONFLICT_WITH_LAW", "VICTIM", "WITNESS", "ACCOMPANYING_CAREGIVER",
            "CARE_AND_PROTECTION"));

    /** Value of {@link #PROVINCE} for a province code Komar does not know. */
    public static final String UNKNOWN_PROVINCE = "00";

    private final String key;
    private final List<String> values;

    Dimension(String key, List<String> values) {
        this.key = key;
        this.values = List.copyOf(values);
    }

    /** The name in the API and in exports: {@code sex}, {@code ageBand}, {@code province}… */
    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> codes() {
        return values;
    }

    public int indexOf(String value) {
        return value == null ? -1 : values.indexOf(value);
    }

    public boolean accepts(String value) {
        return value != null && values.contains(value);
    }

    public static Optional<Dimension> byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }

    /** The 25 provinces and the capital by their NCDD codes, then the code used when the province is unknown. */
    private static List<String> provinceCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            codes.add(String.format("%02d", i));
        }
        codes.add(UNKNOWN_PROVINCE);
        return codes;
    }
}
