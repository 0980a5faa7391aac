package org.komar.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblems;

/**
 * The period flows are counted over ({@code from} to {@code to}, whole days in Cambodia's time) and the census
 * moment stocks are counted at ({@code asOf}; a date means the end of that day). Without dates: the calendar year
 * so far, counted now.
 */
public record Period(LocalDate from, LocalDate to, Instant asOf) {

    static final int MAX_YEARS = 10;

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(Cambodia.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant();
    }

    /** The asOf date in Cambodia (for answers in force, file names). */
    public LocalDate asOfDate() {
        return LocalDate.ofInstant(asOf, Cambodia.ZONE);
    }

    /** A whole calendar year, counted at its last moment. */
    public static Period year(int year) {
        LocalDate to = LocalDate.of(year, 12, 31);
        return new Period(LocalDate.of(year, 1, 1), to, endOf(to));
    }

    /** Parses the request's {@code from}, {@code to} and {@code asOf}; bad values are field problems (400). */
    public static Period parse(String from, String to, String asOf, Clock clock) {
        FieldProblems problems = new FieldProblems();
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        LocalDate fromDate = date(from, "from", problems);
        LocalDate toDate = date(to, "to", problems);
        Instant asOfMoment = moment(asOf, problems);
        problems.throwIfAny();
        if (toDate == null) {
            toDate = fromDate != null && fromDate.getYear() < today.getYear()
                    ? LocalDate.of(fromDate.getYear(), 12, 31) : today;
        }
        if (fromDate == null) {
            fromDate = toDate.withDayOfYear(1);
        }
        if (fromDate.isAfter(toDate)) {
            problems.add("from", "FROM_AFTER_TO");
        } else if (ChronoUnit.YEARS.between(fromDate, toDate) >= MAX_YEARS) {
            problems.add("to", "PERIOD_TOO_LONG", MAX_YEARS);
        }
        problems.throwIfAny();
        if (asOfMoment == null) {
            Instant end = endOf(toDate);
            asOfMoment = end.isAfter(clock.instant()) ? clock.instant() : end;
        }
        return new Period(fromDate, toDate, asOfMoment);
    }

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant().minusSeconds(1);
    }

    private static LocalDate date(String text, String field, FieldProblems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            problems.add(field, "MALFORMED_DATE", text.strip());
            return null;
        }
    }

    private static Instant moment(String text, FieldProblems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.length() == 10 ? endOf(LocalDate.parse(value)) : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException malformed) {
            problems.add("asOf", "MALFORMED_DATE", value);
            return null;
        }
    }
}
