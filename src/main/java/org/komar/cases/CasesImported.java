package org.komar.cases;

import java.util.Map;

import org.komar.shared.CaseId;
import org.komar.timeline.Timeline;

/**
 * Published, inside the importing transaction, once a chunk of new cases was stored in bulk ({@link CaseImports}),
 * with the facts and whole timelines of each. It stands for the {@code LegalEventRecorded} of each of their events,
 * which a bulk import does not publish: a module that derives something from timelines listens to this too, and
 * derives each of these cases once from what is given here. The cases are new: nothing was derived from them yet.
 */
public record CasesImported(Map<CaseId, CaseFacts> cases, Map<CaseId, Timeline> timelines) {

    public CasesImported {
        cases = Map.copyOf(cases);
        timelines = Map.copyOf(timelines);
    }
}
