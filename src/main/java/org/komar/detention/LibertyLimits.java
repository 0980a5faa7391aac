package org.komar.detention;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.komar.shared.CaseId;

/**
 * Where the detention views learn whether a child is held past a legal limit, and when the next limit falls: from
 * the safeguards engine ({@link SafeguardLimits}), which holds the law's limits; the detention module does not
 * compute them itself. Without an engine (an application slice that leaves it out) the views say so.
 */
interface LibertyLimits {

    /** For each of the cases, its limits on deprivation of liberty as of {@code asOf} (unknown ids left out). */
    Map<CaseId, LimitStatus> evaluate(Collection<CaseId> caseIds, Instant asOf);
}
