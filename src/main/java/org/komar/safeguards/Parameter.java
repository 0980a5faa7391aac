package org.komar.safeguards;

import java.util.List;

/**
 * The values the safeguard rules read, kept as data in versioned rule sets ({@link RuleSet}) rather than in code.
 * Each has a kind (which says its unit and how it is edited), bounds, and its default: the law's value (CPC, JJL,
 * Law on Prisons; LAW.md table 1.13) or, for policy targets beyond the law, the value of the standard cited. A
 * version that lacks a parameter (one added after the version was made) reads its default. The label of each is
 * {@code safeguard.param.<NAME>} and its help {@code safeguard.param.help.<NAME>} in the safeguards bundle.
 */
public enum Parameter {
    // Ages (JJL 7, 9; CPC 96, 212-214)
    CRIMINAL_RESPONSIBILITY_AGE(Kind.YEARS, 14, 10, 18),
    OLDER_BAND_AGE(Kind.YEARS, 16, 14, 18),
    MAJORITY_AGE(Kind.YEARS, 18, 16, 21),
    // Police custody (CPC 96), from arrival at the unit
    CUSTODY_HOURS_YOUNGER_MISDEMEANOUR(Kind.HOURS, 24, 1, 96),
    CUSTODY_HOURS_YOUNGER_FELONY(Kind.HOURS, 36, 1, 96),
    CUSTODY_HOURS_OLDER_MISDEMEANOUR(Kind.HOURS, 36, 1, 96),
    CUSTODY_HOURS_OLDER_FELONY(Kind.HOURS, 48, 1, 96),
    // Arrest (JJL 15, 17)
    ARREST_INTERPRETATION(Kind.CHOICE, 0, 0, 1, "ONLY_INTENTIONAL_MISDEMEANOUR", "NO_UNINTENTIONAL_MISDEMEANOUR"),
    PROSECUTOR_REPORT_HOURS(Kind.HOURS, 2, 1, 72),
    // Pre-trial detention (CPC 204, 213, 214, 230; JJL 41, CPC 215-217, 278, 307)
    PTD_MIN_MAX_PENALTY_MONTHS(Kind.MONTHS, 12, 1, 120),
    PTD_MONTHS_YOUNGER_MISDEMEANOUR(Kind.MONTHS, 2, 1, 24),
    PTD_MONTHS_YOUNGER_FELONY(Kind.MONTHS, 4, 1, 24),
    PTD_MONTHS_OLDER_MISDEMEANOUR(Kind.MONTHS, 4, 1, 24),
    PTD_MONTHS_OLDER_FELONY(Kind.MONTHS, 6, 1, 24),
    JUVENILE_PENALTY_PERCENT(Kind.PERCENT, 50, 1, 100),
    PTD_SHARE_OF_MIN_PENALTY_PERCENT(Kind.PERCENT, 50, 1, 100),
    PTD_EVASION_MONTHS(Kind.MONTHS, 2, 1, 12),
    RELEASE_DECISION_DAYS_JUDGE(Kind.DAYS, 5, 1, 60),
    RELEASE_DECISION_DAYS_COURT(Kind.DAYS, 10, 1, 60),
    RELEASE_DECISION_DAYS_CHAMBER(Kind.DAYS, 15, 1, 60),
    IMMEDIATE_RELEASE_HOURS(Kind.HOURS, 24, 1, 72),
    // Diversion (JJL 65, 66, 68, 70, 71)
    DIVERSION_PLAN_MONTHS(Kind.MONTHS, 1, 1, 12),
    DIVERSION_MODIFICATION_WORKING_DAYS(Kind.WORKING_DAYS, 5, 1, 60),
    DIVERSION_SUMMONS_DAYS(Kind.DAYS, 15, 1, 90),
    COMMUNITY_SERVICE_MIN_AGE(Kind.YEARS, 16, 14, 18),
    COMMUNITY_SERVICE_MAX_HOURS(Kind.HOURS, 100, 1, 1000),
    DIVERSION_MEASURE_MAX_MONTHS(Kind.MONTHS, 6, 1, 36),
    // Closing the investigation (CPC 249, 305; JJL 42)
    CLOSING_DETENTION_MONTHS(Kind.MONTHS, 4, 1, 24),
    SOCIAL_REPORT_SUPPLEMENT_WORKING_DAYS(Kind.WORKING_DAYS, 10, 1, 60),
    // Appeal (JJL 56, 57)
    APPEAL_TRANSMIT_DAYS(Kind.DAYS, 10, 1, 90),
    APPEAL_TRIAL_MONTHS(Kind.MONTHS, 3, 1, 24),
    // Sentence and record (JJL 72, 74, 75)
    CONDITIONAL_RELEASE_SHORT_SENTENCE_MONTHS(Kind.MONTHS, 12, 1, 120),
    RECORD_APPLICATION_MONTHS_FELONY(Kind.MONTHS, 24, 1, 240),
    RECORD_APPLICATION_MONTHS_MISDEMEANOUR(Kind.MONTHS, 6, 1, 240),
    RECORD_APPLICATION_MONTHS_PETTY(Kind.MONTHS, 1, 1, 240),
    RECORD_AUTOMATIC_MONTHS_FELONY(Kind.MONTHS, 36, 1, 240),
    RECORD_AUTOMATIC_MONTHS_MISDEMEANOUR(Kind.MONTHS, 12, 1, 240),
    RECORD_AUTOMATIC_MONTHS_PETTY(Kind.MONTHS, 3, 1, 240),
    // Detention (JJL 82; Law on Prisons 41)
    YOUTH_CENTRE_TRANSFER_AGE(Kind.YEARS, 24, 18, 30),
    CHILD_WITH_MOTHER_AGE(Kind.YEARS, 3, 1, 6),
    // Flagrant investigation (CPC 106)
    FLAGRANT_INVESTIGATION_DAYS(Kind.DAYS, 7, 1, 30),
    // Policy targets beyond the law: optional, each with its switch
    POL_LAWYER_ON(Kind.SWITCH, 1, 0, 1),
    POL_LAWYER_HOURS(Kind.HOURS, 24, 1, 168),
    POL_NOTIFY_ON(Kind.SWITCH, 1, 0, 1),
    POL_NOTIFY_HOURS(Kind.HOURS, 2, 1, 72),
    POL_PTD_REVIEW_ON(Kind.SWITCH, 1, 0, 1),
    POL_PTD_REVIEW_DAYS(Kind.DAYS, 14, 1, 90),
    POL_FINAL_DECISION_ON(Kind.SWITCH, 1, 0, 1),
    POL_FINAL_DECISION_MONTHS(Kind.MONTHS, 6, 1, 36);

