package org.komar.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.komar.shared.Cambodia;

/** A case in the API: the contract shape of ARCHITECTURE.md plus the derived {@code status}. */
@Schema(name = "Case")
public record CaseResource(String id, String caseNumber, String childId, String role, OffenceResource offence,
                           String offenceDate, String place, String province, String ownerAgency, Instant openedAt,
                           Integer version, List<PartyResource> parties, Status status) {

    public record OffenceResource(String code, @JsonProperty("class") String offenceClass, Boolean intentional,
                                  Integer minPenaltyMonths, Integer maxPenaltyMonths) {
    }

    public record PartyResource(String agencyId, String userId, String function, boolean active, Instant since,
                                Instant until) {
    }

    /** Derived from the timeline at the moment of reading. Times are shown in Cambodia's offset. */
    public record Status(String stage, boolean closed, OffsetDateTime inCustodySince,
                         OffsetDateTime inPretrialDetentionSince, String facility, OffsetDateTime placedSince,
                         boolean underJudicialSupervision, boolean deprivedOfLiberty, Integer ageNow,
                         Integer ageAtOffence, boolean ageInDoubt) {
    }

    public static CaseResource of(CaseView view) {
        Offence offence = view.offence();
        CaseSituation s = view.situation();
        return new CaseResource(view.id().toString(), view.caseNumber(), view.childId().toString(),
                view.role().name(), offence == null ? null : new OffenceResource(
                        offence.code() == null ? null : offence.code().name(),
                        offence.offenceClass() == null ? null : offence.offenceClass().name(), offence.intentional(),
                        offence.minPenaltyMonths(), offence.maxPenaltyMonths()),
                view.offenceDate() == null ? null : view.offenceDate().toString(), view.place(),
                view.provinceCode(), view.ownerAgency().toString(), view.openedAt(), view.version(),
                view.parties().stream().map(p -> new PartyResource(
                        p.agencyId() == null ? null : p.agencyId().toString(),
                        p.userId() == null ? null : p.userId().toString(), p.function().name(), p.active(),
                        p.since(), p.until())).toList(),
                new Status(s.stage().name(), s.closed(), local(s.custodySince()), local(s.pretrialDetentionSince()),
                        s.facility(), local(s.placedSince()), s.underJudicialSupervision(), s.deprivedOfLiberty(),
                        s.ageNow(), s.ageAtOffence(), s.ageInDoubt()));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atOffset(Cambodia.OFFSET);
    }
}
