package org.komar.cases;

import java.util.Map;

import org.komar.shared.CaseId;
import org.komar.timeline.Timeline;

/**
 * Published, inside the importing transaction, once a chunk of new cases was stored in bulk ({@link CaseImports}),
 * with the facts and whole timelines of each. It stands for the {@code LegalEventRecorded} of each of their events,
 * which a bulk import does not publish: a module that derives something from timelines listens to this too, and
 * derives each of these cases once from what is given here. The cases are new: nothing was derived from them yet.
 * {@code bulk} is set when the import is large and said so ({@link CaseImports.Session#bulk()}): a read model that
 * can build a part of itself once at the end of the import (the statistics packs) may leave that part alone.
 */
public record CasesImported(Map<CaseId, CaseFacts> cases, Map<CaseId, Timeline> timelines, boolean bulk) {

    public CasesImported {
        cases = Map.copyOf(cases);
        timelines = Map.copyOf(timelines);
    }
}
