package org.komar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.komar.support.IntegrationTest;
import org.komar.support.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** After a bulk load, PostgreSQL's planner learns of the new rows when asked (an import asks as its tables grow). */
class BulkInsertTest extends IntegrationTest {

    @Autowired
    BulkInsert bulk;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refreshing_statistics_analyses_the_tables_on_postgresql() {
        assumeTrue(TestDatabases.postgresql(), "planner statistics are PostgreSQL's");
        OffsetDateTime before = lastAnalysed();

        bulk.refreshStatistics();

        OffsetDateTime after = lastAnalysed();
        assertThat(after).isNotNull();
        if (before != null) {
            assertThat(after).isAfter(before);
        }
    }

    private OffsetDateTime lastAnalysed() {
        return jdbc.queryForObject("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'legal_event'",
                OffsetDateTime.class);
    }
}
