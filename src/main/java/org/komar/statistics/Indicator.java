package org.komar.statistics;

import java.util.Arrays;
import java.util.Optional;

import org.komar.shared.Labelled;

/**
 * The fifteen juvenile justice indicators of the UNODC/UNICEF <i>Manual for the Measurement of Juvenile Justice
 * Indicators</i> (2006), by their number in the manual. Flows count over the period {@code from}–{@code to}; stocks
 * are a census on {@code asOf}; policy indicators read the facility and inspection records and the administrators'
 * answers. The name, definition, numerator and denominator people read are {@code statistics.indicator.<CODE>.*}.
 */
@Labelled("statistics.indicator.name.")
public enum Indicator implements Statistic {
    CHILDREN_ARRESTED(1, Timing.FLOW, Measure.RATE_PER_100000, false),
    CHILDREN_IN_DETENTION(2, Timing.STOCK, Measure.RATE_PER_100000, true),
    CHILDREN_IN_PRE_SENTENCE_DETENTION(3, Timing.STOCK, Measure.RATE_PER_100000, true),
    DURATION_OF_PRE_SENTENCE_DETENTION(4, Timing.STOCK, Measure.MEDIAN_DAYS, false),
    DURATION_OF_SENTENCED_DETENTION(5, Timing.STOCK, Measure.MEDIAN_DAYS, false),
    CHILD_DEATHS_IN_DETENTION(6, Timing.FLOW, Measure.PER_1000_DETAINED, false),
    SEPARATION_FROM_ADULTS(7, Timing.STOCK, Measure.PERCENT, false),
    CONTACT_WITH_PARENTS_AND_FAMILY(8, Timing.STOCK, Measure.PERCENT, false),
    CUSTODIAL_SENTENCING(9, Timing.FLOW, Measure.PERCENT, true),
    PRE_SENTENCE_DIVERSION(10, Timing.FLOW, Measure.PERCENT, true),
    AFTERCARE(11, Timing.FLOW, Measure.PERCENT, false),
    REGULAR_INDEPENDENT_INSPECTIONS(12, Timing.POLICY, Measure.PERCENT, false),
    COMPLAINTS_MECHANISM(13, Timing.POLICY, Measure.PERCENT, false),
    SPECIALISED_JUVENILE_JUSTICE_SYSTEM(14, Timing.POLICY, Measure.ANSWER, false),
    PREVENTION(15, Timing.POLICY, Measure.ANSWER, false);

    private final int number;
    private final Timing timing;
    private final Measure measure;
    private final boolean core;

    Indicator(int number, Timing timing, Measure measure, boolean core) {
        this.number = number;
        this.timing = timing;
        this.measure = measure;
        this.core = core;
    }

    @Override
    public Integer number() {
        return number;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public Timing timing() {
        return timing;
    }

    @Override
    public Measure measure() {
        return measure;
    }

    /** One of the manual's core indicators (2, 3, 9 and 10; whether 11 is core is uncertain). */
    @Override
    public boolean core() {
        return core;
    }

    @Override
    public String labelPrefix() {
        return "statistics.indicator.";
    }

    public static Optional<Indicator> byNumber(int number) {
        return Arrays.stream(values()).filter(i -> i.number == number).findFirst();
    }
}
