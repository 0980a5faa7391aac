package org.komar.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.komar.shared.Cambodia;

/**
 * The law's arithmetic of time limits, as pure functions.
 *
 * <ul>
 *   <li><b>Procedural acts</b> (a decision, a report, sending a file, holding a hearing): a limit of N days starts
 *   the day after the triggering event (the day of the event is not counted), expires at 24:00 of its last day in
 *   Phnom Penh, and when that last day is a Saturday, Sunday or public holiday it runs to the end of the next working
 *   day (CPC Art. 231 for the investigation, Art. 293 for the trial). Months are calendar months (a limit of one month
 *   from 31 January ends on 28 or 29 February). Limits in working days (JJL Art. 42, 70) count only working days.</li>
 *   <li><b>Deprivation of liberty</b> (police custody, pre-trial detention, detention awaiting trial or appeal):
 *   the limit runs from the exact instant the deprivation began and is never extended by a weekend or a holiday. The
 *   law is not explicit; where it is unclear, the doubt goes to the child (JJL Art. 9; CRC Art. 37(b), "the shortest
 *   appropriate period"). Hours are exact hours; months are calendar months from the same clock time.</li>
 * </ul>
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** 24:00 of {@code day} in Phnom Penh, i.e. the first instant of the next day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant();
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, Cambodia.ZONE);
    }

    /** A procedural limit of {@code days} calendar days after {@code trigger} (CPC 231, 293). */
    public static Instant proceduralDays(Instant trigger, int days, WorkingDays calendar) {
        return endOf(calendar.onOrNextWorkingDay(dayOf(trigger).plusDays(days)));
    }

    /** A procedural limit of {@code months} calendar months after {@code trigger} (CPC 231, 293). */
    public static Instant proceduralMonths(Instant trigger, int months, WorkingDays calendar) {
        return endOf(calendar.onOrNextWorkingDay(dayOf(trigger).plusMonths(months)));
    }

    /** A procedural limit of {@code count} working days after {@code trigger} (JJL 42, 70). */
    public static Instant proceduralWorkingDays(Instant trigger, int count, WorkingDays calendar) {
        return endOf(calendar.plusWorkingDays(dayOf(trigger), count));
    }

    /** A limit on deprivation of liberty in hours: the exact instant, never extended (CPC 96). */
    public static Instant libertyHours(Instant start, int hours) {
        return start.plus(Duration.ofHours(hours));
    }

    /** A limit on deprivation of liberty in calendar months from the same clock time, never extended. */
    public static Instant libertyMonths(Instant start, int months) {
        return ZonedDateTime.ofInstant(start, Cambodia.ZONE).plusMonths(months).toInstant();
    }

    /** A limit on deprivation of liberty in days from the same clock time, never extended. */
    public static Instant libertyDays(Instant start, int days) {
        return ZonedDateTime.ofInstant(start, Cambodia.ZONE).plusDays(days).toInstant();
    }

    /** The length of {@code months} calendar months counted from {@code start} (for shares of a period: ½, ⅓). */
    public static Duration monthsFrom(Instant start, int months) {
        return Duration.between(start, libertyMonths(start, months));
    }
}
