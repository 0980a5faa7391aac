package org.komar.timeline;

import java.util.Map;

import org.komar.shared.CaseId;

/**
 * Published, inside the importing transaction, after whole timelines of new cases were stored in bulk. It stands
 * for the {@link LegalEventRecorded} of each of their events, which a bulk import does not publish: a module that
 * derives something from timelines listens to both (and to {@link LegalEventVoided}), and derives each of these
 * cases once, from the timelines given here.
 */
public record TimelinesImported(Map<CaseId, Timeline> timelines) {

    public TimelinesImported {
        timelines = Map.copyOf(timelines);
    }
}