    /** The unit of a parameter, which also says how it is edited. */
    @org.komar.shared.Labelled("safeguard.kind.")
    public enum Kind {
        YEARS, HOURS, DAYS, WORKING_DAYS, MONTHS, PERCENT, SWITCH, CHOICE
    }

    private final Kind kind;
    private final int defaultValue;
    private final int min;
    private final int max;
    private final List<String> options;

    Parameter(Kind kind, int defaultValue, int min, int max, String... options) {
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.options = List.of(options);
    }

    public Kind kind() {
        return kind;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** For a {@link Kind#CHOICE}: the values, stored by name; the rule set holds the index. */
    public List<String> options() {
        return options;
    }

    /** The stored text of a value: a number, {@code true}/{@code false}, or an option's name. */
    String format(int value) {
        return switch (kind) {
            case SWITCH -> value != 0 ? "true" : "false";
            case CHOICE -> options.get(value);
            default -> Integer.toString(value);
        };
    }

    /** Reads a stored or submitted value; null when it is not one this parameter takes. */
    Integer parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        switch (kind) {
            case SWITCH -> {
                return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value) ? 1
                        : "false".equalsIgnoreCase(value) || "off".equalsIgnoreCase(value) ? 0 : null;
            }
            case CHOICE -> {
                int index = options.indexOf(value);
                return index < 0 ? null : index;
            }
            default -> {
                try {
                    int number = Integer.parseInt(value);
                    return number < min || number > max ? null : number;
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
        }
    }
}
