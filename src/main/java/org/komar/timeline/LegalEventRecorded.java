package org.komar.timeline;

import org.komar.shared.CaseId;

/** Published, inside the recording transaction, after an event is appended to a timeline. */
public record LegalEventRecorded(CaseId caseId, LegalEvent event) {
}
