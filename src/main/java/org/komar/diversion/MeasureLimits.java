package org.komar.diversion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.komar.shared.FieldProblems;

/**
 * The limits JJL Art. 65 sets on diversion measures (rule DIV-5), checked before an order or a plan is stored:
 * community service only for a child aged 16 or more at the offence, by the youngest age the records allow (the
 * benefit of the doubt, JJL 9), and for at most 100 hours; regular school attendance, specific time with family and
 * education or vocational training for at most 6 months. A measure whose limit cannot be checked (hours or months not
 * given) is refused too: an order without a length has no limit. Pure: no I/O.
 */
final class MeasureLimits {

    static final int COMMUNITY_SERVICE_MIN_AGE = 16;
    static final int COMMUNITY_SERVICE_MAX_HOURS = 100;
    static final int MAX_MONTHS = 6;
    static final Set<String> SIX_MONTH_MEASURES = Set.of("SCHOOL_ATTENDANCE", "FAMILY_TIME", "TRAINING");

    private MeasureLimits() {
    }

    /**
     * Adds a problem under {@code field[i].…} for each measure over its limit.
     *
     * @param ageAtOffence completed years at the offence, youngest credible reading; empty when unknown
     */
    static void check(List<Map<String, Object>> measures, Optional<Integer> ageAtOffence, String field,
                      FieldProblems problems) {
        for (int i = 0; i < measures.size(); i++) {
            Map<String, Object> measure = measures.get(i);
            String item = field + "[" + i + "]";
            String type = String.valueOf(measure.get("type"));
            Integer hours = measure.get("hours") instanceof Number n ? n.intValue() : null;
            Integer months = measure.get("months") instanceof Number n ? n.intValue() : null;
            if ("COMMUNITY_SERVICE".equals(type)) {
                if (ageAtOffence.isEmpty()) {
                    problems.add(item + ".type", "DIVERSION_COMMUNITY_SERVICE_AGE_UNKNOWN");
                } else if (ageAtOffence.get() < COMMUNITY_SERVICE_MIN_AGE) {
                    problems.add(item + ".type", "DIVERSION_COMMUNITY_SERVICE_UNDER_16", ageAtOffence.get());
                }
                if (hours == null) {
                    problems.add(item + ".hours", "DIVERSION_COMMUNITY_SERVICE_HOURS_REQUIRED");
                } else if (hours > COMMUNITY_SERVICE_MAX_HOURS) {
                    problems.add(item + ".hours", "DIVERSION_COMMUNITY_SERVICE_OVER_100_HOURS", hours);
                }
            } else if (SIX_MONTH_MEASURES.contains(type)) {
                if (months == null) {
                    problems.add(item + ".months", "DIVERSION_MEASURE_MONTHS_REQUIRED");
                } else if (months > MAX_MONTHS) {
                    problems.add(item + ".months", "DIVERSION_MEASURE_OVER_6_MONTHS", months);
                }
            }
        }
    }
}
