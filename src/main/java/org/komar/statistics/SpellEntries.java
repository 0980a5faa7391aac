package org.komar.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.komar.shared.Cambodia;

/**
 * Stretches held as entries of the packed read model: one pack per day a stretch began on and year it ends in (9999
 * while it lasts), so that the stretches that can cover a census moment, or overlap a period, are the packs of the
 * stretches begun by then that end that year or later. An entry holds the stretch ({@code stat_spell}) and the
 * moments of its case's family contacts, so that the census needs nothing else. It starts with a byte of flags: bits
 * 0–1 the status, bits 2–3 separated (0 no, 1 yes, 2 not recorded), bit 4 the stretch lasts.
 */
final class SpellEntries {

    static final String KIND = "SPELL";
    private static final int OPEN = 16;

    private SpellEntries() {
    }

    /** A stretch held, with the family contacts of its case (ascending). */
    record Entry(long childKey, int profile, Spell.Status status, Boolean separated, Instant since, Instant until,
                 Instant detainedSince, Instant statusSince, List<Instant> familyContacts) {
    }

    static PackStore.Key key(Instant since, Instant until) {
        return new PackStore.Key(KIND, LocalDate.ofInstant(until, Cambodia.ZONE).getYear(), FactEntries.day(since));
    }

    static byte[] entry(Entry spell) {
        boolean open = spell.until().equals(FactStore.OPEN_END);
        int header = spell.status().ordinal() | (spell.separated() == null ? 2 : spell.separated() ? 1 : 0) << 2
                | (open ? OPEN : 0);
        long since = spell.since().getEpochSecond();
        PackBytes.Writer writer = new PackBytes.Writer().byteValue(header).longValue(spell.childKey())
                .varLong(spell.profile()).moment(spell.since(), FactEntries.dayStart(FactEntries.day(spell.since())));
        if (!open) {
            writer.moment(spell.until(), since);
        }
        writer.moment(spell.detainedSince(), since).moment(spell.statusSince(), since)
                .varLong(spell.familyContacts().size());
        for (Instant contact : spell.familyContacts()) {
            writer.moment(contact, since);
        }
        return writer.toBytes();
    }

    /** Reads every entry of a pack of stretches begun on {@code day}. */
    static void read(byte[] payload, int day, java.util.function.Consumer<Entry> each) {
        long base = FactEntries.dayStart(day);
        PackBytes.Reader reader = new PackBytes.Reader(payload);
        Spell.Status[] statuses = Spell.Status.values();
        while (reader.more()) {
            reader.entry();
            int header = reader.byteValue();
            long child = reader.longValue();
            int profile = (int) reader.varLong();
            Instant since = reader.moment(base);
            long sinceSecond = since.getEpochSecond();
            Instant until = (header & OPEN) != 0 ? FactStore.OPEN_END : reader.moment(sinceSecond);
            Instant detainedSince = reader.moment(sinceSecond);
            Instant statusSince = reader.moment(sinceSecond);
            int contacts = (int) reader.varLong();
            Instant[] family = new Instant[contacts];
            for (int i = 0; i < contacts; i++) {
                family[i] = reader.moment(sinceSecond);
            }
            int separated = (header >> 2) & 3;
            each.accept(new Entry(child, profile, statuses[header & 3], separated == 2 ? null : separated == 1,
                    since, until, detainedSince, statusSince, List.of(family)));
        }
    }
}
