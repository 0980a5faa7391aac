package org.komar.safeguards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.komar.timeline.Attributes;

/**
 * The stretches of deprivation of liberty a timeline shows, derived once per case:
 * <ul>
 *   <li><b>custody</b> (ឃាត់ខ្លួន): from {@code CUSTODY_STARTED} (arrival at the unit, CPC 96) until
 *   {@code CUSTODY_ENDED}, a pre-trial detention order, a placement, release or death;</li>
 *   <li><b>pre-trial detention</b>: from {@code PRETRIAL_DETENTION_ORDERED} until {@code PRETRIAL_DETENTION_ENDED},
 *   release, death, the closing order (which ends it, CPC 249), a sentence, or a verdict other than a conviction;
 *   a stretch ordered with {@code afterEvadingSupervision} is the re-detention of CPC 230 and is kept apart;</li>
 *   <li><b>awaiting trial</b>: from a closing order that keeps the child detained until the first hearing, release
 *   or the end of detention (CPC 249, 305);</li>
 *   <li><b>detained</b>: any of these, a placement in a facility that deprives of liberty (not residential care,
 *   not a shelter, not a child living with a caregiver), or a custodial sentence not suspended, until release or
 *   death.</li>
 * </ul>
 * An open stretch has a null end.
 */
final class Spells {

    record Spell(Instant start, Instant end, int startIndex, boolean evasion) {

        boolean open() {
            return end == null;
        }

        /** Whether the stretch includes the instant (start inclusive, end exclusive). */
        boolean covers(Instant instant) {
            return !start.isAfter(instant) && (end == null || end.isAfter(instant));
        }
    }

    final List<Spell> custody = new ArrayList<>(2);
    final List<Spell> pretrial = new ArrayList<>(2);
    final List<Spell> awaitingTrial = new ArrayList<>(1);
    final List<Spell> detained = new ArrayList<>(2);

    private Spells() {
    }

    static Spells of(CaseInput in) {
        Spells spells = new Spells();
        Instant custodyStart = null;
        int custodyIndex = -1;
        Instant pretrialStart = null;
        int pretrialIndex = -1;
        boolean evasion = false;
        Instant awaitingStart = null;
        int awaitingIndex = -1;
        boolean placed = false;
        boolean serving = false;
        Instant detainedStart = null;
        int detainedIndex = -1;
        for (int i = 0; i < in.size; i++) {
            Instant t = in.at[i];
            Attributes a = in.attributes(i);
            boolean endCustody = false;
            boolean endPretrial = false;
            boolean endAwaiting = false;
            switch (in.types[i]) {
                case CUSTODY_STARTED -> {
                    if (custodyStart == null) {
                        custodyStart = t;
                        custodyIndex = i;
                    }
                }
                case CUSTODY_ENDED -> endCustody = true;
                case PRETRIAL_DETENTION_ORDERED -> {
                    endCustody = true;
                    if (pretrialStart == null) {
                        pretrialStart = t;
                        pretrialIndex = i;
                        evasion = a.isTrue("afterEvadingSupervision");
                    }
                }
                case PRETRIAL_DETENTION_ENDED -> {
                    endPretrial = true;
                    endAwaiting = true;
                }
                case CLOSING_ORDER -> {
                    endPretrial = true;
                    if (a.isTrue("keepsDetained") && awaitingStart == null) {
                        awaitingStart = t;
                        awaitingIndex = i;
                    }
                }
                case HEARING_HELD -> endAwaiting = true;
                case SENTENCED -> {
                    endPretrial = true;
                    serving = a.isTrue("custodial") && !a.isTrue("suspended");
                }
                case VERDICT -> endPretrial = !"CONVICTED".equals(a.text("outcome").orElse(null));
                case PLACED -> {
                    endCustody = true;
                    String type = a.text("facilityType").orElse(null);
                    placed = !a.isTrue("withCaregiver") && !"RESIDENTIAL_CARE".equals(type)
                            && !"SHELTER".equals(type);
                }
                case RELEASED, DIED_IN_DETENTION -> {
                    endCustody = true;
                    endPretrial = true;
                    endAwaiting = true;
                    placed = false;
                    serving = false;
                }
                default -> {
                    // Other events do not move the child in or out of detention.
                }
            }
            if (endCustody && custodyStart != null) {
                spells.custody.add(new Spell(custodyStart, t, custodyIndex, false));
                custodyStart = null;
            }
            if (endPretrial && pretrialStart != null && pretrialIndex != i) {
                spells.pretrial.add(new Spell(pretrialStart, t, pretrialIndex, evasion));
                pretrialStart = null;
            }
            if (endAwaiting && awaitingStart != null && awaitingIndex != i) {
                spells.awaitingTrial.add(new Spell(awaitingStart, t, awaitingIndex, false));
                awaitingStart = null;
            }
            boolean held = custodyStart != null || pretrialStart != null || awaitingStart != null || placed
                    || serving;
            if (held && detainedStart == null) {
                detainedStart = t;
                detainedIndex = i;
            } else if (!held && detainedStart != null) {
                spells.detained.add(new Spell(detainedStart, t, detainedIndex, false));
                detainedStart = null;
            }
        }
        if (custodyStart != null) {
            spells.custody.add(new Spell(custodyStart, null, custodyIndex, false));
        }
        if (pretrialStart != null) {
            spells.pretrial.add(new Spell(pretrialStart, null, pretrialIndex, evasion));
        }
        if (awaitingStart != null) {
            spells.awaitingTrial.add(new Spell(awaitingStart, null, awaitingIndex, false));
        }
        if (detainedStart != null) {
            spells.detained.add(new Spell(detainedStart, null, detainedIndex, false));
        }
        return spells;
    }

    /** Whether the child was deprived of liberty at the instant. */
    boolean detainedAt(Instant instant) {
        for (Spell spell : detained) {
            if (spell.covers(instant)) {
                return true;
            }
        }
        return false;
    }

    /** The stretch of detention that covers the instant, or null. */
    Spell detentionAt(Instant instant) {
        for (Spell spell : detained) {
            if (spell.covers(instant)) {
                return spell;
            }
        }
        return null;
    }

    /** Whether the child is deprived of liberty at the end of the known history. */
    boolean detainedNow() {
        return !detained.isEmpty() && detained.get(detained.size() - 1).open();
    }
}
