package org.komar.statistics;

import java.time.LocalDate;

/** An administrator's answer to a policy indicator (YES, PARTLY, NO) with its evidence, holding from a date. */
public record PolicyAnswer(int indicator, String answer, String evidence, LocalDate effectiveFrom) {

    public static final java.util.List<String> ANSWERS = java.util.List.of("YES", "PARTLY", "NO");
}
