package org.komar.worklist;

import java.time.Instant;
import java.util.List;

/** One page of a worklist as of {@code asOf}, deadlines shown up to {@code horizonEnd}. */
public record WorklistPage(List<WorklistItem> items, long total, int page, int size, Instant asOf, Instant horizonEnd) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
