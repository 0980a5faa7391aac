package org.komar.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.komar.shared.Cambodia;

/**
 * Facts as entries of the packed read model: one pack per kind and day (Cambodia time), what the counting reads.
 * An entry holds what {@link FactRows} holds (the child, except for hearings, which are counted as hearings; the
 * profile; the flag; the moment; the second moment) and, for a release, when the child was brought back in conflict
 * with the law within a year ({@code stat_fact.reoffended_at}). It starts with a byte of flags: bits 0–1 the flag
 * (0 false, 1 true, 2 unknown), bit 2 a child key follows, bit 3 a second moment, bit 4 a re-offence.
 */
final class FactEntries {

    /** The kinds packed: what counting a period reads (family contacts go with the stretches held). */
    static final List<FactKind> PACKED = List.of(FactKind.ARREST, FactKind.SENTENCE, FactKind.DIVERSION,
            FactKind.DEATH, FactKind.RELEASE, FactKind.HEARING);

    private static final int CHILD = 4;
    private static final int AUX = 8;
    private static final int REOFFENDED = 16;

    private FactEntries() {
    }

    /** The pack of a fact of that kind at that moment. */
    static PackStore.Key key(FactKind kind, Instant at) {
        return new PackStore.Key(kind.name(), 0, day(at));
    }

    static int day(Instant at) {
        return (int) LocalDate.ofInstant(at, Cambodia.ZONE).toEpochDay();
    }

    static long dayStart(int day) {
        return LocalDate.ofEpochDay(day).atStartOfDay(Cambodia.ZONE).toEpochSecond();
    }

    static byte[] entry(FactKind kind, long childKey, int profile, Boolean flag, Instant at, Instant aux,
                        Instant reoffendedAt) {
        boolean child = kind != FactKind.HEARING;
        int header = (flag == null ? 2 : flag ? 1 : 0) | (child ? CHILD : 0) | (aux != null ? AUX : 0)
                | (reoffendedAt != null ? REOFFENDED : 0);
        PackBytes.Writer writer = new PackBytes.Writer().byteValue(header);
        if (child) {
            writer.longValue(childKey);
        }
        writer.varLong(profile).moment(at, dayStart(day(at)));
        if (aux != null) {
            writer.moment(aux, at.getEpochSecond());
        }
        if (reoffendedAt != null) {
            writer.moment(reoffendedAt, at.getEpochSecond());
        }
        return writer.toBytes();
    }

    /**
     * Adds the entries of a pack of the day to {@code rows}, as the row queries load them: moments in seconds; for a
     * release, the flag says whether the child was brought back in conflict with the law by {@code asOf}.
     */
    static void read(byte[] payload, int day, boolean release, Instant asOf, FactRows rows) {
        long base = dayStart(day);
        PackBytes.Reader reader = new PackBytes.Reader(payload);
        while (reader.more()) {
            reader.entry();
            int header = reader.byteValue();
            long child = (header & CHILD) != 0 ? reader.longValue() : 0L;
            int profile = (int) reader.varLong();
            long at = reader.second(base);
            long aux = (header & AUX) != 0 ? reader.second(at) : FactRows.NONE;
            int flag = header & 3;
            if (release) {
                Instant reoffended = (header & REOFFENDED) != 0 ? reader.moment(at) : null;
                flag = reoffended != null && !reoffended.isAfter(asOf) ? 1 : 0;
            } else if ((header & REOFFENDED) != 0) {
                reader.moment(at);
            }
            rows.addSeconds(child, profile, flag == 2 ? -1 : flag, at, aux);
        }
    }
}
