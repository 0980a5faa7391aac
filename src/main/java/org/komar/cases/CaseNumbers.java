package org.komar.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.komar.shared.Cambodia;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable case numbers, one series per province and year: {@code 12-2026-00042}. The counter row is created in a
 * transaction of its own (so a race on the first number of a year cannot abort the caller's transaction), then
 * incremented under a row lock in the caller's.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;
    private final Clock clock;

    CaseNumbers(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions.getTransactionManager());
        this.separate.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String provinceCode) {
        int year = LocalDate.now(clock.withZone(Cambodia.ZONE)).getYear();
        int updated = increment(provinceCode, year);
        if (updated == 0) {
            ensureCounter(provinceCode, year);
            increment(provinceCode, year);
        }
        int value = jdbc.sql("SELECT last_value FROM case_number_counter WHERE province_code = :p AND counter_year = :y")
                .param("p", provinceCode).param("y", year).query(Integer.class).single();
        return String.format("%s-%d-%05d", provinceCode, year, value);
    }

    /**
     * {@code count} consecutive numbers of the province's series for this year, taken with one update (bulk
     * import): the first is returned, the others follow it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> nextBlock(String provinceCode, int count) {
        int year = LocalDate.now(clock.withZone(Cambodia.ZONE)).getYear();
        if (incrementBy(provinceCode, year, count) == 0) {
            ensureCounter(provinceCode, year);
            incrementBy(provinceCode, year, count);
        }
        int last = jdbc.sql("SELECT last_value FROM case_number_counter WHERE province_code = :p AND counter_year = :y")
                .param("p", provinceCode).param("y", year).query(Integer.class).single();
        List<String> block = new ArrayList<>(count);
        for (int value = last - count + 1; value <= last; value++) {
            block.add(String.format("%s-%d-%05d", provinceCode, year, value));
        }
        return block;
    }

    /**
     * {@link #nextBlock} for several provinces (a count each), in a short transaction of its own, committed at once:
     * the counters are not held until the caller's transaction ends, and the numbers stay taken should it roll back.
     */
    java.util.Map<String, List<String>> nextBlocksApart(java.util.Map<String, Integer> counts) {
        return separate.execute(status -> {
            java.util.Map<String, List<String>> blocks = new java.util.LinkedHashMap<>();
            counts.forEach((province, count) -> blocks.put(province, nextBlock(province, count)));
            return blocks;
        });
    }

    private int incrementBy(String provinceCode, int year, int count) {
        return jdbc.sql("""
                UPDATE case_number_counter SET last_value = last_value + :n
                WHERE province_code = :p AND counter_year = :y""")
                .param("n", count).param("p", provinceCode).param("y", year).update();
    }

    /**
     * {@link #reserve} for many numbers: one update per series, for the highest number of each, in the order of the
     * series (transactions reserving at the same time then wait for each other rather than deadlock).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void reserveAll(java.util.Collection<String> caseNumbers) {
        java.util.Map<String, String> highest = new java.util.TreeMap<>();
        for (String number : caseNumbers) {
            if (!number.matches("\\d{2}-\\d{4}-\\d{1,9}")) {
                continue;
            }
            String[] parts = number.split("-");
            String series = parts[0] + "-" + parts[1];
            highest.merge(series, number, (a, b) -> Integer.parseInt(a.split("-")[2])
                    >= Integer.parseInt(b.split("-")[2]) ? a : b);
        }
        highest.values().forEach(this::reserve);
    }

    /** {@link #reserveAll} in a short transaction of its own, committed at once (see {@link #nextBlocksApart}). */
    void reserveAllApart(java.util.Collection<String> caseNumbers) {
        if (!caseNumbers.isEmpty()) {
            separate.executeWithoutResult(status -> reserveAll(caseNumbers));
        }
    }

    private int increment(String provinceCode, int year) {
        return jdbc.sql("""
                UPDATE case_number_counter SET last_value = last_value + 1
                WHERE province_code = :p AND counter_year = :y""")
                .param("p", provinceCode).param("y", year).update();
    }

    private void ensureCounter(String provinceCode, int year) {
        try {
            separate.executeWithoutResult(status -> jdbc.sql("""
                    INSERT INTO case_number_counter (province_code, counter_year, last_value) VALUES (:p, :y, 0)""")
                    .param("p", provinceCode).param("y", year).update());
        } catch (DuplicateKeyException createdMeanwhile) {
            // Another transaction created the counter first; incrementing it is all that is left to do.
        }
    }

    private int raiseTo(String provinceCode, int year, int value) {
        return jdbc.sql("""
                UPDATE case_number_counter SET last_value = CASE WHEN last_value > :v THEN last_value ELSE :v END
                WHERE province_code = :p AND counter_year = :y""")
                .param("p", provinceCode).param("y", year).param("v", value).update();
    }

    /** Keeps an imported number's series ahead of it, so later numbers never collide with imported ones. */
    @Transactional(propagation = Propagation.MANDATORY)
    void reserve(String caseNumber) {
        String[] parts = caseNumber.split("-");
        if (parts.length != 3) {
            return;
        }
        String province = parts[0];
        int year;
        int value;
        try {
            year = Integer.parseInt(parts[1]);
            value = Integer.parseInt(parts[2]);
        } catch (NumberFormatException notOurFormat) {
            return;
        }
        if (raiseTo(province, year, value) == 0) {
            ensureCounter(province, year);
            raiseTo(province, year, value);
        }
    }
}
