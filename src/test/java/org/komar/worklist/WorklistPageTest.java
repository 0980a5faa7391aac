package org.komar.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A count that stopped at the limit says "more than" and pages through the first alerts only. */
class WorklistPageTest {

    private static final Instant NOW = Instant.parse("2026-11-10T03:00:00Z");

    @Test
    void a_count_under_the_limit_is_exact() {
        WorklistPage page = new WorklistPage(List.of(), 120, 0, 50, NOW, NOW);

        assertThat(page.more()).isFalse();
        assertThat(page.shownTotal()).isEqualTo(120);
        assertThat(page.pages()).isEqualTo(3);
    }

    @Test
    void a_count_past_the_limit_says_more_and_pages_through_the_first_alerts() {
        WorklistPage page = new WorklistPage(List.of(), Worklist.COUNT_LIMIT + 1, 0, 50, NOW, NOW);

        assertThat(page.more()).isTrue();
        assertThat(page.shownTotal()).isEqualTo(Worklist.COUNT_LIMIT);
        assertThat(page.pages()).isEqualTo(Worklist.COUNT_LIMIT / 50);
        assertThat(new Worklist.Summary(Worklist.COUNT_LIMIT + 1, 3, 0, 0, false)
                .over(Worklist.COUNT_LIMIT + 1)).isTrue();
    }
}
