package org.komar.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgencyRepository {

    private static final RowMapper<Agency> ROW = (rs, n) -> new Agency(
            new AgencyId(rs.getObject("id", UUID.class)), rs.getString("code"),
            AgencyType.valueOf(rs.getString("type")), rs.getString("name_latin"), rs.getString("name_khmer"),
            rs.getString("province_code"), rs.getBoolean("retired"));

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Agency agency) {
        jdbc.sql("""
                INSERT INTO agency (id, code, type, name_latin, name_khmer, province_code, retired)
                VALUES (:id, :code, :type, :latin, :khmer, :province, :retired)""")
                .param("id", agency.id().value()).param("code", agency.code()).param("type", agency.type().name())
                .param("latin", agency.nameLatin()).param("khmer", agency.nameKhmer())
                .param("province", agency.provinceCode()).param("retired", agency.retired())
                .update();
    }

    Optional<Agency> find(AgencyId id) {
        return jdbc.sql("SELECT * FROM agency WHERE id = :id").param("id", id.value()).query(ROW).optional();
    }

    Optional<Agency> findByCode(String code) {
        return jdbc.sql("SELECT * FROM agency WHERE code = :code").param("code", code).query(ROW).optional();
    }

    List<Agency> all() {
        return jdbc.sql("SELECT * FROM agency ORDER BY province_code, name_latin").query(ROW).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM agency").query(Long.class).single();
    }
}
