package org.komar.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.komar.access.Actor;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.shared.CaseId;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading whole cases out for an export, page by page in a stable order (by case id): each page holds the cases in
 * the caller's scope (the same condition as every other read, placed in the query), with their child, parties and
 * full timeline, voided events included. Each case read is audited, one line per case, in the page's transaction.
 */
@Service
public class CaseExports {

    /** At most this many cases per page. */
    public static final int MAX_PAGE = 500;

    private final CaseRepository cases;
    private final CaseAccessPolicy policy;
    private final ChildService children;
    private final TimelineStore timelines;
    private final AuditLog audit;

    CaseExports(CaseRepository cases, CaseAccessPolicy policy, ChildService children, TimelineStore timelines,
                AuditLog audit) {
        this.cases = cases;
        this.policy = policy;
        this.children = children;
        this.timelines = timelines;
        this.audit = audit;
    }

    /** A case as an export writes it: everything a bundle carries, the derived status left out. */
    public record ExportedCase(CaseId id, String caseNumber, Child child, CaseRole role, Offence offence,
                               LocalDate offenceDate, String place, String province, AgencyId ownerAgency,
                               Instant openedAt, List<CaseParty> parties, Timeline timeline) {
    }

    /** The next page of cases in scope after {@code after} (null: the first page); empty when there is no more. */
    @Transactional
    public List<ExportedCase> page(Actor actor, CaseId after, int size) {
        actor.require(Permission.CASE_READ);
        Map<String, Object> params = new HashMap<>();
        String condition = policy.caseCondition(actor, params);
        List<CaseId> ids = cases.idsAfter(after, Math.max(1, Math.min(size, MAX_PAGE)), condition, params);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<CaseId, CaseRecord> records = new HashMap<>();
        cases.findAll(ids).forEach(record -> records.put(record.id(), record));
        Map<org.komar.shared.ChildId, Child> childById = children.ofCasesInScope(
                records.values().stream().map(CaseRecord::childId).distinct().toList());
        Map<CaseId, List<CaseParty>> parties = cases.partiesOf(ids);
        Map<CaseId, Timeline> loaded = timelines.loadAll(ids);
        List<ExportedCase> page = new ArrayList<>();
        List<AuditSubject> read = new ArrayList<>();
        for (CaseId id : ids) {
            CaseRecord record = records.get(id);
            Child child = record == null ? null : childById.get(record.childId());
            if (child == null) {
                continue;
            }
            page.add(new ExportedCase(id, record.caseNumber(), child, record.role(), record.offence(),
                    record.offenceDate(), record.place(), record.provinceCode(), record.ownerAgency(),
                    record.openedAt(), parties.getOrDefault(id, List.of()),
                    loaded.getOrDefault(id, Timeline.empty(id))));
            read.add(AuditSubject.ofCase(id.value(), child.id().value()));
        }
        audit.recordAll(actor, "CASE_EXPORTED", read, null);
        return page;
    }
}
