package org.komar.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The byte format of the packed read model ({@code stat_pack}): a pack is a run of entries, each written as its
 * length then its bytes, so that entries can be split, compared and removed without being read. Inside an entry,
 * numbers are variable-length (seven bits a byte) and moments are written as seconds from a base the pack knows
 * (its day) plus nanoseconds, so that a moment reads back exactly as the database gave it.
 */
final class PackBytes {

    private PackBytes() {
    }

    /** Splits a payload into its entries. */
    static List<byte[]> entries(byte[] payload) {
        List<byte[]> entries = new ArrayList<>();
        Reader reader = new Reader(payload);
        while (reader.more()) {
            int length = (int) reader.varLong();
            entries.add(Arrays.copyOfRange(payload, reader.position, reader.position + length));
            reader.position += length;
        }
        return entries;
    }

    /** Joins entries into a payload. */
    static byte[] payload(List<byte[]> entries) {
        Writer writer = new Writer();
        for (byte[] entry : entries) {
            writer.varLong(entry.length);
            writer.bytes(entry);
        }
        return writer.toBytes();
    }

    /** Writes an entry. */
    static final class Writer {

        private byte[] bytes = new byte[32];
        private int size;

        Writer byteValue(int value) {
            ensure(1);
            bytes[size++] = (byte) value;
            return this;
        }

        Writer longValue(long value) {
            ensure(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (value >>> shift);
            }
            return this;
        }

        /** An unsigned number, seven bits a byte. */
        Writer varLong(long value) {
            ensure(10);
            while ((value & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
            return this;
        }

        /** A signed number, small when near zero either way. */
        Writer zigZag(long value) {
            return varLong((value << 1) ^ (value >> 63));
        }

        /** A moment as seconds after {@code baseSecond} (either way) and its nanoseconds. */
        Writer moment(Instant moment, long baseSecond) {
            return zigZag(moment.getEpochSecond() - baseSecond).varLong(moment.getNano());
        }

        Writer bytes(byte[] more) {
            ensure(more.length);
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
            return this;
        }

        byte[] toBytes() {
            return Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Reads the entries of a payload in turn (a pack as stored: length, entry, length, entry…). */
    static final class Reader {

        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean more() {
            return position < bytes.length;
        }

        /** Skips the length written before each entry of a pack. */
        Reader entry() {
            varLong();
            return this;
        }

        int byteValue() {
            return bytes[position++];
        }

        long longValue() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (bytes[position++] & 0xFF);
            }
            return value;
        }

        long varLong() {
            long value = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
                shift += 7;
            }
        }

        long zigZag() {
            long raw = varLong();
            return (raw >>> 1) ^ -(raw & 1);
        }

        /** The seconds of a moment written by {@link Writer#moment}, its nanoseconds skipped. */
        long second(long baseSecond) {
            long second = baseSecond + zigZag();
            varLong();
            return second;
        }

        Instant moment(long baseSecond) {
            long second = baseSecond + zigZag();
            return Instant.ofEpochSecond(second, varLong());
        }
    }
}
