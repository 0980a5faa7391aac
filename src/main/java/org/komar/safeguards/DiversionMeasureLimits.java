package org.komar.safeguards;

import java.util.Map;

import org.komar.timeline.EventType;

/**
 * DIV-5 (JJL Art. 65): community service is allowed only from 16 (age at the offence; an unknown age counts as
 * younger) and for at most 100 hours; school attendance, time with the family and education or training last at most
 * six months. Each diversion order whose measures exceed these is a breach; met otherwise.
 */
final class DiversionMeasureLimits extends SafeguardRule {

    DiversionMeasureLimits() {
        super("DIV-5", "JJL Art. 65", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        Verdict verdict = verdict();
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] != EventType.DIVERSION_ORDERED) {
                continue;
            }
            RuleSet rules = in.rules(in.at[i]);
            boolean ok = true;
            for (Map<String, Object> measure : in.attributes(i).measures()) {
                Object type = measure.get("type");
                int hours = number(measure.get("hours"));
                int months = number(measure.get("months"));
                if ("COMMUNITY_SERVICE".equals(type)) {
                    int minAge = rules.get(Parameter.COMMUNITY_SERVICE_MIN_AGE);
                    if (in.ageAtOffence == null || in.ageAtOffence < minAge) {
                        verdict.breach(rules, in.at[i], false, "communityServiceAge", minAge);
                        ok = false;
                    }
                    int maxHours = rules.get(Parameter.COMMUNITY_SERVICE_MAX_HOURS);
                    if (hours > maxHours) {
                        verdict.breach(rules, in.at[i], false, "communityServiceHours", hours, maxHours);
                        ok = false;
                    }
                } else if ("SCHOOL_ATTENDANCE".equals(type) || "FAMILY_TIME".equals(type)
                        || "TRAINING".equals(type)) {
                    int maxMonths = rules.get(Parameter.DIVERSION_MEASURE_MAX_MONTHS);
                    if (months > maxMonths) {
                        verdict.breach(rules, in.at[i], false, "duration", months, maxMonths);
                        ok = false;
                    }
                }
            }
            if (ok) {
                verdict.met(rules, "met");
            }
        }
        return verdict.result();
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
