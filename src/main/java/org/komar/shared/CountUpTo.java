package org.komar.shared;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts the rows a query matches, but only up to a limit and one more: over a whole country a person's scope holds
 * hundreds of thousands of cases or millions of alerts, and counting them all takes seconds for a number nobody
 * pages through. A count above {@code limit} means "more than {@code limit}".
 */
public final class CountUpTo {

    private CountUpTo() {
    }

    /** The rows of {@code fromWhere} (the query from its {@code FROM} on), counted up to {@code limit + 1}. */
    public static long count(JdbcClient jdbc, String fromWhere, Map<String, Object> params, long limit) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 " + fromWhere + " FETCH FIRST " + (limit + 1)
                + " ROWS ONLY) matching").params(params).query(Long.class).single();
    }
}
