package org.komar.shared;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Moments with an offset read exactly as {@link OffsetDateTime#parse(CharSequence)} reads them, quicker for the shape
 * exports and the generator write ({@code 2026-01-10T08:00:00+07:00}, {@code …:00.5Z}). The JDK's formatter resolves
 * every field through maps; over an import it was a seventh of Komar's processor time (docs/performance.md). That
 * shape is read here by hand; anything else, and any value out of range, goes to the JDK, so what is accepted, what
 * is refused and with which exception stays the JDK's.
 */
public final class IsoMoments {

    private static final int[] SCALE = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private IsoMoments() {
    }

    /** As {@link OffsetDateTime#parse(CharSequence)}: the moment, or a {@link DateTimeParseException}. */
    public static OffsetDateTime parse(CharSequence text) {
        OffsetDateTime usual = usual(text);
        return usual != null ? usual : OffsetDateTime.parse(text);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of one to nine digits, then {@code Z} or {@code ±HH:MM}; null
     * for any other text, or a field out of range.
     */
    static OffsetDateTime usual(CharSequence text) {
        int length = text.length();
        if (length < 20 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2)
                || text.charAt(7) != '-' || !digits(text, 8, 2) || text.charAt(10) != 'T' || !digits(text, 11, 2)
                || text.charAt(13) != ':' || !digits(text, 14, 2) || text.charAt(16) != ':' || !digits(text, 17, 2)) {
            return null;
        }
        int at = 19;
        int nano = 0;
        if (text.charAt(at) == '.') {
            int from = ++at;
            while (at < length && digit(text.charAt(at))) {
                at++;
            }
            int count = at - from;
            if (count == 0 || count > SCALE.length) {
                return null;
            }
            nano = number(text, from, count) * SCALE[count - 1];
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2),
                    number(text, 14, 2), number(text, 17, 2), nano, offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** {@code Z} or {@code ±HH:MM} from {@code at} to the end of the text, else null. */
    private static ZoneOffset offset(CharSequence text, int at) {
        int length = text.length();
        if (at == length - 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = at == length - 6 ? text.charAt(at) : 0;
        if ((sign != '+' && sign != '-') || !digits(text, at + 1, 2) || text.charAt(at + 3) != ':'
                || !digits(text, at + 4, 2)) {
            return null;
        }
        int hours = number(text, at + 1, 2);
        int minutes = number(text, at + 4, 2);
        try {
            return sign == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static boolean digits(CharSequence text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!digit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** ASCII digits only, as the JDK's ISO formatters read them. */
    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
