package org.komar.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the gazetteer shipped in {@code geo/cambodia_admin_units.csv} (version in {@code geo/VERSION}) into the
 * database once per version. Units missing from a newer version are retired, never deleted.
 */
@Component
class GazetteerLoader {

    private static final Logger log = LoggerFactory.getLogger(GazetteerLoader.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GazetteerLoader(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.clock = clock;
    }

    void loadShippedVersionIfNew() {
        String version = shippedVersion();
        boolean loaded = jdbc.sql("SELECT COUNT(*) FROM geo_version WHERE version = :v").param("v", version)
                .query(Long.class).single() > 0;
        if (loaded) {
            return;
        }
        List<GeoUnit> units = parse();
        transactions.executeWithoutResult(status -> merge(version, units));
        log.info("Loaded gazetteer version {} ({} units)", version, units.size());
    }

    List<GeoUnit> all() {
        return jdbc.sql("SELECT * FROM geo_unit").query((rs, n) -> {
            Date retired = rs.getDate("retired_on");
            double lat = rs.getDouble("lat");
            Double latValue = rs.wasNull() ? null : lat;
            double lon = rs.getDouble("lon");
            Double lonValue = rs.wasNull() ? null : lon;
            return new GeoUnit(rs.getString("code"), rs.getInt("level"), rs.getString("parent_code"),
                    rs.getString("type_km"), rs.getString("type_latin"), rs.getString("type_en"),
                    rs.getString("name_km"), rs.getString("name_latin"), latValue, lonValue,
                    retired == null ? null : retired.toLocalDate());
        }).list();
    }

    private void merge(String version, List<GeoUnit> units) {
        template.batchUpdate("""
                MERGE INTO geo_unit t
                USING (VALUES (CAST(? AS VARCHAR(8)), CAST(? AS SMALLINT), CAST(? AS VARCHAR(8)), CAST(? AS VARCHAR(60)),
                               CAST(? AS VARCHAR(60)), CAST(? AS VARCHAR(60)), CAST(? AS VARCHAR(200)),
                               CAST(? AS VARCHAR(200)), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION)))
                      AS s (code, level, parent_code, type_km, type_latin, type_en, name_km, name_latin, lat, lon)
                ON t.code = s.code
                WHEN MATCHED THEN UPDATE SET level = s.level, parent_code = s.parent_code, type_km = s.type_km,
                     type_latin = s.type_latin, type_en = s.type_en, name_km = s.name_km, name_latin = s.name_latin,
                     lat = s.lat, lon = s.lon, retired_on = NULL
                WHEN NOT MATCHED THEN INSERT (code, level, parent_code, type_km, type_latin, type_en, name_km,
                     name_latin, lat, lon)
                     VALUES (s.code, s.level, s.parent_code, s.type_km, s.type_latin, s.type_en, s.name_km,
                             s.name_latin, s.lat, s.lon)""",
                units, 1000, (ps, unit) -> {
                    ps.setString(1, unit.code());
                    ps.setInt(2, unit.level());
                    ps.setString(3, unit.parentCode());
                    ps.setString(4, unit.typeKm());
                    ps.setString(5, unit.typeLatin());
                    ps.setString(6, unit.typeEn());
                    ps.setString(7, unit.nameKm());
                    ps.setString(8, unit.nameLatin());
                    ps.setObject(9, unit.lat());
                    ps.setObject(10, unit.lon());
                });
        Set<String> shipped = new HashSet<>();
        units.forEach(unit -> shipped.add(unit.code()));
        LocalDate today = LocalDate.now(clock);
        List<String> gone = jdbc.sql("SELECT code FROM geo_unit WHERE retired_on IS NULL").query(String.class).list()
                .stream().filter(code -> !shipped.contains(code)).toList();
        for (String code : gone) {
            jdbc.sql("UPDATE geo_unit SET retired_on = :today WHERE code = :code")
                    .param("today", today).param("code", code).update();
        }
        jdbc.sql("INSERT INTO geo_version (version, loaded_at, unit_count) VALUES (:v, :at, :n)")
                .param("v", version).param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("n", units.size()).update();
    }

    private static String shippedVersion() {
        try (var in = new ClassPathResource("geo/VERSION").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GeoUnit> parse() {
        return ShippedGazetteer.units();
    }
}
