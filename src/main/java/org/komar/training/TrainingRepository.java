package org.komar.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TrainingRepository {

    private final JdbcClient jdbc;

    TrainingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertSeries(Series series, UserId by) {
        jdbc.sql("""
                INSERT INTO training_series (id, organiser_agency_id, title_en, title_km, description_en,
                                             description_km, created_by, created_at, version)
                VALUES (:id, :agency, :titleEn, :titleKm, :descEn, :descKm, :by, :at, 0)""")
                .param("id", series.id()).param("agency", series.organiser().value())
                .param("titleEn", series.title().en()).param("titleKm", series.title().km())
                .param("descEn", series.description().en()).param("descKm", series.description().km())
                .param("by", by.value()).param("at", utc(series.createdAt())).update();
    }

    Optional<Series> series(UUID id) {
        return jdbc.sql("SELECT * FROM training_series WHERE id = :id").param("id", id)
                .query((rs, n) -> series(rs)).optional();
    }

    List<Series> seriesOf(AgencyId organiser) {
        return jdbc.sql("SELECT * FROM training_series WHERE organiser_agency_id = :agency ORDER BY created_at DESC")
                .param("agency", organiser.value()).query((rs, n) -> series(rs)).list();
    }

    void insertSession(Session session, Instant at) {
        jdbc.sql("""
                INSERT INTO training_session (id, series_id, title_en, title_km, topic, speakers,
                                              organisation_agency_id, language, session_date, province_code, venue,
                                              created_at, version)
                VALUES (:id, :series, :titleEn, :titleKm, :topic, :speakers, :organisation, :language, :date,
                        :province, :venue, :at, 0)""")
                .param("id", session.id()).param("series", session.seriesId())
                .param("titleEn", session.title().en()).param("titleKm", session.title().km())
                .param("topic", session.topic().name()).param("speakers", session.speakers())
                .param("organisation", session.organisation() == null ? null : session.organisation().value())
                .param("language", session.language().name()).param("date", session.date())
                .param("province", session.province()).param("venue", session.venue()).param("at", utc(at))
                .update();
        int position = 0;
        for (Session.Material material : session.materials()) {
            jdbc.sql("""
                    INSERT INTO training_material (session_id, position, title, url)
                    VALUES (:session, :position, :title, :url)""")
                    .param("session", session.id()).param("position", ++position).param("title", material.title())
                    .param("url", material.url()).update();
        }
    }

    Optional<Session> session(UUID id) {
        List<Session> found = sessions("WHERE id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    List<Session> sessionsOf(UUID series) {
        return sessions("WHERE series_id = :series", Map.of("series", series));
    }

    /** Sessions of the organiser's series, optionally of one topic. */
    List<Session> sessionsOrganisedBy(AgencyId organiser, TrainingTopic topic) {
        return sessions("WHERE series_id IN (SELECT id FROM training_series WHERE organiser_agency_id = :agency)"
                + (topic == null ? "" : " AND topic = :topic"), topic == null
                ? Map.of("agency", organiser.value()) : Map.of("agency", organiser.value(), "topic", topic.name()));
    }

    private List<Session> sessions(String where, Map<String, Object> params) {
        var spec = jdbc.sql("SELECT * FROM training_session " + where + " ORDER BY session_date, title_en");
        for (var entry : params.entrySet()) {
            spec = spec.param(entry.getKey(), entry.getValue());
        }
        List<Session> sessions = spec.query((rs, n) -> session(rs, List.of())).list();
        if (sessions.isEmpty()) {
            return sessions;
        }
        Map<UUID, List<Session.Material>> materials = new HashMap<>();
        jdbc.sql("SELECT * FROM training_material WHERE session_id IN (:ids) ORDER BY position")
                .param("ids", sessions.stream().map(Session::id).toList())
                .query(rs -> {
                    materials.computeIfAbsent(rs.getObject("session_id", UUID.class), id -> new ArrayList<>())
                            .add(new Session.Material(rs.getString("title"), rs.getString("url")));
                });
        return sessions.stream().map(s -> new Session(s.id(), s.seriesId(), s.title(), s.topic(), s.speakers(),
                s.organisation(), s.language(), s.date(), s.province(), s.venue(),
                materials.getOrDefault(s.id(), List.of()), s.version())).toList();
    }

    void insertParticipant(Participant participant) {
        jdbc.sql("""
                INSERT INTO training_participant (id, session_id, name, name_khmer, sex, age_group, profession,
                                                  organisation_agency_id, organisation_name, province_code, email,
                                                  phone, registered_at, attended, version)
                VALUES (:id, :session, :name, :khmer, :sex, :age, :profession, :agency, :organisation, :province,
                        :email, :phone, :at, FALSE, 0)""")
                .param("id", participant.id()).param("session", participant.sessionId())
                .param("name", participant.name()).param("khmer", participant.nameKhmer())
                .param("sex", participant.sex().name()).param("age", participant.ageGroup().name())
                .param("profession", participant.profession().name())
                .param("agency", participant.organisation() == null ? null : participant.organisation().value())
                .param("organisation", participant.organisationName()).param("province", participant.province())
                .param("email", participant.email()).param("phone", participant.phone())
                .param("at", utc(participant.registeredAt())).update();
    }

    Optional<Participant> participant(UUID id) {
        return jdbc.sql("SELECT * FROM training_participant WHERE id = :id").param("id", id)
                .query((rs, n) -> participant(rs)).optional();
    }

    List<Participant> participantsOf(Collection<UUID> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM training_participant WHERE session_id IN (:ids) ORDER BY name")
                .param("ids", List.copyOf(sessions)).query((rs, n) -> participant(rs)).list();
    }

    /** Sets who attended; those who did get a certificate number (kept if they already had one). */
    void setAttendance(UUID participant, boolean attended, String certificateNumber) {
        jdbc.sql("""
                UPDATE training_participant SET attended = :attended,
                       certificate_number = CASE WHEN :attended THEN COALESCE(certificate_number, :number) ELSE NULL END,
                       version = version + 1
                WHERE id = :id""")
                .param("id", participant).param("attended", attended).param("number", certificateNumber).update();
    }

    private static Series series(ResultSet rs) throws SQLException {
        return new Series(rs.getObject("id", UUID.class), new AgencyId(rs.getObject("organiser_agency_id", UUID.class)),
                new Bilingual(rs.getString("title_en"), rs.getString("title_km")),
                new Bilingual(rs.getString("description_en"), rs.getString("description_km")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }

    private static Session session(ResultSet rs, List<Session.Material> materials) throws SQLException {
        UUID organisation = rs.getObject("organisation_agency_id", UUID.class);
        return new Session(rs.getObject("id", UUID.class), rs.getObject("series_id", UUID.class),
                new Bilingual(rs.getString("title_en"), rs.getString("title_km")),
                TrainingTopic.valueOf(rs.getString("topic")), rs.getString("speakers"),
                organisation == null ? null : new AgencyId(organisation),
                SessionLanguage.valueOf(rs.getString("language")), rs.getObject("session_date", LocalDate.class),
                rs.getString("province_code"), rs.getString("venue"), materials, rs.getInt("version"));
    }

    private static Participant participant(ResultSet rs) throws SQLException {
        UUID organisation = rs.getObject("organisation_agency_id", UUID.class);
        return new Participant(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getString("name"), rs.getString("name_khmer"), ParticipantSex.valueOf(rs.getString("sex")),
                AgeGroup.valueOf(rs.getString("age_group")), Profession.valueOf(rs.getString("profession")),
                organisation == null ? null : new AgencyId(organisation), rs.getString("organisation_name"),
                rs.getString("province_code"), rs.getString("email"), rs.getString("phone"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant(), rs.getBoolean("attended"),
                rs.getString("certificate_number"), rs.getInt("version"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
