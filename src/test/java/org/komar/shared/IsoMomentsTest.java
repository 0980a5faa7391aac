package org.komar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Reading a moment by hand gives what the JDK gives, for every text: the same moment with the same offset, or the
 * same refusal. Random moments are written in the usual shape and in others, then damaged one character at a time.
 */
class IsoMomentsTest {

    private static final String NOISE = "0123456789:-+.TZtz 9\u17e1\u0661";

    @Property(tries = 3000)
    void any_text_is_read_as_the_jdk_reads_it(@ForAll long seed, @ForAll @IntRange(max = 3) int damage) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(moment(random));
        for (int i = 0; i < damage && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 1 -> text.deleteCharAt(Math.min(at, text.length() - 1));
                default -> text.setCharAt(Math.min(at, text.length() - 1), NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }

        assertReadAlike(text.toString());
    }

    @Test
    void the_usual_shape_is_read_by_hand_and_edges_go_to_the_jdk() {
        assertThat(IsoMoments.usual("2026-01-10T08:00:00+07:00"))
                .isEqualTo(OffsetDateTime.of(2026, 1, 10, 8, 0, 0, 0, ZoneOffset.ofHours(7)));
        assertThat(IsoMoments.usual("2024-02-29T23:59:59.123456789Z"))
                .isEqualTo(OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_789, ZoneOffset.UTC));
        assertThat(IsoMoments.usual("2025-03-01T08:00:00.5-00:30"))
                .isEqualTo(OffsetDateTime.of(2025, 3, 1, 8, 0, 0, 500_000_000, ZoneOffset.ofHoursMinutes(0, -30)));
        for (String edge : new String[] {"2025-02-29T08:00:00Z", "2025-03-01T24:00:00Z", "2025-03-01T08:00:60Z",
                "2025-03-01T08:00:00+18:30", "2025-03-01T08:00:00.Z", "2025-03-01T08:00Z", "2025-03-01t08:00:00z",
                "2025-03-01T08:00:00+07:00:00", "2025-03-01T08:00:00.1234567890Z", "+12025-03-01T08:00:00Z"}) {
            assertThat(IsoMoments.usual(edge)).as(edge).isNull();
            assertReadAlike(edge);
        }
        assertThatThrownBy(() -> IsoMoments.parse("2025-02-29T08:00:00Z")).isInstanceOf(DateTimeParseException.class);
    }

    private static void assertReadAlike(String text) {
        OffsetDateTime expected;
        try {
            expected = OffsetDateTime.parse(text);
        } catch (DateTimeParseException refused) {
            assertThatThrownBy(() -> IsoMoments.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        OffsetDateTime read = IsoMoments.parse(text);
        assertThat(read).as(text).isEqualTo(expected);
        assertThat(read.getOffset()).as(text).isEqualTo(expected.getOffset());
    }

    /** A random moment in one of the shapes the JDK accepts, mostly the usual one. */
    private static String moment(Random random) {
        OffsetDateTime moment = OffsetDateTime.of(1900 + random.nextInt(8100), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                random.nextBoolean() ? 0 : random.nextInt(1_000_000_000),
                ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800 + (random.nextInt(10) == 0 ? 30 : 0)));
        String text = moment.toString(); // seconds left out when zero, fraction in groups of three
        return switch (random.nextInt(4)) {
            case 0 -> text.toLowerCase(java.util.Locale.ROOT);
            default -> text;
        };
    }
}
