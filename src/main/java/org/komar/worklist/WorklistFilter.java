package org.komar.worklist;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.komar.safeguards.Safeguards;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;

/**
 * Which alerts a worklist shows. Every criterion is optional: {@code rule} a rule code (e.g. {@code PC-1}),
 * {@code province} a province code, {@code kind} breaches (with rules that failed) or deadlines, {@code show} the
 * open alerts (the default: breaches nobody acknowledged and coming deadlines), the acknowledged breaches, or all;
 * {@code escalated} only breaches escalated to the supervisors. {@code page} counts from 0; {@code size} is 1 to 200.
 */
record WorklistFilter(String rule, String province, Kind kind, Show show, boolean escalated, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    @org.komar.shared.Labelled("worklist.kind.")
    enum Kind { BREACHES, DEADLINES }

    @org.komar.shared.Labelled("worklist.show.")
    enum Show { OPEN, ACKNOWLEDGED, ALL }

    static final WorklistFilter OPEN = new WorklistFilter(null, null, null, Show.OPEN, false, 0, DEFAULT_SIZE);

    /** Parses request parameters; an unknown value is a field problem (400), nothing is read. */
    static WorklistFilter parse(Map<String, String> params) {
        FieldProblems problems = new FieldProblems();
        String rule = blank(params.get("rule"));
        if (rule != null && !Safeguards.ruleCodes().contains(rule)) {
            problems.add("rule", "UNKNOWN_CHOICE", rule, String.join(", ", Safeguards.ruleCodes()));
        }
        String province = blank(params.get("province"));
        if (province != null && !province.matches("\\d{2}")) {
            problems.add("province", "UNKNOWN_GEO_CODE", province);
        }
        Kind kind = Enums.parse(Kind.class, upper(params.get("kind")), "kind", problems, false);
        Show show = Enums.parse(Show.class, upper(params.get("show")), "show", problems, false);
        String escalated = blank(params.get("escalated"));
        if (escalated != null && !escalated.matches("true|false")) {
            problems.add("escalated", "UNKNOWN_CHOICE", escalated, "true, false");
        }
        int page = number(params.get("page"), "page", 0, 1_000_000, 0, problems);
        int size = number(params.get("size"), "size", 1, MAX_SIZE, DEFAULT_SIZE, problems);
        problems.throwIfAny();
        return new WorklistFilter(rule, province, kind, show == null ? Show.OPEN : show, "true".equals(escalated),
                page, size);
    }

    WorklistFilter withPage(int other) {
        return new WorklistFilter(rule, province, kind, show, escalated, other, size);
    }

    /** The filter as request parameters, without the page (for links and forms). */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        if (rule != null) {
            params.put("rule", rule);
        }
        if (province != null) {
            params.put("province", province);
        }
        if (kind != null) {
            params.put("kind", kind.name());
        }
        if (show != Show.OPEN) {
            params.put("show", show.name());
        }
        if (escalated) {
            params.put("escalated", "true");
        }
        if (size != DEFAULT_SIZE) {
            params.put("size", String.valueOf(size));
        }
        return params;
    }

    private static int number(String value, String field, int min, int max, int otherwise, FieldProblems problems) {
        String text = blank(value);
        if (text == null) {
            return otherwise;
        }
        try {
            int parsed = Integer.parseInt(text);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException malformed) {
            // reported below
        }
        problems.add(field, "OUT_OF_RANGE", min, max);
        return otherwise;
    }

    private static String upper(String value) {
        String text = blank(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
