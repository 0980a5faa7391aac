package org.komar.worklist;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code komar.worklist.*}: how far ahead a worklist shows deadlines ({@code horizon}, 7 days), how long a breach may
 * stay unacknowledged before it escalates to the supervisors ({@code escalate-after}, 24 hours), how often the sweep
 * looks for deadlines that have passed ({@code sweep}, 5 minutes) and how often it evaluates every case again
 * ({@code full-refresh}, a day: rule-set versions and holidays change verdicts without an event).
 */
@ConfigurationProperties("komar.worklist")
record WorklistProperties(Duration horizon, Duration escalateAfter, Duration sweep, Duration fullRefresh) {

    WorklistProperties {
        horizon = horizon == null ? Duration.ofDays(7) : horizon;
        escalateAfter = escalateAfter == null ? Duration.ofHours(24) : escalateAfter;
        sweep = sweep == null ? Duration.ofMinutes(5) : sweep;
        fullRefresh = fullRefresh == null ? Duration.ofDays(1) : fullRefresh;
    }
}
