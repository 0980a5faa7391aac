package org.komar.courts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.komar.access.Actor;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.courts.ChecklistItem.AgeEvidence;
import org.komar.courts.ChecklistItem.Answer;
import org.komar.shared.Cambodia;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trial monitoring. A monitor ({@code HEARING_MONITOR}) sees only the hearings a court admitted them to, as {@link
 * MonitoredHearing}s without names, fills one checklist per hearing once it has begun, and reads the report of the
 * checklists of their own organisation. Every read and change is audited in its transaction.
 */
@Service
public class MonitoringService {

    static final List<String> AGE_BANDS = List.of("UNDER_14", "AGE_14_15", "AGE_16_17");
    static final List<String> DAY_BANDS = List.of("DAYS_0_30", "DAYS_31_60", "DAYS_61_120", "DAYS_121_180",
            "DAYS_OVER_180");

    private final HearingRepository hearings;
    private final ChecklistRepository checklists;
    private final AuditLog audit;
    private final Clock clock;

    MonitoringService(HearingRepository hearings, ChecklistRepository checklists, AuditLog audit, Clock clock) {
        this.hearings = hearings;
        this.checklists = checklists;
        this.audit = audit;
        this.clock = clock;
    }

    /** The hearings the actor was admitted to monitor, in the order of their time. */
    @Transactional
    public List<MonitoredHearing> assigned(Actor actor) {
        actor.require(Permission.HEARING_MONITOR);
        List<Hearing> found = hearings.query("EXISTS (SELECT 1 FROM hearing_monitor m WHERE m.hearing_id = h.id"
                + " AND m.monitor_id = :me)", Map.of("me", actor.userId().value()));
        Map<HearingId, Checklist> own = new HashMap<>();
        if (!found.isEmpty()) {
            checklists.query("c.monitor_id = :me", Map.of("me", actor.userId().value()))
                    .forEach(c -> own.put(c.hearingId(), c));
        }
        audit.record(actor, "MONITORED_HEARINGS_LISTED", AuditSubject.none(), null, "results=" + found.size());
        return found.stream().map(h -> MonitoredHearing.of(h, own.get(h.id()))).toList();
    }

    @Transactional
    public MonitoredHearing hearing(Actor actor, HearingId id) {
        Hearing hearing = admitted(actor, id);
        Checklist checklist = checklists.find(id, actor.userId()).orElse(null);
        audit.record(actor, "MONITORED_HEARING_READ", CourtService.subject(hearing));
        return MonitoredHearing.of(hearing, checklist);
    }

    /** The actor's checklist of the hearing, if they saved one. */
    @Transactional
    public Optional<Checklist> checklist(Actor actor, HearingId id) {
        Hearing hearing = admitted(actor, id);
        Optional<Checklist> checklist = checklists.find(id, actor.userId());
        audit.record(actor, "MONITORING_CHECKLIST_READ", CourtService.subject(hearing));
        return checklist;
    }

    /**
     * Saves the actor's checklist of a hearing (replacing the answers of an earlier save). Answers are keyed by item
     * name; blank ones are left out. {@code version}, when given, must be the version read.
     */
    @Transactional
    public Checklist save(Actor actor, HearingId id, Map<String, String> answers, String note, Integer version) {
        Hearing hearing = admitted(actor, id);
        FieldProblems problems = new FieldProblems();
        Map<ChecklistItem, String> parsed = parse(answers == null ? Map.of() : answers, problems);
        String text = problems.text("note", note, CourtService.MAX_TEXT, false);
        problems.throwIfAny();
        if (hearing.scheduledAt().isAfter(clock.instant().plus(CourtService.DRIFT))) {
            throw KomarException.conflict("MONITORING_BEFORE_HEARING");
        }
        Optional<Checklist> existing = checklists.find(id, actor.userId());
        Checklist checklist = new Checklist(existing.map(Checklist::id).orElseGet(UUID::randomUUID), id,
                actor.userId(), actor.agencyId(), parsed, text, clock.instant(), 0);
        int expected = version != null ? version : existing.map(Checklist::version).orElse(0);
        if (!checklists.save(checklist, expected, existing.isPresent())) {
            throw KomarException.conflict("MONITORING_CHECKLIST_CHANGED");
        }
        audit.record(actor, "MONITORING_CHECKLIST_SAVED", CourtService.subject(hearing), null,
                "answers=" + parsed.size());
        return checklists.find(id, actor.userId()).orElseThrow();
    }

