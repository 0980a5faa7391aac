package org.komar.safeguards;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.calendar.HolidayCalendar;
import org.komar.calendar.WorkingDays;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseService;
import org.komar.shared.CaseId;
import org.komar.shared.KomarException;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safeguards engine's public service: every rule of the law (LAW.md table 1.13) and the policy targets, evaluated
 * for a case as of any moment with the rule set in force at each rule's triggering event and the public holidays
 * kept in the calendar.
 * <ul>
 *   <li>{@link #evaluate(Actor, CaseId, Instant)}: one case for a person (scope-checked, audited);</li>
 *   <li>{@link #evaluateAll(Collection, Instant)}: many cases at once for derived views (worklists, detention counts,
 *   statistics), without scope or audit: callers show results only through their own scoped, audited reads;</li>
 *   <li>{@link #evaluate(Timeline, CaseFacts, Instant)}: a case whose timeline and facts the caller already holds;</li>
 *   <li>{@link #libertyLimitRules()} / {@link SafeguardResult#heldBeyondLimit()}: which rules limit deprivation of
 *   liberty, and whether a child is held past such a limit.</li>
 * </ul>
 */
@Service
public class Safeguards {

    /** Cases loaded per database round trip in {@link #evaluateAll}. */
    private static final int BATCH = 500;

    private final CaseService cases;
    private final TimelineStore timelines;
    private final RuleSets ruleSets;
    private final HolidayCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;
    private final SafeguardEngine engine = SafeguardEngine.standard();

    Safeguards(CaseService cases, TimelineStore timelines, RuleSets ruleSets, HolidayCalendar calendar,
               AuditLog audit, Clock clock) {
        this.cases = cases;
        this.timelines = timelines;
        this.ruleSets = ruleSets;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every rule's verdict on a case the actor may read, as of {@code asOf} (null: now). A case outside the actor's
     * scope is "not found"; the read is audited as a read of the case ({@code SAFEGUARDS_READ}).
     */
    @Transactional
    public CaseSafeguards evaluate(Actor actor, CaseId caseId, Instant asOf) {
        actor.require(Permission.CASE_READ);
        if (!cases.inScope(actor, caseId)) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        CaseFacts facts = cases.facts(List.of(caseId)).get(caseId);
        if (facts == null) {
            throw KomarException.notFound("CASE_NOT_FOUND");
        }
        Instant moment = asOf != null ? asOf : clock.instant();
        Timeline timeline = timelines.load(caseId);
        audit.record(actor, "SAFEGUARDS_READ", AuditSubject.ofCase(caseId.value(), facts.child().id().value()),
                null, "asOf=" + moment);
        return evaluate(timeline, facts, moment);
    }

    /** Every rule's verdict on a case whose timeline and facts the caller already loaded. No I/O, no audit. */
    public CaseSafeguards evaluate(Timeline timeline, CaseFacts facts, Instant asOf) {
        return evaluate(timeline, facts, asOf, ruleSets.history(), calendar.workingDays());
    }

    /**
     * Every rule's verdict on each of the given cases as of {@code asOf}, loading timelines and facts a few hundred
     * at a time. Unknown ids are left out. Not scoped and not audited: for derived views that count or route, and
     * show a case only through a scoped, audited read.
     */
    @Transactional(readOnly = true)
    public Map<CaseId, CaseSafeguards> evaluateAll(Collection<CaseId> caseIds, Instant asOf) {
        RuleSetHistory history = ruleSets.history();
        WorkingDays workingDays = calendar.workingDays();
        List<CaseId> ids = new ArrayList<>(caseIds);
        Map<CaseId, CaseSafeguards> results = new HashMap<>(ids.size() * 2);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<CaseId> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<CaseId, CaseFacts> facts = cases.facts(chunk);
            Map<CaseId, Timeline> loaded = timelines.loadAll(facts.keySet());
            for (Map.Entry<CaseId, CaseFacts> entry : facts.entrySet()) {
                Timeline timeline = loaded.getOrDefault(entry.getKey(), Timeline.empty(entry.getKey()));
                results.put(entry.getKey(), evaluate(timeline, entry.getValue(), asOf, history, workingDays));
            }
        }
        return results;
    }

    /** The codes of every rule, in the registry's order (LAW.md table 1.13, then the policy targets). */
    public static List<String> ruleCodes() {
        return SafeguardRules.codes();
    }

    /**
     * The rules that limit how long a child may be deprived of liberty (U14-1, PC-1, PC-2, DIV-6, PTD-3, PTD-4,
     * PTD-5, PTD-8, CLO-1, APP-2): a breach of one of these while the child is still held means the child is held
     * past a legal limit ({@link SafeguardResult#heldBeyondLimit()}).
     */
    public static Set<String> libertyLimitRules() {
        return LIBERTY;
    }

    public static boolean concernsLiberty(String ruleCode) {
        return LIBERTY.contains(ruleCode);
    }

    private static final Set<String> LIBERTY = SafeguardRules.libertyLimitCodes();

    Instant now() {
        return clock.instant();
    }

    private CaseSafeguards evaluate(Timeline timeline, CaseFacts facts, Instant asOf, RuleSetHistory history,
                                    WorkingDays workingDays) {
        return evaluate(engine, timeline, facts, asOf, history, workingDays);
    }

    /** The one evaluation path: the service's and the benchmark's. Pure; safe to call from many threads. */
    static CaseSafeguards evaluate(SafeguardEngine engine, Timeline timeline, CaseFacts facts, Instant asOf,
                                   RuleSetHistory history, WorkingDays workingDays) {
        CaseInput input = CaseInput.of(facts.id(), asOf, timeline.active(), facts.role(), facts.offence(),
                facts.offenceDate(), facts.child() == null ? null : facts.child().birthClaim(), history,
                workingDays);
        return new CaseSafeguards(facts.id(), asOf, engine.evaluate(input));
    }
}
