package org.komar.diversion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.timeline.EventId;

/** One diversion order in the register (the read model): what lists filter, sort and count on. */
record RegisterRow(EventId orderId, CaseId caseId, ChildId childId, String caseNumber, String province,
                   String orderedBy, Instant orderedAt, List<Map<String, Object>> measures, DiversionStatus status,
                   Instant planDecidedAt, boolean modificationPending, Instant endedAt) {

    static RegisterRow of(DiversionHistory.Order order, CaseId caseId, UUID childId, String caseNumber,
                          String province) {
        return new RegisterRow(order.id(), caseId, new ChildId(childId), caseNumber, province, order.by(),
                order.orderedAt(), order.measures(), order.status(), order.planDecidedAt(),
                order.pendingModification().isPresent(), order.endedAt());
    }
}
