package org.komar.worklist;

import java.time.Instant;
import java.util.List;

/**
 * One page of a worklist as of {@code asOf}, deadlines shown up to {@code horizonEnd}; {@code total} counted up to
 * {@link Worklist#COUNT_LIMIT} and one more, meaning "more than" (see {@link #more}).
 */
public record WorklistPage(List<WorklistItem> items, long total, int page, int size, Instant asOf, Instant horizonEnd) {

    /** Whether more alerts match than were counted. */
    public boolean more() {
        return total > Worklist.COUNT_LIMIT;
    }

    /** How many alerts may be paged through: all that match, or the first {@link Worklist#COUNT_LIMIT}. */
    public long shownTotal() {
        return Math.min(total, Worklist.COUNT_LIMIT);
    }

    public int pages() {
        return (int) Math.max(1, (shownTotal() + size - 1) / size);
    }
}
