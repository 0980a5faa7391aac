package org.komar.safeguards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.Cambodia;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The versioned rule sets, kept in the database and edited by administrators. {@link #history()} is an in-memory
 * snapshot (reloaded after every change on this node and every few minutes for changes made on another), so
 * evaluating safeguards never touches the database for parameters. A change is always a new version with an
 * effective date no earlier than today and no earlier than the latest version's: a version once made is never
 * edited, so a case already judged keeps the law it was judged by.
 */
@Service
class RuleSets {

    private static final int MAX_NOTE = 1000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private volatile RuleSetHistory snapshot;

    RuleSets(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    RuleSetHistory history() {
        RuleSetHistory current = snapshot;
        return current != null ? current : reload();
    }

    /**
     * Makes a new version from the latest one with the submitted values ({@code Parameter} name to text; a parameter
     * not submitted keeps its latest value). Audited with the names of the values that changed.
     */
    @Transactional
    RuleSet create(Actor actor, String effectiveFrom, Map<String, String> submitted, String note) {
        actor.require(Permission.REFERENCE_ADMIN);
        RuleSet latest = reload().latest();
        FieldProblems problems = new FieldProblems();
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        LocalDate from = null;
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            problems.add("effectiveFrom", "REQUIRED");
        } else {
            try {
                from = LocalDate.parse(effectiveFrom.strip());
            } catch (java.time.format.DateTimeParseException malformed) {
                problems.add("effectiveFrom", "MALFORMED_DATE");
            }
        }
        if (from != null && from.isBefore(today)) {
            problems.add("effectiveFrom", "RULE_SET_DATE_IN_PAST");
        } else if (from != null && from.isBefore(latest.effectiveFrom())) {
            problems.add("effectiveFrom", "RULE_SET_DATE_BEFORE_LATEST", latest.effectiveFrom().toString());
        } else if (from != null && from.getYear() > 2100) {
            problems.add("effectiveFrom", "OUT_OF_RANGE", today.toString(), "2100-12-31");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why == null) {
            problems.add("note", "REQUIRED");
        } else if (why.length() > MAX_NOTE) {
            problems.add("note", "TEXT_TOO_LONG", MAX_NOTE);
        }
        Map<Parameter, Integer> values = new EnumMap<>(Parameter.class);
        StringJoiner changed = new StringJoiner(",");
        for (Parameter parameter : Parameter.values()) {
            String text = submitted.get(parameter.name());
            Integer value = text == null ? Integer.valueOf(latest.get(parameter)) : parameter.parse(text);
            if (value == null) {
                if (parameter.kind() == Parameter.Kind.CHOICE || parameter.kind() == Parameter.Kind.SWITCH) {
                    problems.add(parameter.name(), "UNKNOWN_CHOICE", text, String.join(", ",
                            parameter.kind() == Parameter.Kind.SWITCH ? List.of("true", "false")
                                    : parameter.options()));
                } else {
                    problems.add(parameter.name(), "OUT_OF_RANGE", parameter.min(), parameter.max());
                }
                continue;
            }
            values.put(parameter, value);
            if (value != latest.get(parameter)) {
                changed.add(parameter.name());
            }
        }
        problems.throwIfAny();
        int version = latest.version() + 1;
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    INSERT INTO safeguard_rule_set (version, effective_from, note, created_at, created_by)
                    VALUES (:version, :from, :note, :at, :by)""")
                    .param("version", version).param("from", from).param("note", why)
                    .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .param("by", actor.userId().value()).update();
        } catch (DuplicateKeyException concurrent) {
            throw KomarException.conflict("RULE_SET_CHANGED");
        }
        for (Map.Entry<Parameter, Integer> entry : values.entrySet()) {
            jdbc.sql("INSERT INTO safeguard_rule_value (version, name, setting) VALUES (:version, :name, :setting)")
                    .param("version", version).param("name", entry.getKey().name())
                    .param("setting", entry.getKey().format(entry.getValue())).update();
        }
        audit.record(actor, "RULE_SET_CREATED", AuditSubject.of("RULE_SET", Integer.toString(version)), why,
                "effectiveFrom=" + from + " changed=" + changed);
        reloadAfterCommit();
        return new RuleSet(version, from, values, why, now, actor.userId().value());
    }

    /** Picks up versions made on other application nodes. */
    @Scheduled(fixedDelayString = "${komar.safeguards.refresh:PT5M}",
            initialDelayString = "${komar.safeguards.refresh:PT5M}")
    void refresh() {
        reload();
    }

    RuleSetHistory reload() {
        Map<Integer, Map<Parameter, Integer>> values = new HashMap<>();
        jdbc.sql("SELECT version, name, setting FROM safeguard_rule_value").query(rs -> {
            Parameter parameter = parameter(rs.getString("name"));
            if (parameter != null) {
                Integer value = parameter.parse(rs.getString("setting"));
                if (value != null) {
                    values.computeIfAbsent(rs.getInt("version"), v -> new EnumMap<>(Parameter.class))
                            .put(parameter, value);
                }
            }
        });
        List<RuleSet> versions = new ArrayList<>(jdbc.sql("""
                SELECT version, effective_from, note, created_at, created_by FROM safeguard_rule_set""")
                .query((rs, n) -> new RuleSet(rs.getInt("version"), rs.getObject("effective_from", LocalDate.class),
                        values.getOrDefault(rs.getInt("version"), Map.of()), rs.getString("note"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("created_by", UUID.class)))
                .list());
        RuleSetHistory loaded = versions.isEmpty() ? RuleSetHistory.lawOnly() : new RuleSetHistory(versions);
        snapshot = loaded;
        return loaded;
    }

    private static Parameter parameter(String name) {
        try {
            return Parameter.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
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
}
