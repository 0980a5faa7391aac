package org.komar.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A referral in the API. Agencies are named by id; {@code serviceNames} are the service's names in OSCaR and Primero. */
@Schema(name = "Referral")
record ReferralResource(String id, String caseId, String caseNumber, String fromAgency, String toAgency,
                        String service, ServiceNames serviceNames, String consent, String consentNote, String reason,
                        boolean urgent, String status, Instant referredAt, Instant respondBy, boolean overdue,
                        Instant respondedAt, String response, Instant closedAt, String outcome, String closingNote,
                        int version, List<Activity> activities) {

    record ServiceNames(String oscar, String primeroType, String primeroSubtype) {

        static ServiceNames of(ReferredService service) {
            return new ServiceNames(service.oscarName(), service.primeroType(), service.primeroSubtype());
        }
    }

    record Activity(String kind, LocalDate on, String note, LocalDate nextFollowUp, Instant recordedAt) {
    }

    static ReferralResource of(Referral r, Instant now) {
        return new ReferralResource(r.id().toString(), r.caseId().toString(), r.caseNumber(),
                r.fromAgency().toString(), r.toAgency().toString(), r.service().name(),
                ServiceNames.of(r.service()), r.consent().name(), r.consentNote(), r.reason(), r.urgent(),
                r.status().name(), r.referredAt(), r.respondBy(), r.overdueAt(now), r.respondedAt(), r.response(),
                r.closedAt(), r.outcome() == null ? null : r.outcome().name(), r.closingNote(), r.version(),
                r.activities().stream().map(a -> new Activity(a.kind().name(), a.on(), a.note(), a.nextFollowUp(),
                        a.recordedAt())).toList());
    }
}
