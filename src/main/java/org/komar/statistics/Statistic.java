package org.komar.statistics;

/**
 * A figure Komar computes: one of the fifteen {@link Indicator}s or an {@link OperationalFigure}. Its name,
 * definition, numerator and denominator are {@code <labelPrefix><aspect>.<CODE>} in the bundles (aspects: name,
 * definition, numerator, denominator).
 */
public interface Statistic {

    /** The number in the UNODC/UNICEF manual (1–15), null for operational figures. */
    Integer number();

    String code();

    Timing timing();

    Measure measure();

    String labelPrefix();

    /** One of the manual's core indicators. */
    default boolean core() {
        return false;
    }

    /** Counted per child (or per hearing) and broken down by the dimensions; policy figures are not. */
    default boolean disaggregated() {
        return timing() != Timing.POLICY;
    }
}
