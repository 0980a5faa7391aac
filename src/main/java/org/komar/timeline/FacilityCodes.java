package org.komar.timeline;

/**
 * Whether a facility code names a known facility. The facility module provides the real check; until a facility
 * register exists, any well-formed code is accepted (see {@code TimelineConfiguration}).
 */
@FunctionalInterface
public interface FacilityCodes {

    boolean known(String code);
}
