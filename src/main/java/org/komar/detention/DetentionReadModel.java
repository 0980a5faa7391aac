package org.komar.detention;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.cases.CaseFacts;
import org.komar.cases.CaseOutline;
import org.komar.cases.CaseService;
import org.komar.cases.CasesImported;
import org.komar.cases.CaseSituation;
import org.komar.child.ChildCorrected;
import org.komar.facility.FacilityRegister;
import org.komar.shared.CaseId;
import org.komar.timeline.LegalEventRecorded;
import org.komar.timeline.LegalEventVoided;
import org.komar.timeline.Timeline;
import org.komar.timeline.TimelineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code detention_stay} and {@code detention_occurrence} in step with the timelines: a case's rows are
 * derived again inside the transaction that records or voids one of its events, or imports the case (so a
 * roll never disagrees with the timelines), and all cases of a child when the child's details are corrected. At
 * start-up, rows built by an older derivation (or none, on a database that had cases before this module) are derived
 * again from every timeline. When a case derived held now, before or after ({@link HeldNowChanged}), the national
 * census of now is counted again once the change is committed ({@link NationalCensus}).
 */
@Component
@Order(50)
class DetentionReadModel implements ApplicationRunner {

    /** Bump when the derivation changes what it stores: every case is then derived again at start-up. */
    static final int DERIVATION = 1;
    static final Instant OPEN_END = Instant.parse("9999-12-31T00:00:00Z");
    private static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(DetentionReadModel.class);

