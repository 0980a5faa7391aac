package org.komar.statistics;

import java.util.List;
import java.util.Map;

import org.komar.cases.CaseFacts;
import org.komar.shared.CaseId;
import org.komar.timeline.Timeline;

/**
 * Where statistics learn who was deprived of liberty, when and in what status: from the detention module, which owns
 * that derivation. Only stretches that deprive the child of liberty are given (not a child living with a parent in
 * prison, not a care placement).
 */
interface DetentionSource {

    /** Whether detention records are kept at all; without them the stock indicators are not available. */
    boolean available();

    /** The stretches of deprivation of liberty of each case (cases with none may be absent). */
    Map<CaseId, List<Spell>> spells(Map<CaseId, Timeline> timelines, Map<CaseId, CaseFacts> facts);
}
