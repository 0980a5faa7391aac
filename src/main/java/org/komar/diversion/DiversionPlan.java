package org.komar.diversion;

import java.time.Instant;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.timeline.EventId;

/**
 * One version of the social agent's diversion plan (JJL 66–67) for a diversion order: its objectives, the measures
 * with their duration, services and providers, who is responsible (the implementer, the supervising social agent),
 * the schedule, and whether the child consented. Versions are numbered per case, never changed; the authority's
 * {@code DIVERSION_PLAN_DECIDED} names the version it decided in {@code planVersion}.
 */
record DiversionPlan(UUID id, CaseId caseId, EventId orderEventId, int version, Integer basedOn, String objectives,
                     String measures, String responsible, String schedule, boolean childConsented, UserId writtenBy,
                     Instant writtenAt) {

    /** Longest text a part of the plan holds. */
    static final int MAX_LENGTH = 4000;
}
