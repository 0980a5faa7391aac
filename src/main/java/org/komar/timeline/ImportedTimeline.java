package org.komar.timeline;

import java.util.List;

import org.komar.shared.CaseId;

/** The whole timeline of a new case arriving in a bulk import, its events in the order they were recorded. */
public record ImportedTimeline(CaseId caseId, List<ImportedEvent> events) {

    public ImportedTimeline {
        events = List.copyOf(events);
    }
}
