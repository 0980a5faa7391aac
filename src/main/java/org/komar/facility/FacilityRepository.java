package org.komar.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.access.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FacilityRepository {

    private final JdbcClient jdbc;

    FacilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every facility, retired ones included, with its sections. */
    List<Facility> all() {
        Map<UUID, List<SectionCapacity>> sections = new HashMap<>();
        jdbc.sql("SELECT facility_id, section, occupants, places FROM facility_capacity").query(rs -> {
            sections.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new SectionCapacity(Section.valueOf(rs.getString(2)), Occupants.valueOf(rs.getString(3)),
                            rs.getInt(4)));
        });
        return jdbc.sql("SELECT * FROM facility ORDER BY province_code, type, code")
                .query((rs, n) -> map(rs, sections)).list();
    }

    boolean codeTaken(String code, FacilityId except) {
        return jdbc.sql("SELECT COUNT(*) FROM facility WHERE UPPER(code) = UPPER(:code) AND id <> :id")
                .param("code", code).param("id", except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    void insert(FacilityId id, Checked f, UserId by, Instant at) {
        jdbc.sql("""
                INSERT INTO facility (id, code, name_latin, name_khmer, type, province_code, capacity,
                                      separates_minors, complaints_mechanism, version, created_at, created_by)
                VALUES (:id, :code, :latin, :khmer, :type, :province, :capacity, :separates, :complaints, 0, :at, :by)""")
                .param("id", id.value()).param("code", f.code()).param("latin", f.nameLatin())
                .param("khmer", f.nameKhmer()).param("type", f.type().name()).param("province", f.province())
                .param("capacity", f.capacity()).param("separates", f.separates())
                .param("complaints", f.complaints()).param("at", utc(at)).param("by", by.value())
                .update();
        insertSections(id, f.sections());
    }

    /** Updates when the version still matches; answers whether it did. */
    boolean update(FacilityId id, int version, Checked f, UserId by, Instant at) {
        int updated = jdbc.sql("""
                UPDATE facility SET code = :code, name_latin = :latin, name_khmer = :khmer, type = :type,
                       province_code = :province, capacity = :capacity, separates_minors = :separates,
                       complaints_mechanism = :complaints, version = version + 1, updated_at = :at, updated_by = :by
                WHERE id = :id AND version = :version""")
                .param("id", id.value()).param("version", version).param("code", f.code())
                .param("latin", f.nameLatin()).param("khmer", f.nameKhmer()).param("type", f.type().name())
                .param("province", f.province()).param("capacity", f.capacity()).param("separates", f.separates())
                .param("complaints", f.complaints()).param("at", utc(at)).param("by", by.value())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM facility_capacity WHERE facility_id = :id").param("id", id.value()).update();
        insertSections(id, f.sections());
        return true;
    }

    boolean retire(FacilityId id, int version, String reason, UserId by, Instant at) {
        return jdbc.sql("""
                UPDATE facility SET retired_at = :at, retired_by = :by, retirement_reason = :reason,
                       version = version + 1, updated_at = :at, updated_by = :by
                WHERE id = :id AND version = :version AND retired_at IS NULL""")
                .param("id", id.value()).param("version", version).param("reason", reason)
                .param("at", utc(at)).param("by", by.value()).update() > 0;
    }

    boolean reinstate(FacilityId id, int version, UserId by, Instant at) {
        return jdbc.sql("""
                UPDATE facility SET retired_at = NULL, retired_by = NULL, retirement_reason = NULL,
                       version = version + 1, updated_at = :at, updated_by = :by
                WHERE id = :id AND version = :version AND retired_at IS NOT NULL""")
                .param("id", id.value()).param("version", version).param("at", utc(at)).param("by", by.value())
                .update() > 0;
    }

    private void insertSections(FacilityId id, List<SectionCapacity> sections) {
        for (SectionCapacity s : sections) {
            jdbc.sql("""
                    INSERT INTO facility_capacity (facility_id, section, occupants, places)
                    VALUES (:id, :section, :occupants, :places)""")
                    .param("id", id.value()).param("section", s.section().name())
                    .param("occupants", s.occupants().name()).param("places", s.places()).update();
        }
    }

    /** A facility's values once checked. */
    record Checked(String code, String nameLatin, String nameKhmer, FacilityType type, String province, int capacity,
                   boolean separates, boolean complaints, List<SectionCapacity> sections) {
    }

    private static Facility map(ResultSet rs, Map<UUID, List<SectionCapacity>> sections) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
        List<SectionCapacity> own = new ArrayList<>(sections.getOrDefault(id, List.of()));
        own.sort(java.util.Comparator.comparing(SectionCapacity::section)
                .thenComparing(SectionCapacity::occupants));
        return new Facility(new FacilityId(id), rs.getString("code"), rs.getString("name_latin"),
                rs.getString("name_khmer"), FacilityType.valueOf(rs.getString("type")),
                rs.getString("province_code"), rs.getInt("capacity"), rs.getBoolean("separates_minors"),
                rs.getBoolean("complaints_mechanism"), own, rs.getInt("version"),
                retired == null ? null : retired.toInstant(), rs.getString("retirement_reason"));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
