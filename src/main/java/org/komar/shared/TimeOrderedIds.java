package org.komar.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers in the UUIDv7 layout (RFC 9562): the first 48 bits are the milliseconds since 1970, the rest random,
 * so that ids made one after the other sort one after the other. For rows written in bulk (an import's parties and
 * guardians), whose index entries then land next to each other instead of all over the index.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static int counter;

    private TimeOrderedIds() {
    }

    /** A new id, later in order than every id this process made before. */
    public static synchronized UUID next() {
        long millis = System.currentTimeMillis();
        if (millis <= lastMillis) {
            counter++;
            if (counter > 0xFFF) {
                lastMillis++;
                counter = 0;
            }
            millis = lastMillis;
        } else {
            lastMillis = millis;
            counter = 0;
        }
        return of(millis, counter, RANDOM.nextLong());
    }

    /** The id of that moment (milliseconds since 1970), with 12 bits of sequence and 62 bits of the given random. */
    public static UUID of(long millis, int sequence, long random) {
        long most = (millis << 16) | 0x7000L | (sequence & 0xFFFL);
        long least = (random & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
