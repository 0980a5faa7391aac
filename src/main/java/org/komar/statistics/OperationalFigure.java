package org.komar.statistics;

import org.komar.shared.Labelled;

/**
 * Figures beyond the fifteen indicators that show whether the safeguards work: how long children wait for a
 * lawyer, whether hearings are closed to the public, whether children released come back into the system, whether
 * the agencies children are referred to take them on and deliver. Referrals are read from the referral module.
 */
@Labelled("statistics.operational.name.")
public enum OperationalFigure implements Statistic {
    TIME_TO_LAWYER(Timing.FLOW, Measure.MEDIAN_HOURS),
    HEARINGS_IN_CAMERA(Timing.FLOW, Measure.PERCENT),
    REOFFENDING_AFTER_RELEASE(Timing.FLOW, Measure.PERCENT),
    REFERRALS_ACCEPTED(Timing.FLOW, Measure.PERCENT),
    REFERRALS_COMPLETED(Timing.FLOW, Measure.PERCENT);

    private final Timing timing;
    private final Measure measure;

    OperationalFigure(Timing timing, Measure measure) {
        this.timing = timing;
        this.measure = measure;
    }

    @Override
    public Integer number() {
        return null;
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

    @Override
    public String labelPrefix() {
        return "statistics.operational.";
    }
}
