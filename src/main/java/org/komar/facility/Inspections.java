package org.komar.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.Cambodia;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections of facilities, recorded by administrators ({@code REFERENCE_ADMIN}) with their findings, and later
 * the follow-up done. Nothing here is about a child, so reads are open to every signed-in person; writes are
 * audited. {@link #counts} gives indicators 12 and 13 their numbers.
 */
@Service
public class Inspections {

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final AuditLog audit;
    private final Clock clock;

    Inspections(JdbcClient jdbc, FacilityRegister register, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** An inspection as recorded: values as given. */
    public record NewInspection(String inspectedOn, String body, String bodyName, String findings, String followUp,
                                String followUpDue) {
    }

    /** Places of detention in use at a moment; of them, those independently inspected in the twelve months before
     * it, and those running a complaints mechanism. */
    public record Counts(long places, long inspected, long withComplaints) {
    }

    @Transactional
    public Inspection record(Actor actor, FacilityId facilityId, NewInspection given) {
        actor.require(Permission.REFERENCE_ADMIN);
        Facility facility = register.require(facilityId);
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.date("inspectedOn", given.inspectedOn(), true);
        if (on != null && on.isAfter(today)) {
            problems.add("inspectedOn", "DATE_IN_FUTURE");
        } else if (on != null && on.getYear() < 2000) {
            problems.add("inspectedOn", "OUT_OF_RANGE", 2000, today.getYear());
        }
        InspectionBody body = Enums.parse(InspectionBody.class, given.body(), "body", problems, true);
        String bodyName = problems.text("bodyName", given.bodyName(), 200, false);
        String findings = problems.text("findings", given.findings(), 4000, true);
        String followUp = problems.text("followUp", given.followUp(), 4000, false);
        LocalDate due = problems.date("followUpDue", given.followUpDue(), false);
        if (due != null && followUp == null) {
            problems.add("followUp", "REQUIRED");
        }
        if (due != null && on != null && due.isBefore(on)) {
            problems.add("followUpDue", "DATE_BEFORE_INSPECTION");
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO facility_inspection (id, facility_id, inspected_on, body, body_name, independent, findings,
                                                 follow_up, follow_up_due, version, recorded_at, recorded_by)
                VALUES (:id, :facility, :on, :body, :bodyName, :independent, :findings, :followUp, :due, 0, :at, :by)""")
                .param("id", id).param("facility", facility.id().value()).param("on", on)
                .param("body", body.name()).param("bodyName", bodyName).param("independent", body.independent())
                .param("findings", findings).param("followUp", followUp).param("due", due)
                .param("at", FacilityRepository.utc(now)).param("by", actor.userId().value())
                .update();
        audit.record(actor, "INSPECTION_RECORDED", AuditSubject.of("FACILITY", facility.id().toString()), null,
                "inspection=" + id + " body=" + body.name());
        return find(id);
    }

    /** Records that the follow-up was done, if nobody changed the inspection since {@code version} was read. */
    @Transactional
    public Inspection followUpDone(Actor actor, UUID inspectionId, Integer version, String doneOn, String note) {
        actor.require(Permission.REFERENCE_ADMIN);
        Inspection inspection = find(inspectionId);
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        FieldProblems problems = new FieldProblems();
        LocalDate done = problems.date("followUpDoneOn", doneOn, true);
        if (done != null && done.isAfter(today)) {
            problems.add("followUpDoneOn", "DATE_IN_FUTURE");
        } else if (done != null && done.isBefore(inspection.inspectedOn())) {
            problems.add("followUpDoneOn", "DATE_BEFORE_INSPECTION");
        }
        String text = problems.text("followUpNote", note, 2000, true);
        problems.throwIfAny();
        int updated = version == null ? 0 : jdbc.sql("""
                UPDATE facility_inspection SET follow_up_done_on = :done, follow_up_note = :note,
                       version = version + 1, updated_at = :at, updated_by = :by
                WHERE id = :id AND version = :version""")
                .param("done", done).param("note", text).param("at", FacilityRepository.utc(clock.instant()))
                .param("by", actor.userId().value()).param("id", inspectionId).param("version", version).update();
        if (updated == 0) {
            throw KomarException.conflict("STALE_INSPECTION");
        }
        audit.record(actor, "INSPECTION_FOLLOWED_UP", AuditSubject.of("FACILITY",
                inspection.facilityId().toString()), null, "inspection=" + inspectionId);
        return find(inspectionId);
    }

    @Transactional(readOnly = true)
    public Inspection find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> KomarException.notFound("INSPECTION_NOT_FOUND"));
    }

    /** A facility's inspections, newest first. */
    @Transactional(readOnly = true)
    public List<Inspection> ofFacility(FacilityId facilityId) {
        return jdbc.sql(SELECT + " WHERE facility_id = :id ORDER BY inspected_on DESC, recorded_at DESC")
                .param("id", facilityId.value()).query((rs, n) -> map(rs)).list();
    }

    /** Inspections of any facility made on or before {@code to} and after {@code from}. */
    @Transactional(readOnly = true)
    public List<Inspection> between(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " WHERE inspected_on > :from AND inspected_on <= :to ORDER BY inspected_on DESC")
                .param("from", from).param("to", to).query((rs, n) -> map(rs)).list();
    }

    /**
     * For indicators 12 and 13 at {@code asOf}: the places of detention in use then, how many had an independent
     * inspection in the twelve months up to that day, and how many run a complaints mechanism.
     */
    @Transactional(readOnly = true)
    public Counts counts(Instant asOf) {
        LocalDate day = LocalDate.ofInstant(asOf, Cambodia.ZONE);
        Set<FacilityId> places = new HashSet<>();
        long complaints = 0;
        for (Facility facility : register.all()) {
            if (facility.type().placeOfDetention() && facility.inUseAt(asOf)) {
                places.add(facility.id());
                complaints += facility.complaintsMechanism() ? 1 : 0;
            }
        }
        Set<FacilityId> inspected = new HashSet<>();
        jdbc.sql("""
                SELECT DISTINCT facility_id FROM facility_inspection
                WHERE independent = TRUE AND inspected_on > :from AND inspected_on <= :to""")
                .param("from", day.minusMonths(12)).param("to", day)
                .query(rs -> {
                    FacilityId id = new FacilityId(rs.getObject(1, UUID.class));
                    if (places.contains(id)) {
                        inspected.add(id);
                    }
                });
        return new Counts(places.size(), inspected.size(), complaints);
    }

    private static final String SELECT = "SELECT * FROM facility_inspection";

    private static Inspection map(ResultSet rs) throws SQLException {
        return new Inspection(rs.getObject("id", UUID.class), new FacilityId(rs.getObject("facility_id", UUID.class)),
                rs.getObject("inspected_on", LocalDate.class), InspectionBody.valueOf(rs.getString("body")),
                rs.getString("body_name"), rs.getBoolean("independent"), rs.getString("findings"),
                rs.getString("follow_up"), rs.getObject("follow_up_due", LocalDate.class),
                rs.getObject("follow_up_done_on", LocalDate.class), rs.getString("follow_up_note"),
                rs.getInt("version"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
