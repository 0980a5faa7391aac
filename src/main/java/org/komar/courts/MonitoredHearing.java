package org.komar.courts;

import java.time.Instant;

import org.komar.access.AgencyId;

/**
 * A hearing as its trial monitor sees it: what the checklist needs (court, time, kind, chamber, offence class) and
 * nothing that names the child or leads to the case (no case number, no case or child id).
 */
public record MonitoredHearing(HearingId id, AgencyId court, Instant scheduledAt, HearingKind kind, String chamber,
                               String offenceClass, HearingStatus status, Instant checklistSavedAt) {

    static MonitoredHearing of(Hearing hearing, Checklist checklist) {
        return new MonitoredHearing(hearing.id(), hearing.court(), hearing.scheduledAt(), hearing.kind(),
                hearing.chamber(), hearing.offenceClass(), hearing.status(),
                checklist == null ? null : checklist.savedAt());
    }
}
