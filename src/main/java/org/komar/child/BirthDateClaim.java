package org.komar.child;

import java.time.LocalDate;
import java.time.YearMonth;

/** One claim about when a child was born, as precise as its source allows. */
public record BirthDateClaim(LocalDate date, Precision precision, Evidence evidence) {

    public BirthDateClaim {
        java.util.Objects.requireNonNull(date, "date");
        precision = precision == null ? Precision.DAY : precision;
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /** The latest day the child could have been born on, by this claim: the youngest reading of it. */
    public LocalDate latestPossible() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
        };
    }

    /** The earliest day the child could have been born on, by this claim. */
    public LocalDate earliestPossible() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }
}
