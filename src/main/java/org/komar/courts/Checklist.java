package org.komar.courts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;

/** One monitor's checklist of one hearing: an answer per item answered (as text: YES, 15, FAMILY_BOOK…). */
public record Checklist(UUID id, HearingId hearingId, UserId monitor, AgencyId monitorAgency,
                        Map<ChecklistItem, String> answers, String note, Instant savedAt, int version) {

    public String answer(ChecklistItem item) {
        return answers.get(item);
    }
}
