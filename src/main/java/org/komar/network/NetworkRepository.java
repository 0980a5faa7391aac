package org.komar.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NetworkRepository {

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NetworkProfile> profiles() {
        return jdbc.sql("SELECT * FROM network_profile").query((rs, n) -> profile(rs)).list();
    }

    Optional<NetworkProfile> profile(AgencyId agency) {
        return jdbc.sql("SELECT * FROM network_profile WHERE agency_id = :id").param("id", agency.value())
                .query((rs, n) -> profile(rs)).optional();
    }

    void insertProfile(AgencyId agency, OrganisationCategory category, ProfileDetails details, Instant at,
                       UserId by) {
        jdbc.sql("""
                INSERT INTO network_profile (agency_id, category, website, email, phone, address, working_group,
                                             working_group_since, email_group, notes, updated_at, updated_by, version)
                VALUES (:agency, :category, :website, :email, :phone, :address, :wg, :since, :eg, :notes, :at, :by, 0)""")
                .param("agency", agency.value()).param("category", category.name())
                .param("website", details.website()).param("email", details.email()).param("phone", details.phone())
                .param("address", details.address()).param("wg", details.workingGroup())
                .param("since", details.workingGroupSince()).param("eg", details.emailGroup())
                .param("notes", details.notes()).param("at", utc(at)).param("by", by.value()).update();
    }

    boolean updateProfile(AgencyId agency, int version, OrganisationCategory category, ProfileDetails details,
                          Instant at, UserId by) {
        return jdbc.sql("""
                UPDATE network_profile SET category = :category, website = :website, email = :email, phone = :phone,
                       address = :address, working_group = :wg, working_group_since = :since, email_group = :eg,
                       notes = :notes, updated_at = :at, updated_by = :by, version = version + 1
                WHERE agency_id = :agency AND version = :version""")
                .param("agency", agency.value()).param("version", version).param("category", category.name())
                .param("website", details.website()).param("email", details.email()).param("phone", details.phone())
                .param("address", details.address()).param("wg", details.workingGroup())
                .param("since", details.workingGroupSince()).param("eg", details.emailGroup())
                .param("notes", details.notes()).param("at", utc(at)).param("by", by.value()).update() == 1;
    }

    List<Person> people(AgencyId agency) {
        return jdbc.sql("""
                SELECT * FROM network_person WHERE agency_id = :agency AND retired = FALSE
                ORDER BY focal DESC, name""").param("agency", agency.value()).query((rs, n) -> person(rs)).list();
    }

    List<Person> activePeople() {
        return jdbc.sql("SELECT * FROM network_person WHERE retired = FALSE ORDER BY name")
                .query((rs, n) -> person(rs)).list();
    }

    Optional<Person> person(UUID id) {
        return jdbc.sql("SELECT * FROM network_person WHERE id = :id").param("id", id)
                .query((rs, n) -> person(rs)).optional();
    }

    void insertPerson(UUID id, AgencyId agency, PersonDetails details, Instant at) {
        jdbc.sql("""
                INSERT INTO network_person (id, agency_id, name, name_khmer, position_title, sex, email, phone, focal,
                                            working_group, email_group, retired, created_at, version)
                VALUES (:id, :agency, :name, :khmer, :title, :sex, :email, :phone, :focal, :wg, :eg, FALSE, :at, 0)""")
                .param("id", id).param("agency", agency.value()).param("name", details.name())
                .param("khmer", details.nameKhmer()).param("title", details.positionTitle())
                .param("sex", details.sex()).param("email", details.email()).param("phone", details.phone())
                .param("focal", details.focal()).param("wg", details.workingGroup())
                .param("eg", details.emailGroup()).param("at", utc(at)).update();
    }

    boolean updatePerson(UUID id, int version, PersonDetails details) {
        return jdbc.sql("""
                UPDATE network_person SET name = :name, name_khmer = :khmer, position_title = :title, sex = :sex,
                       email = :email, phone = :phone, focal = :focal, working_group = :wg, email_group = :eg,
                       version = version + 1
                WHERE id = :id AND version = :version AND retired = FALSE""")
                .param("id", id).param("version", version).param("name", details.name())
                .param("khmer", details.nameKhmer()).param("title", details.positionTitle())
                .param("sex", details.sex()).param("email", details.email()).param("phone", details.phone())
                .param("focal", details.focal()).param("wg", details.workingGroup())
                .param("eg", details.emailGroup()).update() == 1;
    }

    boolean retirePerson(UUID id, int version) {
        return jdbc.sql("""
                UPDATE network_person SET retired = TRUE, version = version + 1
                WHERE id = :id AND version = :version AND retired = FALSE""")
                .param("id", id).param("version", version).update() == 1;
    }

    private static NetworkProfile profile(ResultSet rs) throws SQLException {
        return new NetworkProfile(new AgencyId(rs.getObject("agency_id", UUID.class)),
                OrganisationCategory.valueOf(rs.getString("category")), rs.getString("website"),
                rs.getString("email"), rs.getString("phone"), rs.getString("address"),
                rs.getBoolean("working_group"), rs.getObject("working_group_since", java.time.LocalDate.class),
                rs.getBoolean("email_group"), rs.getString("notes"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), new AgencyId(rs.getObject("agency_id", UUID.class)),
                rs.getString("name"), rs.getString("name_khmer"), rs.getString("position_title"),
                rs.getString("sex"), rs.getString("email"), rs.getString("phone"), rs.getBoolean("focal"),
                rs.getBoolean("working_group"), rs.getBoolean("email_group"), rs.getBoolean("retired"),
                rs.getInt("version"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
