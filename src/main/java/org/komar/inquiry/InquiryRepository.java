package org.komar.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of social inquiry reports: inserted, never updated. */
@Repository
class InquiryRepository {

    private static final Map<Section, String> COLUMNS = Map.of(Section.FAMILY_SITUATION, "family_situation",
            Section.BEHAVIOUR, "behaviour", Section.EDUCATION, "education",
            Section.LIVING_CONDITIONS, "living_conditions", Section.DEVELOPMENT, "development",
            Section.NEEDS, "needs", Section.RECOMMENDATIONS, "recommendations");

    private final JdbcClient jdbc;

    InquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of the case's report, oldest first. */
    List<SocialInquiry> versions(CaseId caseId) {
        return jdbc.sql("SELECT * FROM social_inquiry WHERE case_id = :caseId ORDER BY version")
                .param("caseId", caseId.value()).query((rs, n) -> map(rs)).list();
    }

    /** The number of the case's latest version, 0 when there is none. */
    int latestVersion(CaseId caseId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM social_inquiry WHERE case_id = :caseId")
                .param("caseId", caseId.value()).query(Integer.class).single();
    }

    /**
     * Adds a version; false when another writer added a version of the same number first (the unique key on
     * {@code (case_id, version)} decides between concurrent writers).
     */
    boolean insert(SocialInquiry s) {
        try {
            jdbc.sql("""
                    INSERT INTO social_inquiry (id, case_id, child_id, version, based_on, status, request_event_id,
                        submitted_event_id, family_situation, behaviour, education, living_conditions, development,
                        needs, recommendations, lives_with, school_attendance, last_grade, recommends_diversion,
                        recommends_non_custodial, written_by, written_at)
                    VALUES (:id, :caseId, :childId, :version, :basedOn, :status, :request, :submitted, :family,
                        :behaviour, :education, :living, :development, :needs, :recommendations, :livesWith,
                        :school, :lastGrade, :diversion, :nonCustodial, :by, :at)""")
                    .param("id", s.id()).param("caseId", s.caseId().value()).param("childId", s.childId().value())
                    .param("version", s.version()).param("basedOn", s.basedOn()).param("status", s.status().name())
                    .param("request", s.requestEventId()).param("submitted", s.submittedEventId())
                    .param("family", s.text(Section.FAMILY_SITUATION)).param("behaviour", s.text(Section.BEHAVIOUR))
                    .param("education", s.text(Section.EDUCATION))
                    .param("living", s.text(Section.LIVING_CONDITIONS))
                    .param("development", s.text(Section.DEVELOPMENT)).param("needs", s.text(Section.NEEDS))
                    .param("recommendations", s.text(Section.RECOMMENDATIONS))
                    .param("livesWith", s.livesWith() == null ? null : s.livesWith().name())
                    .param("school", s.schoolAttendance() == null ? null : s.schoolAttendance().name())
                    .param("lastGrade", s.lastGrade()).param("diversion", s.recommendsDiversion())
                    .param("nonCustodial", s.recommendsNonCustodial()).param("by", s.writtenBy().value())
                    .param("at", s.writtenAt().atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException anotherWriterFirst) {
            return false;
        }
    }

    private static SocialInquiry map(ResultSet rs) throws SQLException {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Map.Entry<Section, String> column : COLUMNS.entrySet()) {
            sections.put(column.getKey(), rs.getString(column.getValue()));
        }
        String livesWith = rs.getString("lives_with");
        String school = rs.getString("school_attendance");
        return new SocialInquiry(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new ChildId(rs.getObject("child_id", UUID.class)), rs.getInt("version"),
                rs.getObject("based_on", Integer.class), InquiryStatus.valueOf(rs.getString("status")),
                rs.getObject("request_event_id", UUID.class), rs.getObject("submitted_event_id", UUID.class),
                sections, livesWith == null ? null : LivingWith.valueOf(livesWith),
                school == null ? null : SchoolAttendance.valueOf(school),
                rs.getObject("last_grade", Integer.class), rs.getObject("recommends_diversion", Boolean.class),
                rs.getObject("recommends_non_custodial", Boolean.class),
                new UserId(rs.getObject("written_by", UUID.class)),
                rs.getObject("written_at", OffsetDateTime.class).toInstant());
    }
}
