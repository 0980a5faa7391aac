package org.komar.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
class ReferralRepository {

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Referral r) {
        jdbc.sql("""
                INSERT INTO referral (id, case_id, child_id, case_number, from_agency_id, to_agency_id, service,
                                      consent, consent_note, reason, urgent, status, referred_at, referred_by,
                                      respond_by, version)
                VALUES (:id, :caseId, :childId, :caseNumber, :from, :to, :service, :consent, :consentNote, :reason,
                        :urgent, :status, :referredAt, :referredBy, :respondBy, 0)""")
                .param("id", r.id().value()).param("caseId", r.caseId().value())
                .param("childId", r.childId().value()).param("caseNumber", r.caseNumber())
                .param("from", r.fromAgency().value()).param("to", r.toAgency().value())
                .param("service", r.service().name()).param("consent", r.consent().name())
                .param("consentNote", r.consentNote()).param("reason", r.reason()).param("urgent", r.urgent())
                .param("status", r.status().name()).param("referredAt", utc(r.referredAt()))
                .param("referredBy", r.referredBy().value()).param("respondBy", utc(r.respondBy()))
                .update();
    }

    /** Answers an OPEN referral; false when it was no longer open at that version (someone answered first). */
    boolean respond(ReferralId id, int version, ReferralStatus status, Instant at, UserId by, String response) {
        return jdbc.sql("""
                UPDATE referral SET status = :status, responded_at = :at, responded_by = :by, response = :response,
                                    version = version + 1
                WHERE id = :id AND status = 'OPEN' AND version = :version""")
                .param("status", status.name()).param("at", utc(at)).param("by", by.value())
                .param("response", response).param("id", id.value()).param("version", version).update() == 1;
    }

    /** Ends a referral (closed, withdrawn); false when it changed since {@code version} was read. */
    boolean end(ReferralId id, int version, ReferralStatus status, Instant at, UserId by, ReferralOutcome outcome,
                String note) {
        return jdbc.sql("""
                UPDATE referral SET status = :status, closed_at = :at, closed_by = :by, outcome = :outcome,
                                    closing_note = :note, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("at", utc(at)).param("by", by.value())
                .param("outcome", outcome == null ? null : outcome.name()).param("note", note)
                .param("id", id.value()).param("version", version).update() == 1;
    }

    boolean touch(ReferralId id, int version) {
        return jdbc.sql("UPDATE referral SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id.value()).param("version", version).update() == 1;
    }

    void addActivity(ReferralId id, ReferralActivity activity, UUID eventId) {
        jdbc.sql("""
                INSERT INTO referral_activity (id, referral_id, kind, happened_on, note, next_follow_up, event_id,
                                               recorded_at, recorded_by)
                VALUES (:id, :referral, :kind, :on, :note, :next, :event, :at, :by)""")
                .param("id", activity.id()).param("referral", id.value()).param("kind", activity.kind().name())
                .param("on", activity.on()).param("note", activity.note()).param("next", activity.nextFollowUp())
                .param("event", eventId).param("at", utc(activity.recordedAt()))
                .param("by", activity.recordedBy().value())
                .update();
    }

    Optional<Referral> find(ReferralId id) {
        return query("r.id = :id", Map.of("id", id.value()), "").stream().findFirst();
    }

    /** Live referrals (open or accepted) from the case to the agency, other than {@code except}. */
    long liveTo(CaseId caseId, AgencyId agency, ReferralId except) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM referral WHERE case_id = :caseId AND to_agency_id = :agency
                  AND status IN ('OPEN', 'ACCEPTED') AND id <> :except""")
                .param("caseId", caseId.value()).param("agency", agency.value()).param("except", except.value())
                .query(Long.class).single();
    }

    List<Referral> query(String condition, Map<String, Object> params, String order) {
        List<Referral> referrals = jdbc.sql("SELECT r.* FROM referral r WHERE " + condition
                        + (order.isEmpty() ? " ORDER BY r.referred_at DESC, r.id" : " " + order))
                .params(params).query((rs, n) -> map(rs, List.of())).list();
        if (referrals.isEmpty()) {
            return referrals;
        }
        Map<UUID, List<ReferralActivity>> activities = new HashMap<>();
        jdbc.sql("SELECT * FROM referral_activity WHERE referral_id IN (:ids) ORDER BY recorded_at, id")
                .param("ids", referrals.stream().map(r -> r.id().value()).toList())
                .query(rs -> {
                    activities.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new ArrayList<>())
                            .add(activity(rs));
                });
        return referrals.stream().map(r -> withActivities(r, activities.getOrDefault(r.id().value(), List.of())))
                .toList();
    }

    long count(String condition, Map<String, Object> params) {
        return jdbc.sql("SELECT COUNT(*) FROM referral r WHERE " + condition).params(params).query(Long.class)
                .single();
    }

    private static Referral withActivities(Referral r, List<ReferralActivity> activities) {
        return new Referral(r.id(), r.caseId(), r.childId(), r.caseNumber(), r.fromAgency(), r.toAgency(),
                r.service(), r.consent(), r.consentNote(), r.reason(), r.urgent(), r.status(), r.referredAt(),
                r.referredBy(), r.respondBy(), r.respondedAt(), r.respondedBy(), r.response(), r.closedAt(),
                r.outcome(), r.closingNote(), r.version(), List.copyOf(activities));
    }

    private static ReferralActivity activity(ResultSet rs) throws SQLException {
        return new ReferralActivity(rs.getObject("id", UUID.class),
                ReferralActivity.Kind.valueOf(rs.getString("kind")), rs.getObject("happened_on", LocalDate.class),
                rs.getString("note"), rs.getObject("next_follow_up", LocalDate.class),
                instant(rs, "recorded_at"), new UserId(rs.getObject("recorded_by", UUID.class)));
    }

    private static Referral map(ResultSet rs, List<ReferralActivity> activities) throws SQLException {
        UUID respondedBy = rs.getObject("responded_by", UUID.class);
        String outcome = rs.getString("outcome");
        return new Referral(new ReferralId(rs.getObject("id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), new ChildId(rs.getObject("child_id", UUID.class)),
                rs.getString("case_number"), new AgencyId(rs.getObject("from_agency_id", UUID.class)),
                new AgencyId(rs.getObject("to_agency_id", UUID.class)),
                ReferredService.valueOf(rs.getString("service")), Consent.valueOf(rs.getString("consent")),
                rs.getString("consent_note"), rs.getString("reason"), rs.getBoolean("urgent"),
                ReferralStatus.valueOf(rs.getString("status")), instant(rs, "referred_at"),
                new UserId(rs.getObject("referred_by", UUID.class)), instant(rs, "respond_by"),
                instant(rs, "responded_at"), respondedBy == null ? null : new UserId(respondedBy),
                rs.getString("response"), instant(rs, "closed_at"),
                outcome == null ? null : ReferralOutcome.valueOf(outcome), rs.getString("closing_note"),
                rs.getInt("version"), activities);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
