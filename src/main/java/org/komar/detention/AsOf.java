package org.komar.detention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblems;

/**
 * The moment a census or roll is taken at, from a request: empty means now; a date ({@code 2026-03-31}) means the end
 * of that day in Cambodia; a moment may carry an offset ({@code 2026-03-31T08:00:00+07:00}) or be Cambodia's local
 * time (as a date-time field sends it). A moment after now is taken now: the future is not known.
 */
final class AsOf {

    private AsOf() {
    }

    static Instant parse(String value, Clock clock) {
        Instant now = clock.instant();
        if (value == null || value.isBlank()) {
            return now;
        }
        String text = value.strip();
        Instant moment;
        try {
            if (text.length() == 10) {
                moment = LocalDate.parse(text).plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant().minusSeconds(1);
            } else if (text.length() <= 19) {
                moment = LocalDateTime.parse(text).atZone(Cambodia.ZONE).toInstant();
            } else {
                moment = OffsetDateTime.parse(text).toInstant();
            }
        } catch (DateTimeParseException malformed) {
            new FieldProblems().add("asOf", "MALFORMED_DATE").throwIfAny();
            return now;
        }
        return moment.isAfter(now) ? now : moment;
    }

    /** The moment as a request parameter: an offset date-time in Cambodia's time. */
    static String format(Instant moment) {
        return moment.atZone(Cambodia.ZONE).toOffsetDateTime().withNano(0).toString();
    }
}
