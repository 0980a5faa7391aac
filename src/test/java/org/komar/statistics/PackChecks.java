package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Checks of the packs shared by the tests of the packed read model. */
final class PackChecks {

    private PackChecks() {
    }

    /** The packs as they stand, to compare: every pack that holds an entry, by key, its entries sorted. */
    static Map<String, List<ByteBuffer>> snapshot(JdbcClient jdbc) {
        Map<String, List<ByteBuffer>> packs = new TreeMap<>();
        jdbc.sql("SELECT kind, part, day_number, payload FROM stat_pack").query(rs -> {
            List<ByteBuffer> entries = new ArrayList<>(PackBytes.entries(rs.getBytes(4)).stream()
                    .map(ByteBuffer::wrap).toList());
            if (!entries.isEmpty()) {
                entries.sort(null);
                packs.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3), entries);
            }
        });
        return packs;
    }

    /** National figures of the period counted from the packs are exactly those counted row by row. */
    static void assertSameFromRows(StatisticsService statistics, FactQueries queries, Period period) {
        List<Breakdown> all = Breakdown.all();
        Figures packed = statistics.computeNational(period, all);
        Figures rows = IndicatorEngine.compute(RowCounting.fromRows(queries, period, statistics.nationalInputs(period),
                all));
        assertThat(packed).as("figures of %s as of %s", period.from(), period.asOf()).isEqualTo(rows);
    }
}
