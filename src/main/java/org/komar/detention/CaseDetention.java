package org.komar.detention;

import java.util.List;

import org.komar.facility.Facility;

/**
 * One case's deprivation of liberty for the case page and the API: the record at the moment, the facility where the
 * child is (null when not held or unknown), the occurrences counted per facility, the limits from the safeguards
 * engine ({@code limitsKnown} false when it did not answer), and for a child living with a parent the exit plan in
 * force (null when none).
 */
public record CaseDetention(DetentionRecord record, Facility facility, List<Occurrence> occurrences,
                            LimitStatus limits, boolean limitsKnown, ExitPlan exitPlan) {
}
