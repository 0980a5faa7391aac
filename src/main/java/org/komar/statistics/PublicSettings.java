package org.komar.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the public figures are published: the smallest count shown ({@code threshold}, 5 by default: smaller counts
 * are suppressed), when they are recomputed ({@code schedule}, a cron expression of six fields in Cambodia's time,
 * by default every day at 03:00) and how many complete years are published. Administrators change them; every
 * change is audited with the old and new values.
 */
@Service
class PublicSettings {

    static final int MIN_THRESHOLD = 3;
    static final int MAX_THRESHOLD = 50;
    static final int MAX_YEARS = Period.MAX_YEARS;

    /** The settings in force. */
    record Settings(int threshold, String schedule, int years, Instant updatedAt) {

        /** The first moment after {@code after} at which the schedule asks for a recompute. */
        Instant nextAfter(Instant after) {
            ZonedDateTime next = CronExpression.parse(schedule).next(after.atZone(Cambodia.ZONE));
            return next == null ? Instant.MAX : next.toInstant();
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PublicSettings(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Settings current() {
        return jdbc.sql("SELECT threshold, schedule, years, updated_at FROM stat_public_setting WHERE id = 1")
                .query((rs, n) -> {
                    OffsetDateTime updated = rs.getObject(4, OffsetDateTime.class);
                    return new Settings(rs.getInt(1), rs.getString(2), rs.getInt(3),
                            updated == null ? null : updated.toInstant());
                })
                .optional().orElse(new Settings(5, "0 0 3 * * *", 3, null));
    }

    @Transactional
    Settings update(Actor actor, String threshold, String schedule, String years) {
        actor.require(Permission.REFERENCE_ADMIN);
        FieldProblems problems = new FieldProblems();
        Integer newThreshold = number(threshold, "threshold", MIN_THRESHOLD, MAX_THRESHOLD, problems);
        Integer newYears = number(years, "years", 1, MAX_YEARS, problems);
        String cron = schedule == null ? "" : schedule.strip().replaceAll("\\s+", " ");
        if (cron.isEmpty()) {
            problems.add("schedule", "REQUIRED");
        } else if (cron.length() > 100 || !CronExpression.isValidExpression(cron)) {
            problems.add("schedule", "PUBLIC_SCHEDULE_INVALID", cron);
        }
        problems.throwIfAny();
        Settings before = current();
        Instant now = clock.instant();
        jdbc.sql("UPDATE stat_public_setting SET threshold = :threshold, schedule = :schedule, years = :years,"
                        + " updated_at = :at, updated_by = :by WHERE id = 1")
                .param("threshold", newThreshold).param("schedule", cron).param("years", newYears)
                .param("at", FactStore.utc(now)).param("by", actor.userId().value()).update();
        audit.record(actor, "PUBLIC_FIGURES_SETTINGS_CHANGED", AuditSubject.of("PUBLIC_FIGURES", "settings"), null,
                "threshold=" + before.threshold() + "->" + newThreshold + " schedule=" + before.schedule() + "->"
                        + cron + " years=" + before.years() + "->" + newYears);
        return new Settings(newThreshold, cron, newYears, now);
    }

    private static Integer number(String text, String field, int min, int max, FieldProblems problems) {
        if (text == null || text.isBlank()) {
            problems.add(field, "REQUIRED");
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                problems.add(field, "OUT_OF_RANGE", min, max);
                return null;
            }
            return value;
        } catch (NumberFormatException malformed) {
            problems.add(field, "OUT_OF_RANGE", min, max);
            return null;
        }
    }
}
