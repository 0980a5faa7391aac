package org.komar.diversion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.komar.shared.Cambodia;

/** Diversions in the API. Times are shown in Cambodia's offset; due dates are the law's deadlines as of now. */
final class DiversionResource {

    private DiversionResource() {
    }

    @Schema(name = "DiversionConsideration")
    record Consideration(String eventId, OffsetDateTime at, String by, String decision, List<String> reasons,
                         String reason, String warningForm) {
    }

    @Schema(name = "DiversionModification")
    record Modification(String requestEventId, OffsetDateTime requestedAt, OffsetDateTime dueAt, Integer planVersion,
                        OffsetDateTime decidedAt, Boolean approved, boolean automatic) {
    }

    @Schema(name = "DiversionNoncompliance")
    record Noncompliance(String reportEventId, OffsetDateTime reportedAt, OffsetDateTime hearingDueAt,
                         OffsetDateTime hearingAt, String outcome) {
    }

    @Schema(name = "DiversionOrder")
    record Order(String id, String caseId, String caseNumber, String childId, String province, String stage,
                 OffsetDateTime orderedAt, List<Map<String, Object>> measures, String status,
                 OffsetDateTime planDueAt, OffsetDateTime planDecidedAt, Integer planVersion,
                 OffsetDateTime modificationDueAt, OffsetDateTime hearingDueAt, OffsetDateTime nextDueAt,
                 OffsetDateTime endedAt, List<Modification> modifications, List<Noncompliance> noncompliances) {
    }

    @Schema(name = "CaseDiversion")
    record CaseDiversion(String caseId, String childId, List<Consideration> considerations, List<Order> orders) {
    }

    @Schema(name = "DiversionRegister")
    record Register(List<Order> items, long total, int page, int size) {
    }

    static CaseDiversion of(DiversionService.CaseDiversion diversion) {
        DiversionHistory history = diversion.history();
        return new CaseDiversion(diversion.caseId().toString(), diversion.childId().toString(),
                history.considerations().stream().map(c -> new Consideration(c.id().toString(), local(c.at()),
                        c.by(), c.decision(), c.reasons(), c.reason(), c.warningForm())).toList(),
                history.orders().stream().map(o -> order(o, diversion.caseId().toString(),
                        diversion.caseNumber(), diversion.childId().toString(), diversion.province())).toList());
    }

    static Register of(DiversionService.Register register) {
        return new Register(register.entries().stream().map(e -> e.order() != null
                ? order(e.order(), e.row().caseId().toString(), e.row().caseNumber(), e.row().childId().toString(),
                        e.row().province())
                : stored(e.row())).toList(), register.total(), register.page(), register.size());
    }

    static Order order(DiversionHistory.Order o, String caseId, String caseNumber, String childId, String province) {
        return new Order(o.id().toString(), caseId, caseNumber, childId, province, o.by(), local(o.orderedAt()),
                DiversionService.measures(o.measures()), o.status().name(), local(o.planDue().orElse(null)),
                local(o.planDecidedAt()), o.planVersion(),
                local(o.pendingModification().map(DiversionHistory.Modification::dueAt).orElse(null)),
                local(o.awaitedHearing().map(DiversionHistory.Noncompliance::hearingDueAt).orElse(null)),
                local(o.nextDue().orElse(null)), local(o.endedAt()),
                o.modifications().stream().map(m -> new Modification(m.id().toString(), local(m.requestedAt()),
                        local(m.dueAt()), m.planVersion(), local(m.decidedAt()), m.approved(), m.automatic()))
                        .toList(),
                o.noncompliances().stream().map(n -> new Noncompliance(n.id().toString(), local(n.reportedAt()),
                        local(n.hearingDueAt()), local(n.hearingAt()), n.outcome())).toList());
    }

    private static Order stored(RegisterRow row) {
        return new Order(row.orderId().toString(), row.caseId().toString(), row.caseNumber(),
                row.childId().toString(), row.province(), row.orderedBy(), local(row.orderedAt()),
                DiversionService.measures(row.measures()), row.status().name(), null, local(row.planDecidedAt()),
                null, null, null, null, local(row.endedAt()), List.of(), List.of());
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atOffset(Cambodia.OFFSET);
    }
}
