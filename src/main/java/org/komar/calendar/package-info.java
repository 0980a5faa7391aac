/**
 * Calendar: Cambodia's public holidays, kept by administrators (every change audited, Cambodia's official holidays
 * for 2026 and 2027 preloaded), working-day arithmetic ({@link org.komar.calendar.WorkingDays}) and the law's rules
 * for computing time limits ({@link org.komar.calendar.Deadlines}): a day-based limit for a procedural act expires at
 * 24:00 of its last day in Phnom Penh and runs on to the next working day when that day is a Saturday, Sunday or
 * public holiday (CPC Art. 231, 293); a limit on deprivation of liberty never runs on (the doubt goes to the child).
 * Other modules use {@link org.komar.calendar.HolidayCalendar#workingDays()}.
 */
package org.komar.calendar;
