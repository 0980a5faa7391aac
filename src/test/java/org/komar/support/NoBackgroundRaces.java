package org.komar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Komar's scheduled and background work, set so that it never races a test. Tests move the clock and run the
 * worklist sweep, the deemed approvals, the public figures and the packs' build themselves; a scheduled one would
 * race them (a deemed approval ten minutes into a run once appended an event while a fuzz test checked that a
 * refused request changed nothing). They read the national census right after the changes they make: counted again
 * by the reader after every change, not in the background.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@TestPropertySource(properties = {"komar.worklist.sweep=P1D", "komar.diversion.deemed-approval-check=P1D",
        "komar.statistics.public.tick=P1D", "komar.statistics.pack-check=P1D",
        "komar.detention.national-census-in-background=false", "komar.detention.national-census-after-change=PT0S"})
public @interface NoBackgroundRaces {
}
