package org.komar.detention;

import java.time.LocalDate;
import java.time.Period;

/** Age bands of children held, by age at the census moment (youngest credible reading). */
@org.komar.shared.Labelled("detention.ageBand.")
public enum AgeBand {
    UNDER_14, AGE_14_15, AGE_16_17, AGE_18_PLUS, UNKNOWN;

    static AgeBand of(LocalDate birth, LocalDate day) {
        if (birth == null) {
            return UNKNOWN;
        }
        int age = day.isBefore(birth) ? 0 : Period.between(birth, day).getYears();
        if (age < 14) {
            return UNDER_14;
        }
        if (age < 16) {
            return AGE_14_15;
        }
        return age < 18 ? AGE_16_17 : AGE_18_PLUS;
    }
}
