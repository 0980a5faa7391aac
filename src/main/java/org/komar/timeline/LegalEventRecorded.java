package org.komar.timeline;

import java.util.Map;

import org.komar.shared.CaseId;

/**
 * Published, inside the recording transaction, after an event is appended to a timeline. {@code timeline} is the
 * case's whole timeline with that event, read while the append holds the case's stream: no other transaction can
 * record on the case before this one ends, so whoever derives something from the case takes it from here instead of
 * reading it again. A listener must not record on the case itself: the listeners after it would get a timeline
 * without that event.
 */
public record LegalEventRecorded(CaseId caseId, LegalEvent event, Timeline timeline) {

    /** The timeline keyed by its case, as the derived views take many at once. */
    public Map<CaseId, Timeline> timelines() {
        return Map.of(caseId, timeline);
    }
}
