package org.komar.timeline;

import org.komar.shared.CaseId;

/** Published, inside the voiding transaction, after an event is voided. */
public record LegalEventVoided(CaseId caseId, LegalEvent event) {
}
