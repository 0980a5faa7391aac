package org.komar.timeline;

/**
 * Whether a facility code names a known facility. The facility module's register provides the check (retired
 * facilities stay known, so that past events still read and import); see {@code TimelineConfiguration}.
 */
@FunctionalInterface
public interface FacilityCodes {

    boolean known(String code);
}
