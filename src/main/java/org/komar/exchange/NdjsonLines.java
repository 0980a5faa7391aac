package org.komar.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads NDJSON one line at a time, with line numbers from 1 and the bytes read so far (for progress). A line is
 * bytes up to {@code \n} (a {@code \r} before it is dropped), decoded as strict UTF-8; a byte order mark at the very
 * start is skipped. Blank lines are passed over (their numbers still count). A line longer than the limit is not
 * kept in memory: it is read past and reported as too long; so is one that is not UTF-8.
 */
final class NdjsonLines {

    /** Far beyond any real bundle (a thousand events is about 300 KB). */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** One line: its text, or why it has none. */
    record Line(int number, String text, String problem) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long bytesRead;
    private int number;
    private boolean first = true;
    private byte[] line = new byte[8 * 1024];

    NdjsonLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    NdjsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The next line that is not blank, or null at the end. */
    Line next() {
        while (true) {
            int length = 0;
            boolean tooLong = false;
            boolean any = false;
            boolean ended = false;
            while (!ended) {
                if (position == limit && !fill()) {
                    break;
                }
                any = true;
                int from = position;
                int newline = from;
                while (newline < limit && buffer[newline] != '\n') {
                    newline++;
                }
                ended = newline < limit;
                int take = newline - from;
                position = ended ? newline + 1 : newline;
                bytesRead += position - from;
                if (tooLong || length + take > maxBytes) {
                    tooLong = true;
                    continue;
                }
                if (length + take > line.length) {
                    line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(line.length * 2, length + take)));
                }
                System.arraycopy(buffer, from, line, length, take);
                length += take;
            }
            if (!any) {
                return null;
            }
            number++;
            if (tooLong) {
                return new Line(number, null, "LINE_TOO_LONG");
            }
            int start = 0;
            if (first) {
                first = false;
                if (length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
                    start = 3;
                }
            }
            if (length > start && line[length - 1] == '\r') {
                length--;
            }
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(line, start, length - start)).toString();
            } catch (CharacterCodingException notUtf8) {
                return new Line(number, null, "NOT_UTF8");
            }
            if (!text.isBlank()) {
                return new Line(number, text, null);
            }
        }
    }

    private boolean fill() {
        try {
            int read = in.read(buffer);
            if (read <= 0) {
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