    /**
     * The report of the checklists that monitors of the actor's organisation saved for hearings scheduled from
     * {@code from} to {@code to} (Phnom Penh days, both included), optionally of one court.
     */
    @Transactional
    public MonitoringReport report(Actor actor, LocalDate from, LocalDate to, AgencyId court) {
        actor.require(Permission.HEARING_MONITOR);
        if (to.isBefore(from)) {
            new FieldProblems().add("to", "HEARING_PERIOD_REVERSED").throwIfAny();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("agency", actor.agencyId().value());
        params.put("from", HearingRepository.utc(from.atStartOfDay(Cambodia.ZONE).toInstant()));
        params.put("to", HearingRepository.utc(to.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant()));
        String condition = "c.monitor_agency = :agency AND h.scheduled_at >= :from AND h.scheduled_at < :to";
        if (court != null) {
            condition += " AND h.court_agency_id = :court";
            params.put("court", court.value());
        }
        List<Checklist> found = checklists.query(condition, params);
        Map<HearingId, AgencyId> courtOf = new HashMap<>();
        if (!found.isEmpty()) {
            List<UUID> ids = found.stream().map(c -> c.hearingId().value()).distinct().toList();
            for (int i = 0; i < ids.size(); i += 500) {
                hearings.query("h.id IN (:ids)", Map.of("ids", ids.subList(i, Math.min(ids.size(), i + 500))))
                        .forEach(h -> courtOf.put(h.id(), h.court()));
            }
        }
        MonitoringReport report = aggregate(from, to, found, c -> courtOf.get(c.hearingId()));
        audit.record(actor, "MONITORING_REPORT_READ", AuditSubject.none(), null, "from=" + from + " to=" + to
                + " checklists=" + found.size());
        return report;
    }

    /** The aggregation itself: a pure function of the checklists and the court of each. */
    static MonitoringReport aggregate(LocalDate from, LocalDate to, List<Checklist> found,
                                      Function<Checklist, AgencyId> courtOf) {
        Map<AgencyId, List<Checklist>> byCourt = new LinkedHashMap<>();
        for (Checklist checklist : found) {
            byCourt.computeIfAbsent(courtOf.apply(checklist), k -> new ArrayList<>()).add(checklist);
        }
        List<AgencyId> courts = byCourt.keySet().stream()
                .sorted(java.util.Comparator.comparing(AgencyId::toString)).toList();
        List<MonitoringReport.Row> rows = new ArrayList<>();
        for (ChecklistItem item : ChecklistItem.values()) {
            for (String key : keys(item)) {
                Map<AgencyId, MonitoringReport.Tally> perCourt = new LinkedHashMap<>();
                for (AgencyId court : courts) {
                    perCourt.put(court, tally(item, key, byCourt.get(court)));
                }
                rows.add(new MonitoringReport.Row(item, key, tally(item, key, found), perCourt));
            }
        }
        Map<AgencyId, Long> counts = new LinkedHashMap<>();
        courts.forEach(court -> counts.put(court, (long) byCourt.get(court).size()));
        return new MonitoringReport(from, to, courts, counts, found.size(), rows);
    }

    static List<String> keys(ChecklistItem item) {
        return switch (item.type()) {
            case YES_NO -> List.of(Answer.YES.name());
            case AGE -> AGE_BANDS;
            case DAYS -> DAY_BANDS;
            case AGE_EVIDENCE -> java.util.Arrays.stream(AgeEvidence.values())
                    .filter(e -> e != AgeEvidence.NOT_OBSERVED).map(Enum::name).toList();
        };
    }

    private static MonitoringReport.Tally tally(ChecklistItem item, String key, List<Checklist> list) {
        long count = 0;
        long answered = 0;
        long notObserved = 0;
        for (Checklist checklist : list) {
            String answer = checklist.answer(item);
            if (answer == null) {
                continue;
            }
            if (Answer.NOT_OBSERVED.name().equals(answer)) {
                notObserved++;
                continue;
            }
            answered++;
            if (key.equals(bandOf(item, answer))) {
                count++;
            }
        }
        return new MonitoringReport.Tally(count, answered, notObserved);
    }

    /** The report key an answer falls under: itself, or its band for ages and days. */
    static String bandOf(ChecklistItem item, String answer) {
        return switch (item.type()) {
            case YES_NO, AGE_EVIDENCE -> answer;
            case AGE -> {
                int age = Integer.parseInt(answer);
                yield age < 14 ? "UNDER_14" : age < 16 ? "AGE_14_15" : "AGE_16_17";
            }
            case DAYS -> {
                int days = Integer.parseInt(answer);
                yield days <= 30 ? "DAYS_0_30" : days <= 60 ? "DAYS_31_60" : days <= 120 ? "DAYS_61_120"
                        : days <= 180 ? "DAYS_121_180" : "DAYS_OVER_180";
            }
        };
    }

    private static Map<ChecklistItem, String> parse(Map<String, String> answers, FieldProblems problems) {
        Map<ChecklistItem, String> parsed = new EnumMap<>(ChecklistItem.class);
        for (Map.Entry<String, String> entry : answers.entrySet()) {
            String field = "answers." + entry.getKey();
            ChecklistItem item;
            try {
                item = ChecklistItem.valueOf(entry.getKey());
            } catch (IllegalArgumentException unknown) {
                problems.add(field, "MONITORING_UNKNOWN_ITEM", entry.getKey());
                continue;
            }
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (item.type()) {
                case YES_NO -> {
                    Answer answer = Enums.parse(Answer.class, value, field, problems, false);
                    if (answer != null) {
                        parsed.put(item, answer.name());
                    }
                }
                case AGE_EVIDENCE -> {
                    AgeEvidence evidence = Enums.parse(AgeEvidence.class, value, field, problems, false);
                    if (evidence != null) {
                        parsed.put(item, evidence.name());
                    }
                }
                case AGE -> number(problems, field, value, 0, 17).ifPresent(n -> parsed.put(item, n.toString()));
                case DAYS -> number(problems, field, value, 0, 3650).ifPresent(n -> parsed.put(item, n.toString()));
            }
        }
        if (Answer.NO.name().equals(parsed.get(ChecklistItem.PRETRIAL_DETENTION))
                && parsed.containsKey(ChecklistItem.PRETRIAL_DETENTION_DAYS)
                && !"0".equals(parsed.get(ChecklistItem.PRETRIAL_DETENTION_DAYS))) {
            problems.add("answers." + ChecklistItem.PRETRIAL_DETENTION_DAYS, "MONITORING_DAYS_WITHOUT_DETENTION");
        }
        return parsed;
    }

    private static Optional<Integer> number(FieldProblems problems, String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                problems.add(field, "OUT_OF_RANGE", min, max);
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberFormatException notANumber) {
            problems.add(field, "OUT_OF_RANGE", min, max);
            return Optional.empty();
        }
    }

    private Hearing admitted(Actor actor, HearingId id) {
        actor.require(Permission.HEARING_MONITOR);
        Hearing hearing = hearings.find(id).orElseThrow(() -> KomarException.notFound("HEARING_NOT_FOUND"));
        if (!hearing.monitoredBy(actor.userId())) {
            throw KomarException.notFound("HEARING_NOT_FOUND");
        }
        return hearing;
    }
}
