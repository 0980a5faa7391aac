package org.komar.statistics;

/** How a figure's value is made from its numerator and denominator. */
public enum Measure {
    /** Children per 100,000 children of the population table. */
    RATE_PER_100000,
    /** Percentage of the denominator. */
    PERCENT,
    /** Per 1,000 children held on an average day of the period. */
    PER_1000_DETAINED,
    /** Median time in days, with quartiles and bands. */
    MEDIAN_DAYS,
    /** Median time in hours, with quartiles and bands. */
    MEDIAN_HOURS,
    /** A yes, partly or no answer with its evidence. */
    ANSWER;

    public boolean duration() {
        return this == MEDIAN_DAYS || this == MEDIAN_HOURS;
    }
}
