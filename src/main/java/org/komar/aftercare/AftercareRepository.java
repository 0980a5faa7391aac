package org.komar.aftercare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AftercareRepository {

    private final JdbcClient jdbc;

    AftercareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AftercarePlan p) {
        jdbc.sql("""
                INSERT INTO aftercare_plan (id, case_id, child_id, agency_id, programme, released_at, starts_on, goals,
                                            services, started_event_id, created_by, created_at)
                VALUES (:id, :caseId, :childId, :agency, :programme, :releasedAt, :startsOn, :goals, :services,
                        :event, :by, :at)""")
                .param("id", p.id().value()).param("caseId", p.caseId().value()).param("childId", p.childId().value())
                .param("agency", p.agency().value()).param("programme", p.programme())
                .param("releasedAt", utc(p.releasedAt())).param("startsOn", p.startsOn()).param("goals", p.goals())
                .param("services", String.join(",", p.services())).param("event", p.startedEventId())
                .param("by", p.createdBy().value()).param("at", utc(p.createdAt()))
                .update();
    }

    void addContact(AftercarePlanId plan, AftercarePlan.Contact c) {
        jdbc.sql("""
                INSERT INTO aftercare_contact (id, plan_id, kind, service, happened_on, note, event_id, recorded_by,
                                               recorded_at)
                VALUES (:id, :plan, :kind, :service, :on, :note, :event, :by, :at)""")
                .param("id", c.id()).param("plan", plan.value()).param("kind", c.kind().name())
                .param("service", c.service()).param("on", c.on()).param("note", c.note())
                .param("event", c.eventId()).param("by", c.recordedBy().value()).param("at", utc(c.recordedAt()))
                .update();
    }

    Optional<AftercarePlan> find(AftercarePlanId id) {
        return query("p.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    /** Plans matching the condition over {@code aftercare_plan p}, newest release first, with their contacts. */
    List<AftercarePlan> query(String condition, Map<String, Object> params) {
        List<AftercarePlan> plans = jdbc.sql("SELECT p.* FROM aftercare_plan p WHERE " + condition
                        + " ORDER BY p.released_at DESC, p.id")
                .params(params).query((rs, n) -> map(rs)).list();
        if (plans.isEmpty()) {
            return plans;
        }
        Map<UUID, List<AftercarePlan.Contact>> contacts = new HashMap<>();
        List<UUID> ids = plans.stream().map(p -> p.id().value()).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("SELECT * FROM aftercare_contact WHERE plan_id IN (:ids) ORDER BY happened_on, recorded_at, id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query(rs -> {
                        contacts.computeIfAbsent(rs.getObject("plan_id", UUID.class), k -> new ArrayList<>())
                                .add(contact(rs));
                    });
        }
        return plans.stream().map(p -> new AftercarePlan(p.id(), p.caseId(), p.childId(), p.agency(), p.programme(),
                p.releasedAt(), p.startsOn(), p.goals(), p.services(), p.startedEventId(), p.createdBy(),
                p.createdAt(), List.copyOf(contacts.getOrDefault(p.id().value(), List.of())))).toList();
    }

    private static AftercarePlan.Contact contact(ResultSet rs) throws SQLException {
        return new AftercarePlan.Contact(rs.getObject("id", UUID.class), ContactKind.valueOf(rs.getString("kind")),
                rs.getString("service"), rs.getObject("happened_on", LocalDate.class), rs.getString("note"),
                rs.getObject("event_id", UUID.class), new UserId(rs.getObject("recorded_by", UUID.class)),
                instant(rs, "recorded_at"));
    }

    private static AftercarePlan map(ResultSet rs) throws SQLException {
        String services = rs.getString("services");
        return new AftercarePlan(new AftercarePlanId(rs.getObject("id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), new ChildId(rs.getObject("child_id", UUID.class)),
                new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getString("programme"),
                instant(rs, "released_at"), rs.getObject("starts_on", LocalDate.class), rs.getString("goals"),
                services == null || services.isBlank() ? List.of() : Arrays.asList(services.split(",")),
                rs.getObject("started_event_id", UUID.class), new UserId(rs.getObject("created_by", UUID.class)),
                instant(rs, "created_at"), List.of());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