    private final CaseService cases;
    private final TimelineStore timelines;
    private final FacilityRegister facilities;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DetentionReadModel(CaseService cases, TimelineStore timelines, FacilityRegister facilities, JdbcClient jdbc,
                       JdbcTemplate template, TransactionTemplate transactions, ApplicationEventPublisher events,
                       Clock clock) {
        this.cases = cases;
        this.timelines = timelines;
        this.facilities = facilities;
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LegalEventRecorded recorded) {
        refresh(List.of(recorded.caseId()), recorded.timelines());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LegalEventVoided voided) {
        refresh(List.of(voided.caseId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CasesImported imported) {
        write(imported.cases().keySet(), imported.cases(), imported.timelines(), false);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ChildCorrected corrected) {
        refresh(cases.outlinesOfChild(corrected.childId()).stream().map(CaseOutline::id).toList());
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer built = jdbc.sql("SELECT derivation FROM detention_model WHERE id = 1").query(Integer.class)
                .optional().orElse(0);
        if (built >= DERIVATION) {
            return;
        }
        long started = System.nanoTime();
        long done = rebuild();
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE detention_model SET derivation = :d, built_at = :at WHERE id = 1")
                .param("d", DERIVATION).param("at", utc(clock.instant())).update());
        log.info("Detention read model derived from {} cases in {} ms", done, (System.nanoTime() - started) / 1_000_000);
    }

    /** Derives every case again, in batches of {@value #BATCH}, one transaction each; answers the cases done. */
    long rebuild() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM detention_stay").update();
            jdbc.sql("DELETE FROM detention_occurrence").update();
        });
        long done = 0;
        CaseId after = null;
        while (true) {
            List<CaseId> batch = cases.caseIdsAfter(after, BATCH);
            if (batch.isEmpty()) {
                return done;
            }
            transactions.executeWithoutResult(status -> refresh(batch));
            done += batch.size();
            after = batch.get(batch.size() - 1);
        }
    }

    /** Derives the rows of these cases again from their timelines. */
    void refresh(Collection<CaseId> caseIds) {
        refresh(caseIds, timelines.loadAll(caseIds));
    }

    /** Derives the rows of these cases again from the given timelines. */
    void refresh(Collection<CaseId> caseIds, Map<CaseId, Timeline> loaded) {
        write(caseIds, cases.facts(caseIds), loaded, true);
    }

    /** Derives the rows of these cases and writes them, first forgetting those derived before unless they are new. */
    private void write(Collection<CaseId> caseIds, Map<CaseId, CaseFacts> facts, Map<CaseId, Timeline> loaded,
                       boolean derivedBefore) {
        List<Object[]> stays = new ArrayList<>();
        List<Object[]> occurrences = new ArrayList<>();
        for (CaseId id : caseIds) {
            CaseFacts fact = facts.get(id);
            Timeline timeline = loaded.get(id);
            if (fact == null || timeline == null || timeline.isEmpty()) {
                continue;
            }
            DetentionHistory.History history = DetentionHistory.derive(timeline, fact.role(), facilities::byCode);
            if (history.stays().isEmpty() && history.occurrences().isEmpty()) {
                continue;
            }
            var child = fact.child();
            Optional<java.time.LocalDate> birth = CaseSituation.ageAssessment(timeline,
                    Optional.ofNullable(child.birthClaim())).assumedBirthDate();
            for (Stay stay : history.stays()) {
                stays.add(new Object[] {stay, child.id().value(), fact.role().name(),
                        child.sex() == null ? null : child.sex().name(), birth.orElse(null), fact.provinceCode()});
            }
            for (int i = 0; i < history.occurrences().size(); i++) {
                occurrences.add(new Object[] {history.occurrences().get(i), i});
            }
        }
        Instant now = clock.instant();
        boolean heldNow = stays.stream().anyMatch(row -> heldAfter((Stay) row[0], now));
        List<UUID> ids = derivedBefore ? caseIds.stream().map(CaseId::value).toList() : List.of();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            heldNow = heldNow || heldAfter(chunk, now);
            jdbc.sql("DELETE FROM detention_stay WHERE case_id IN (:ids)").param("ids", chunk).update();
            jdbc.sql("DELETE FROM detention_occurrence WHERE case_id IN (:ids)").param("ids", chunk).update();
        }
        template.batchUpdate("""
                INSERT INTO detention_stay (case_id, seq, child_id, role, facility_code, since, until, status,
                                            status_since, detained_since, separated, with_caregiver, deprived, sex,
                                            birth_date, case_province)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", stays, 500, (ps, row) -> {
            Stay stay = (Stay) row[0];
            ps.setObject(1, stay.caseId().value());
            ps.setInt(2, stay.seq());
            ps.setObject(3, row[1]);
            ps.setString(4, (String) row[2]);
            ps.setString(5, stay.facility());
            ps.setObject(6, utc(stay.since()));
            ps.setObject(7, utc(stay.until() == null ? OPEN_END : stay.until()));
            ps.setString(8, stay.status().name());
            ps.setObject(9, utc(stay.statusSince()));
            ps.setObject(10, utc(stay.detainedSince()));
            if (stay.separated() == null) {
                ps.setNull(11, Types.BOOLEAN);
            } else {
                ps.setBoolean(11, stay.separated());
            }
            ps.setBoolean(12, stay.withCaregiver());
            ps.setBoolean(13, stay.deprivedOfLiberty());
            ps.setString(14, (String) row[3]);
            ps.setObject(15, row[4]);
            ps.setString(16, (String) row[5]);
        });
        template.batchUpdate("""
                INSERT INTO detention_occurrence (case_id, seq, kind, occurred_at, facility_code)
                VALUES (?, ?, ?, ?, ?)""", occurrences, 500, (ps, row) -> {
            Occurrence occurrence = (Occurrence) row[0];
            ps.setObject(1, occurrence.caseId().value());
            ps.setInt(2, (Integer) row[1]);
            ps.setString(3, occurrence.kind().name());
            ps.setObject(4, utc(occurrence.at()));
            ps.setString(5, occurrence.facility());
        });
        if (heldNow) {
            events.publishEvent(new HeldNowChanged());
        }
    }

    /** Whether any stay derived before for these cases lasts past {@code now}. */
    private boolean heldAfter(List<UUID> caseIds, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM detention_stay WHERE case_id IN (:ids) AND until > :now")
                .param("ids", caseIds).param("now", utc(now)).query(Long.class).single() > 0;
    }

    /** Whether the stay lasts past {@code now}: one that began later counts too, it may be counted soon. */
    private static boolean heldAfter(Stay stay, Instant now) {
        return stay.until() == null || stay.until().isAfter(now);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
