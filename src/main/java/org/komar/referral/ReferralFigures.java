package org.komar.referral;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.komar.shared.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals as statistics count them: no agency, reason or note, only when each referral of a period was made,
 * accepted and closed with its service completed. Whoever shows the figures applies their own access rules to the
 * cases behind them.
 */
@Service
public class ReferralFigures {

    /**
     * One referral: its case, when it was made, when the receiving agency accepted it (null if it did not) and when
     * it was closed with the service completed (null otherwise).
     */
    public record Counted(CaseId caseId, Instant referredAt, Instant acceptedAt, Instant completedAt) {
    }

    private final JdbcClient jdbc;

    ReferralFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The referrals made from {@code start} (inclusive) to {@code end} (exclusive). */
    @Transactional(readOnly = true)
    public List<Counted> madeBetween(Instant start, Instant end) {
        return jdbc.sql("""
                SELECT case_id, referred_at,
                       CASE WHEN status IN ('ACCEPTED', 'CLOSED') THEN responded_at END AS accepted_at,
                       CASE WHEN status = 'CLOSED' AND outcome = 'SERVICE_COMPLETED' THEN closed_at END AS completed_at
                FROM referral WHERE referred_at >= :start AND referred_at < :end""")
                .param("start", OffsetDateTime.ofInstant(start, java.time.ZoneOffset.UTC))
                .param("end", OffsetDateTime.ofInstant(end, java.time.ZoneOffset.UTC))
                .query((rs, n) -> new Counted(new CaseId(rs.getObject(1, java.util.UUID.class)),
                        instant(rs.getObject(2, OffsetDateTime.class)), instant(rs.getObject(3, OffsetDateTime.class)),
                        instant(rs.getObject(4, OffsetDateTime.class))))
                .list();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
