package org.komar.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday, except public holidays. An immutable snapshot, safe to share between
 * threads and cheap to query (a hash lookup per day), so rules can use it without I/O.
 */
public final class WorkingDays {

    /** Longest run of non-working days tolerated before a computation is considered broken (a wrong calendar). */
    private static final int MAX_CLOSED_RUN = 60;

    private final Set<LocalDate> holidays;

    public WorkingDays(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    /** Weekends only, no public holiday: for tests and for callers that have no calendar. */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Set.of());
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** {@code day} itself when it is a working day, otherwise the next working day after it. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate candidate = day;
        for (int i = 0; i <= MAX_CLOSED_RUN; i++) {
            if (isWorkingDay(candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new IllegalStateException("no working day within " + MAX_CLOSED_RUN + " days of " + day);
    }

    /**
     * The {@code count}-th working day after {@code day} (the day itself is not counted): 5 working days after a
     * Friday is the next Friday when the week has no holiday.
     */
    public LocalDate plusWorkingDays(LocalDate day, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        LocalDate candidate = day;
        int counted = 0;
        int closedRun = 0;
        while (counted < count) {
            candidate = candidate.plusDays(1);
            if (isWorkingDay(candidate)) {
                counted++;
                closedRun = 0;
            } else if (++closedRun > MAX_CLOSED_RUN) {
                throw new IllegalStateException("no working day within " + MAX_CLOSED_RUN + " days of " + candidate);
            }
        }
        return candidate;
    }
}
