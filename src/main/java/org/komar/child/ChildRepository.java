package org.komar.child;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.shared.BulkInsert;
import org.komar.shared.ChildId;
import org.komar.shared.TimeOrderedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChildRepository {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    ChildRepository(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void insert(Child child, java.util.UUID registeredBy) {
        jdbc.sql("""
                INSERT INTO child (id, name_latin, name_khmer, search_latin, search_khmer, sex, birth_date,
                                   birth_date_precision, birth_date_evidence, residence_code, disability,
                                   disability_note, ethnicity, nationality, languages, registered_at, registered_by,
                                   owner_agency_id, version)
                VALUES (:id, :latin, :khmer, :searchLatin, :searchKhmer, :sex, :birthDate, :precision, :evidence,
                        :residence, :disability, :disabilityNote, :ethnicity, :nationality, :languages,
                        :registeredAt, :registeredBy, :owner, 0)""")
                .params(columns(child))
                .param("registeredAt", OffsetDateTime.ofInstant(child.registeredAt(), ZoneOffset.UTC))
                .param("registeredBy", registeredBy).param("owner", child.ownerAgency().value())
                .update();
        insertGuardians(child);
    }

    /** Many children and their guardians, as two batches (bulk import). */
    void insertAll(List<Child> prepared, UUID registeredBy) {
        List<Object[]> rows = new ArrayList<>(prepared.size());
        List<Object[]> guardians = new ArrayList<>();
        for (Child child : prepared) {
            Map<String, Object> c = columns(child);
            rows.add(new Object[] {c.get("id"), c.get("latin"), c.get("khmer"), c.get("searchLatin"),
                    c.get("searchKhmer"), c.get("sex"), c.get("birthDate"), c.get("precision"), c.get("evidence"),
                    c.get("residence"), child.disability(), c.get("disabilityNote"), c.get("ethnicity"),
                    c.get("nationality"), c.get("languages"), child.registeredAt(), registeredBy,
                    child.ownerAgency().value(), 0});
            int position = 0;
            for (Guardian guardian : child.guardians()) {
                guardians.add(new Object[] {TimeOrderedIds.next(), child.id().value(), position++, guardian.name(),
                        guardian.relationship().name(), guardian.phone(), guardian.address()});
            }
        }
        bulk.insert("child", List.of("id", "name_latin", "name_khmer", "search_latin", "search_khmer", "sex",
                "birth_date", "birth_date_precision", "birth_date_evidence", "residence_code", "disability",
                "disability_note", "ethnicity", "nationality", "languages", "registered_at", "registered_by",
                "owner_agency_id", "version"), rows);
        bulk.insert("guardian", List.of("id", "child_id", "position", "name", "relationship", "phone", "address"),
                guardians);
    }

    /** Those of the ids that are registered. */
    Set<ChildId> existing(Collection<ChildId> ids) {
        Set<ChildId> found = new HashSet<>();
        List<UUID> all = ids.stream().map(ChildId::value).distinct().toList();
        for (int from = 0; from < all.size(); from += BATCH) {
            jdbc.sql("SELECT id FROM child WHERE id IN (:ids)").param("ids", all.subList(from,
                            Math.min(all.size(), from + BATCH)))
                    .query(UUID.class).list().forEach(id -> found.add(new ChildId(id)));
        }
        return found;
    }

    /** Writes corrected details only if nobody else changed the child since {@code version}; false otherwise. */
    boolean update(Child child, int version) {
        int updated = jdbc.sql("""
                UPDATE child SET name_latin = :latin, name_khmer = :khmer, search_latin = :searchLatin,
                       search_khmer = :searchKhmer, sex = :sex, birth_date = :birthDate,
                       birth_date_precision = :precision, birth_date_evidence = :evidence,
                       residence_code = :residence, disability = :disability, disability_note = :disabilityNote,
                       ethnicity = :ethnicity, nationality = :nationality, languages = :languages,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .params(columns(child)).param("version", version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM guardian WHERE child_id = :id").param("id", child.id().value()).update();
        insertGuardians(child);
        return true;
    }

    private void insertGuardians(Child child) {
        int position = 0;
        for (Guardian guardian : child.guardians()) {
            jdbc.sql("""
                    INSERT INTO guardian (id, child_id, position, name, relationship, phone, address)
                    VALUES (:id, :child, :position, :name, :relationship, :phone, :address)""")
                    .param("id", UUID.randomUUID()).param("child", child.id().value()).param("position", position++)
                    .param("name", guardian.name()).param("relationship", guardian.relationship().name())
                    .param("phone", guardian.phone()).param("address", guardian.address())
                    .update();
        }
    }

    private static Map<String, Object> columns(Child child) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", child.id().value());
        p.put("latin", child.nameLatin());
        p.put("khmer", child.nameKhmer());
        p.put("searchLatin", NameKeys.latin(child.nameLatin()));
        p.put("searchKhmer", NameKeys.khmer(child.nameKhmer()));
        p.put("sex", child.sex().name());
        BirthDateClaim claim = child.birthClaim();
        p.put("birthDate", claim == null ? null : claim.date());
        p.put("precision", claim == null ? null : claim.precision().name());
        p.put("evidence", claim == null ? null : claim.evidence().name());
        p.put("residence", child.residence());
        p.put("disability", child.disability());
        p.put("disabilityNote", child.disabilityNote());
        p.put("ethnicity", child.ethnicity() == null ? null : child.ethnicity().name());
        p.put("nationality", child.nationality());
        p.put("languages", child.languages().isEmpty() ? null : String.join(",", child.languages()));
        return p;
    }

    Optional<Child> find(ChildId id, String scopeCondition, Map<String, Object> scopeParams) {
        List<Child> found = select("ch.id = :id AND (" + scopeCondition + ")",
                with(scopeParams, "id", id.value()), 1);
        return found.stream().findFirst();
    }

    boolean exists(ChildId id) {
        return jdbc.sql("SELECT COUNT(*) FROM child WHERE id = :id").param("id", id.value()).query(Long.class)
                .single() > 0;
    }

    /** Children matching a name key in scope, newest registrations first. */
    List<Child> search(String column, String key, String scopeCondition, Map<String, Object> scopeParams,
                       int limit) {
        return select("ch." + column + " LIKE :pattern AND (" + scopeCondition + ")",
                with(scopeParams, "pattern", "%" + key + "%"), limit);
    }

    List<Child> withKeys(List<String> latinKeys, List<String> khmerKeys, String sex, String scopeCondition,
                         Map<String, Object> scopeParams, int limit) {
        return select(keyCondition(latinKeys, khmerKeys) + " AND ch.sex = :sex AND (" + scopeCondition + ")",
                keyParams(scopeParams, latinKeys, khmerKeys, sex), limit);
    }

    List<UUID> idsWithKeys(List<String> latinKeys, List<String> khmerKeys, String sex) {
        return jdbc.sql("SELECT ch.id FROM child ch WHERE " + keyCondition(latinKeys, khmerKeys) + " AND ch.sex = :sex")
                .params(keyParams(Map.of(), latinKeys, khmerKeys, sex)).query(UUID.class).list();
    }

    private static String keyCondition(List<String> latinKeys, List<String> khmerKeys) {
        List<String> parts = new ArrayList<>();
        if (!latinKeys.isEmpty()) {
            parts.add("ch.search_latin IN (:latinKeys)");
        }
        if (!khmerKeys.isEmpty()) {
            parts.add("ch.search_khmer IN (:khmerKeys)");
        }
        return parts.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", parts) + ")";
    }

    private static Map<String, Object> keyParams(Map<String, Object> scopeParams, List<String> latinKeys,
                                                 List<String> khmerKeys, String sex) {
        Map<String, Object> params = new HashMap<>(scopeParams);
        params.put("latinKeys", latinKeys.isEmpty() ? List.of("") : latinKeys);
        params.put("khmerKeys", khmerKeys.isEmpty() ? List.of("") : khmerKeys);
        params.put("sex", sex);
        return params;
    }

    private List<Child> select(String where, Map<String, Object> params, int limit) {
        List<Child> children = jdbc.sql("SELECT ch.* FROM child ch WHERE " + where
                        + " ORDER BY ch.registered_at DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(params).query((rs, n) -> map(rs, List.of())).list();
        return withGuardians(children);
    }

    private List<Child> withGuardians(List<Child> children) {
        if (children.isEmpty()) {
            return children;
        }
        Map<UUID, List<Guardian>> guardians = new HashMap<>();
        jdbc.sql("SELECT * FROM guardian WHERE child_id IN (:ids) ORDER BY position")
                .param("ids", children.stream().map(c -> c.id().value()).toList())
                .query(rs -> {
                    guardians.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>())
                            .add(new Guardian(rs.getString("name"),
                                    GuardianRelationship.valueOf(rs.getString("relationship")),
                                    rs.getString("phone"), rs.getString("address")));
                });
        return children.stream().map(child -> new Child(child.id(), child.nameLatin(), child.nameKhmer(),
                child.sex(), child.birthClaim(), child.residence(), child.disability(), child.disabilityNote(),
                child.ethnicity(), child.nationality(), child.languages(),
                guardians.getOrDefault(child.id().value(), List.of()), child.registeredAt(), child.ownerAgency(),
                child.version())).toList();
    }

    /** Children by id with their guardians, without scope (an export reads them through cases in scope). */
    List<Child> findAllWithGuardians(Collection<ChildId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withGuardians(findAll(ids));
    }

    /** Children by id, without guardians: for derived read models (no scope; callers never show them). */
    List<Child> findAll(java.util.Collection<ChildId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT ch.* FROM child ch WHERE ch.id IN (:ids)")
                .param("ids", ids.stream().map(ChildId::value).distinct().toList())
                .query((rs, n) -> map(rs, List.of())).list();
    }

    private static Map<String, Object> with(Map<String, Object> params, String name, Object value) {
        Map<String, Object> all = new HashMap<>(params);
        all.put(name, value);
        return all;
    }

    private static Child map(ResultSet rs, List<Guardian> guardians) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        BirthDateClaim claim = birth == null ? null : new BirthDateClaim(birth,
                Precision.valueOf(rs.getString("birth_date_precision")),
                Evidence.valueOf(rs.getString("birth_date_evidence")));
        String ethnicity = rs.getString("ethnicity");
        String languages = rs.getString("languages");
        Instant registeredAt = rs.getObject("registered_at", OffsetDateTime.class).toInstant();
        return new Child(new ChildId(rs.getObject("id", UUID.class)), rs.getString("name_latin"),
                rs.getString("name_khmer"), Sex.valueOf(rs.getString("sex")), claim, rs.getString("residence_code"),
                rs.getBoolean("disability"), rs.getString("disability_note"),
                ethnicity == null ? null : Ethnicity.valueOf(ethnicity), rs.getString("nationality"),
                languages == null ? List.of() : Arrays.asList(languages.split(",")), guardians, registeredAt,
                new AgencyId(rs.getObject("owner_agency_id", UUID.class)), rs.getInt("version"));
    }
}
