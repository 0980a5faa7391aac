package org.komar.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.BulkInsert;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.shared.CountUpTo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    CaseRepository(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Many cases as one batch (bulk import). */
    void insertAll(List<CaseRecord> records, UserId openedBy) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (CaseRecord record : records) {
            Offence offence = record.offence();
            rows.add(new Object[] {record.id().value(), record.caseNumber(), record.childId().value(),
                    record.role().name(), offence == null || offence.code() == null ? null : offence.code().name(),
                    offence == null || offence.offenceClass() == null ? null : offence.offenceClass().name(),
                    offence == null ? null : offence.intentional(), offence == null ? null : offence.minPenaltyMonths(),
                    offence == null ? null : offence.maxPenaltyMonths(), record.offenceDate(), record.place(),
                    record.provinceCode(), record.ownerAgency().value(), record.openedAt(), openedBy.value()});
        }
        bulk.insert("case_file", List.of("id", "case_number", "child_id", "role", "offence_code", "offence_class",
                "offence_intentional", "min_penalty_months", "max_penalty_months", "offence_date", "place_code",
                "province_code", "owner_agency_id", "opened_at", "opened_by"), rows);
    }

    /** Parties of many cases as one batch (bulk import). */
    void addParties(List<CaseParty> parties, List<CaseId> ofCases) {
        List<Object[]> rows = new ArrayList<>(parties.size());
        for (int i = 0; i < parties.size(); i++) {
            CaseParty party = parties.get(i);
            rows.add(new Object[] {party.id(), ofCases.get(i).value(),
                    party.agencyId() == null ? null : party.agencyId().value(),
                    party.userId() == null ? null : party.userId().value(), party.function().name(), party.active(),
                    party.since(), party.until()});
        }
        bulk.insert("case_party", List.of("id", "case_id", "agency_id", "user_id", "function", "active", "since",
                "until"), rows);
    }

    /** Those of the ids that name a case. */
    Set<CaseId> existing(Collection<CaseId> ids) {
        Set<CaseId> found = new HashSet<>();
        List<UUID> all = ids.stream().map(CaseId::value).distinct().toList();
        for (int from = 0; from < all.size(); from += BATCH) {
            jdbc.sql("SELECT id FROM case_file WHERE id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + BATCH)))
                    .query(UUID.class).list().forEach(id -> found.add(new CaseId(id)));
        }
        return found;
    }

    /** Those of the case numbers already given to a case. */
    Set<String> takenNumbers(Collection<String> numbers) {
        Set<String> taken = new HashSet<>();
        List<String> all = numbers.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += BATCH) {
            taken.addAll(jdbc.sql("SELECT case_number FROM case_file WHERE case_number IN (:numbers)")
                    .param("numbers", all.subList(from, Math.min(all.size(), from + BATCH)))
                    .query(String.class).list());
        }
        return taken;
    }

    /** The parties of many cases, in the order they joined. */
    Map<CaseId, List<CaseParty>> partiesOf(Collection<CaseId> ids) {
        Map<CaseId, List<CaseParty>> parties = new HashMap<>();
        if (ids.isEmpty()) {
            return parties;
        }
        jdbc.sql("SELECT * FROM case_party WHERE case_id IN (:ids) ORDER BY since, id")
                .param("ids", ids.stream().map(CaseId::value).distinct().toList())
                .query(rs -> {
                    parties.computeIfAbsent(new CaseId(rs.getObject("case_id", UUID.class)), k -> new ArrayList<>())
                            .add(party(rs));
                });
        return parties;
    }

    /** Case ids in scope in id order after {@code after} (null: from the start): an export, page by page. */
    List<CaseId> idsAfter(CaseId after, int limit, String scopeCondition, Map<String, Object> scopeParams) {
        Map<String, Object> params = new HashMap<>(scopeParams);
        if (after != null) {
            params.put("after", after.value());
        }
        return jdbc.sql("SELECT c.id FROM case_file c WHERE " + scopeCondition
                        + (after == null ? "" : " AND c.id > :after") + " ORDER BY c.id FETCH FIRST " + limit
                        + " ROWS ONLY").params(params)
                .query((rs, n) -> new CaseId(rs.getObject("id", UUID.class))).list();
    }

    void insert(CaseRecord record, UserId openedBy) {
        Offence offence = record.offence();
        jdbc.sql("""
                INSERT INTO case_file (id, case_number, child_id, role, offence_code, offence_class,
                                       offence_intentional, min_penalty_months, max_penalty_months, offence_date,
                                       place_code, province_code, owner_agency_id, opened_at, opened_by)
                VALUES (:id, :number, :child, :role, :code, :class, :intentional, :min, :max, :date, :place,
                        :province, :owner, :openedAt, :openedBy)""")
                .param("id", record.id().value()).param("number", record.caseNumber())
                .param("child", record.childId().value()).param("role", record.role().name())
                .param("code", offence == null || offence.code() == null ? null : offence.code().name())
                .param("class", offence == null || offence.offenceClass() == null ? null
                        : offence.offenceClass().name())
                .param("intentional", offence == null ? null : offence.intentional())
                .param("min", offence == null ? null : offence.minPenaltyMonths())
                .param("max", offence == null ? null : offence.maxPenaltyMonths())
                .param("date", record.offenceDate()).param("place", record.place())
                .param("province", record.provinceCode()).param("owner", record.ownerAgency().value())
                .param("openedAt", OffsetDateTime.ofInstant(record.openedAt(), ZoneOffset.UTC))
                .param("openedBy", openedBy.value())
                .update();
    }

    boolean numberTaken(String caseNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE case_number = :n").param("n", caseNumber)
                .query(Long.class).single() > 0;
    }

    boolean exists(CaseId id) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE id = :id").param("id", id.value())
                .query(Long.class).single() > 0;
    }

    void addParty(CaseId caseId, AgencyId agency, UserId user, PartyFunction function, Instant since) {
        jdbc.sql("""
                INSERT INTO case_party (id, case_id, agency_id, user_id, function, active, since)
                VALUES (:id, :case, :agency, :user, :function, TRUE, :since)""")
                .param("id", UUID.randomUUID()).param("case", caseId.value())
                .param("agency", agency == null ? null : agency.value())
                .param("user", user == null ? null : user.value()).param("function", function.name())
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .update();
    }

    int endParty(CaseId caseId, AgencyId agency, UserId user, PartyFunction function, Instant until) {
        return jdbc.sql("""
                UPDATE case_party SET active = FALSE, until = :until
                WHERE case_id = :case AND function = :function AND active = TRUE
                  AND (agency_id = :agency OR user_id = :user)""")
                .param("case", caseId.value()).param("function", function.name())
                .param("agency", agency == null ? null : agency.value())
                .param("user", user == null ? null : user.value())
                .param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .update();
    }

    List<CaseParty> parties(CaseId caseId) {
        return jdbc.sql("SELECT * FROM case_party WHERE case_id = :id ORDER BY since").param("id", caseId.value())
                .query((rs, n) -> party(rs)).list();
    }

    private static CaseParty party(ResultSet rs) throws SQLException {
        UUID agency = rs.getObject("agency_id", UUID.class);
        UUID user = rs.getObject("user_id", UUID.class);
        OffsetDateTime until = rs.getObject("until", OffsetDateTime.class);
        return new CaseParty(rs.getObject("id", UUID.class), agency == null ? null : new AgencyId(agency),
                user == null ? null : new UserId(user), PartyFunction.valueOf(rs.getString("function")),
                rs.getBoolean("active"), rs.getObject("since", OffsetDateTime.class).toInstant(),
                until == null ? null : until.toInstant());
    }

    Optional<CaseRecord> find(CaseId id, String scopeCondition, Map<String, Object> scopeParams) {
        Map<String, Object> params = new HashMap<>(scopeParams);
        params.put("id", id.value());
        return jdbc.sql("SELECT c.* FROM case_file c WHERE c.id = :id AND " + scopeCondition).params(params)
                .query((rs, n) -> map(rs)).optional();
    }

    List<CaseRecord> ofChild(ChildId childId) {
        return jdbc.sql("SELECT c.* FROM case_file c WHERE c.child_id = :child ORDER BY c.opened_at, c.id")
                .param("child", childId.value()).query((rs, n) -> map(rs)).list();
    }

    /** Cases by id, without scope: for derived read models. */
    List<CaseRecord> findAll(java.util.Collection<CaseId> ids) {
        return findAll(ids, "1 = 1", Map.of());
    }

    /** Those of the cases that meet the scope condition, newest first. */
    List<CaseRecord> findAll(java.util.Collection<CaseId> ids, String scopeCondition, Map<String, Object> scopeParams) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(scopeParams);
        params.put("ids", ids.stream().map(CaseId::value).distinct().toList());
        return jdbc.sql("SELECT c.* FROM case_file c WHERE c.id IN (:ids) AND " + scopeCondition
                        + " ORDER BY c.opened_at DESC, c.id")
                .params(params).query((rs, n) -> map(rs)).list();
    }

    /** Case ids in id order after {@code after} (null: from the start), for rebuilding read models in batches. */
    List<CaseId> idsAfter(CaseId after, int limit) {
        Map<String, Object> params = new HashMap<>();
        if (after != null) {
            params.put("after", after.value());
        }
        return jdbc.sql("SELECT id FROM case_file" + (after == null ? "" : " WHERE id > :after")
                        + " ORDER BY id FETCH FIRST " + limit + " ROWS ONLY").params(params)
                .query((rs, n) -> new CaseId(rs.getObject("id", UUID.class))).list();
    }

    /** A page of cases and how many match, counted up to a limit only ({@code more} if there are more). */
    record Page(List<CaseRecord> items, long total, boolean more) {
    }

    Page list(CaseFilter filter, String scopeCondition, Map<String, Object> scopeParams, int countLimit) {
        Map<String, Object> params = new HashMap<>(scopeParams);
        List<String> where = new ArrayList<>();
        where.add(scopeCondition);
        if (filter.childId() != null) {
            where.add("c.child_id = :child");
            params.put("child", UUID.fromString(filter.childId()));
        }
        if (filter.role() != null) {
            where.add("c.role = :role");
            params.put("role", filter.role());
        }
        if (filter.province() != null) {
            where.add("c.province_code = :province");
            params.put("province", filter.province());
        }
        if (filter.offenceClass() != null) {
            where.add("c.offence_class = :offenceClass");
            params.put("offenceClass", filter.offenceClass());
        }
        if (filter.status() != null) {
            String closed = "EXISTS (SELECT 1 FROM legal_event e WHERE e.case_id = c.id AND e.type = 'CASE_CLOSED'"
                    + " AND NOT EXISTS (SELECT 1 FROM legal_event_void v WHERE v.event_id = e.id))";
            where.add("CLOSED".equals(filter.status()) ? closed : "NOT " + closed);
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("c.case_number LIKE :q");
            params.put("q", "%" + filter.q().strip().replace("%", "").replace("_", "") + "%");
        }
        String condition = String.join(" AND ", where);
        int size = filter.sizeOrDefault();
        // Counted only up to a limit, or past the page asked for (CountUpTo).
        long limit = Math.max(countLimit, (long) (filter.pageOrZero() + 1) * size);
        long counted = CountUpTo.count(jdbc, "FROM case_file c WHERE " + condition, params, limit);
        List<CaseRecord> items = jdbc.sql("SELECT c.* FROM case_file c WHERE " + condition
                        + " ORDER BY c.opened_at DESC, c.id OFFSET " + (long) filter.pageOrZero() * size
                        + " ROWS FETCH NEXT " + size + " ROWS ONLY")
                .params(params).query((rs, n) -> map(rs)).list();
        return new Page(items, Math.min(counted, limit), counted > limit);
    }

    private static CaseRecord map(ResultSet rs) throws SQLException {
        String code = rs.getString("offence_code");
        String offenceClass = rs.getString("offence_class");
        Offence offence = code == null && offenceClass == null ? null : new Offence(
                code == null ? null : OffenceCode.valueOf(code),
                offenceClass == null ? null : OffenceClass.valueOf(offenceClass),
                (Boolean) rs.getObject("offence_intentional"), (Integer) rs.getObject("min_penalty_months"),
                (Integer) rs.getObject("max_penalty_months"));
        return new CaseRecord(new CaseId(rs.getObject("id", UUID.class)), rs.getString("case_number"),
                new ChildId(rs.getObject("child_id", UUID.class)), CaseRole.valueOf(rs.getString("role")), offence,
                rs.getObject("offence_date", LocalDate.class), rs.getString("place_code"),
                rs.getString("province_code"), new AgencyId(rs.getObject("owner_agency_id", UUID.class)),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant());
    }
}
