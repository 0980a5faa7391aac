package org.komar.courts;

import java.time.OffsetDateTime;
import java.util.List;

import org.komar.access.AgencyDirectory;
import org.komar.access.UserSummary;
import org.komar.shared.Cambodia;

/** A hearing in the API, for court people and others who see its case. Times are Phnom Penh times. */
record HearingResource(String id, String caseId, String caseNumber, Court court, OffsetDateTime scheduledAt,
                       String kind, String chamber, String status, String heldEventId, Postponement postponement,
                       String replaces, List<String> monitors, int version) {

    record Court(String id, String code, String latin, String khmer) {
    }

    record Postponement(String reason, String note, String replacedBy) {
    }

    static HearingResource of(Hearing h, AgencyDirectory agencies, java.util.function.Function<org.komar.access.UserId,
            String> username) {
        return new HearingResource(h.id().toString(), h.caseId().toString(), h.caseNumber(), court(h, agencies),
                h.scheduledAt().atZone(Cambodia.ZONE).toOffsetDateTime(), h.kind().name(), h.chamber(),
                h.status().name(), h.heldEventId() == null ? null : h.heldEventId().toString(),
                h.status() == HearingStatus.POSTPONED ? new Postponement(h.postponementReason().name(),
                        h.postponementNote(), h.replacedBy() == null ? null : h.replacedBy().toString()) : null,
                h.replaces() == null ? null : h.replaces().toString(),
                h.monitors().stream().map(username).toList(), h.version());
    }

    static Court court(Hearing h, AgencyDirectory agencies) {
        return agencies.find(h.court()).map(a -> new Court(a.id().toString(), a.code(), a.nameLatin(),
                a.nameKhmer())).orElse(new Court(h.court().toString(), null, null, null));
    }

    static String username(UserSummary user) {
        return user.username();
    }
}
