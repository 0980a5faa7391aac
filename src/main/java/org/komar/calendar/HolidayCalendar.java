package org.komar.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Public holidays, kept by administrators. {@link #workingDays()} is an in-memory snapshot (reloaded after every
 * change on this node, and every few minutes for changes made on another node), so deadline arithmetic never
 * touches the database. A removed holiday keeps its row, with who removed it, when and why.
 */
@Service
public class HolidayCalendar {

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private volatile WorkingDays snapshot;

    HolidayCalendar(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Weekends and the current public holidays. */
    public WorkingDays workingDays() {
        WorkingDays current = snapshot;
        if (current == null) {
            current = reload();
        }
        return current;
    }

    /** The holidays of one year, in date order. */
    @Transactional(readOnly = true)
    public List<Holiday> holidays(int year) {
        return jdbc.sql("""
                SELECT id, holiday_date, name_latin, name_khmer, source, added_at FROM public_holiday
                WHERE removed_at IS NULL AND holiday_date BETWEEN :from AND :to ORDER BY holiday_date, name_latin""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Holiday(rs.getObject("id", UUID.class),
                        rs.getObject("holiday_date", LocalDate.class), rs.getString("name_latin"),
                        rs.getString("name_khmer"), rs.getString("source"),
                        rs.getObject("added_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Transactional
    public Holiday add(Actor actor, LocalDate date, String nameLatin, String nameKhmer, String source) {
        actor.require(Permission.REFERENCE_ADMIN);
        FieldProblems problems = new FieldProblems();
        if (date == null) {
            problems.add("date", "REQUIRED");
        } else if (date.getYear() < 2000 || date.getYear() > 2100) {
            problems.add("date", "OUT_OF_RANGE", 2000, 2100);
        }
        String latin = trim(nameLatin);
        String khmer = trim(nameKhmer);
        if (latin == null) {
            problems.add("nameLatin", "REQUIRED");
        } else if (latin.length() > MAX_NAME) {
            problems.add("nameLatin", "TEXT_TOO_LONG", MAX_NAME);
        }
        if (khmer == null) {
            problems.add("nameKhmer", "REQUIRED");
        } else if (khmer.length() > MAX_NAME) {
            problems.add("nameKhmer", "TEXT_TOO_LONG", MAX_NAME);
        }
        String from = trim(source);
        if (from != null && from.length() > 300) {
            problems.add("source", "TEXT_TOO_LONG", 300);
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO public_holiday (id, holiday_date, name_latin, name_khmer, source, added_at, added_by)
                VALUES (:id, :date, :latin, :khmer, :source, :at, :by)""")
                .param("id", id).param("date", date).param("latin", latin).param("khmer", khmer)
                .param("source", from).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("by", actor.userId().value()).update();
        audit.record(actor, "HOLIDAY_ADDED", AuditSubject.of("HOLIDAY", id.toString()), null, date.toString());
        reloadAfterCommit();
        return new Holiday(id, date, latin, khmer, from, now);
    }

    /** Removes a holiday from the calendar; the row stays with the reason. */
    @Transactional
    public void remove(Actor actor, UUID id, String reason) {
        actor.require(Permission.REFERENCE_ADMIN);
        String why = trim(reason);
        if (why == null) {
            throw KomarException.invalidFields(List.of(new org.komar.shared.FieldProblem("reason", "REQUIRED")));
        }
        if (why.length() > 500) {
            throw KomarException.invalidFields(
                    List.of(new org.komar.shared.FieldProblem("reason", "TEXT_TOO_LONG", 500)));
        }
        int updated = jdbc.sql("""
                UPDATE public_holiday SET removed_at = :at, removed_by = :by, removal_reason = :reason
                WHERE id = :id AND removed_at IS NULL""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", actor.userId().value()).param("reason", why).param("id", id).update();
        if (updated == 0) {
            throw KomarException.notFound("HOLIDAY_NOT_FOUND");
        }
        audit.record(actor, "HOLIDAY_REMOVED", AuditSubject.of("HOLIDAY", id.toString()), why, null);
        reloadAfterCommit();
    }

    /** Picks up changes made on other application nodes. */
    @Scheduled(fixedDelayString = "${komar.calendar.refresh:PT5M}", initialDelayString = "${komar.calendar.refresh:PT5M}")
    void refresh() {
        reload();
    }

    WorkingDays reload() {
        List<LocalDate> days = jdbc.sql("SELECT holiday_date FROM public_holiday WHERE removed_at IS NULL")
                .query(LocalDate.class).list();
        WorkingDays loaded = new WorkingDays(days);
        snapshot = loaded;
        return loaded;
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
