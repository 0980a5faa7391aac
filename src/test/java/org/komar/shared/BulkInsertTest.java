package org.komar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.support.IntegrationTest;
import org.komar.support.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows go in as given (on PostgreSQL as {@code COPY} text), and after a bulk load PostgreSQL's planner learns of the
 * new rows when asked (an import asks as its tables grow).
 */
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

    @Test
    void moments_go_in_as_they_are_whole_seconds_fractions_and_the_open_end() {
        List<Instant> moments = List.of(Instant.parse("2025-03-01T08:00:00Z"), Instant.parse("2025-03-01T08:00:30Z"),
                Instant.parse("2024-02-29T23:59:59.123456Z"), Instant.parse("2025-03-01T08:00:00.500Z"),
                Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("9999-12-31T00:00:00Z"));
        jdbc.execute("CREATE TABLE bulk_insert_probe (n INTEGER, at TIMESTAMP WITH TIME ZONE)");
        try {
            bulk.insert("bulk_insert_probe", List.of("n", "at"),
                    moments.stream().map(at -> new Object[] {moments.indexOf(at), at}).toList());

            assertThat(jdbc.query("SELECT at FROM bulk_insert_probe ORDER BY n",
                    (rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())).isEqualTo(moments);
        } finally {
            jdbc.execute("DROP TABLE bulk_insert_probe");
        }
    }

    private OffsetDateTime lastAnalysed() {
        return jdbc.queryForObject("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'legal_event'",
                OffsetDateTime.class);
    }
}
