package org.komar.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.Cambodia;
import org.komar.shared.KomarException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures anyone may read without signing in: computed on the administrators' schedule (never on a reader's
 * request) from the read model, for the last complete years, as the fixed catalogue of {@link PublicFamily} tables
 * with small cells suppressed ({@link Suppression}), and stored as a snapshot with the moment it was computed and the
 * population tables its rates used. The public pages and exports read the latest snapshot only.
 */
@Service
class PublicFigures {

    private static final Logger log = LoggerFactory.getLogger(PublicFigures.class);
    private static final int KEPT = 10;

    private final StatisticsService statistics;
    private final PublicSettings settings;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReentrantLock computing = new ReentrantLock();
    private final Instant started;

    PublicFigures(StatisticsService statistics, PublicSettings settings, JdbcClient jdbc, JsonMapper json,
                  AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.statistics = statistics;
        this.settings = settings;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.started = clock.instant();
    }

    /** The snapshot the public pages show: the latest computed. */
    Optional<PublicSnapshot> latest() {
        return jdbc.sql("SELECT content FROM stat_public_snapshot ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class).optional().map(content -> json.readValue(content, PublicSnapshot.class));
    }

    /** An administrator asks for the figures to be computed now (audited). */
    PublicSnapshot recompute(Actor actor) {
        actor.require(Permission.REFERENCE_ADMIN);
        PublicSnapshot snapshot = recompute();
        transactions.executeWithoutResult(status -> audit.record(actor, "PUBLIC_FIGURES_RECOMPUTED",
                AuditSubject.of("PUBLIC_FIGURES", snapshot.computedAt())));
        return snapshot;
    }

    /** Every minute: recomputes when the schedule says so, counted from the last computation (or the start). */
    @Scheduled(fixedDelayString = "${komar.statistics.public.tick:PT1M}",
            initialDelayString = "${komar.statistics.public.tick:PT1M}")
    void tick() {
        PublicSettings.Settings current = settings.current();
        Instant last = jdbc.sql("SELECT computed_at FROM stat_public_snapshot ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(OffsetDateTime::toInstant).orElse(null);
        Instant from = last == null ? started : last;
        if (current.updatedAt() != null && current.updatedAt().isAfter(from)) {
            from = current.updatedAt();
        }
        if (!clock.instant().isBefore(current.nextAfter(from))) {
            try {
                recompute();
            } catch (RuntimeException failed) {
                log.error("The public figures could not be recomputed", failed);
            }
        }
    }

    /** Computes the figures of the last complete years with the settings in force and stores them. */
    PublicSnapshot recompute() {
        computing.lock();
        try {
            PublicSettings.Settings current = settings.current();
            Instant now = clock.instant();
            int lastYear = LocalDate.ofInstant(now, Cambodia.ZONE).getYear() - 1;
            List<PublicSnapshot.Year> years = new ArrayList<>();
            for (int year = lastYear; year > lastYear - current.years(); year--) {
                years.add(year(year, current.threshold()));
            }
            PublicSnapshot snapshot = new PublicSnapshot(now.atZone(Cambodia.ZONE).toOffsetDateTime().toString(),
                    current.threshold(), years);
            String content = json.writeValueAsString(snapshot);
            transactions.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO stat_public_snapshot (computed_at, threshold, first_year, last_year, content)"
                                + " VALUES (:at, :threshold, :first, :last, :content)")
                        .param("at", FactStore.utc(now)).param("threshold", current.threshold())
                        .param("first", lastYear - current.years() + 1).param("last", lastYear)
                        .param("content", content).update();
                jdbc.sql("DELETE FROM stat_public_snapshot WHERE seq <= (SELECT MAX(seq) FROM stat_public_snapshot)"
                        + " - " + KEPT).update();
            });
            return snapshot;
        } finally {
            computing.unlock();
        }
    }

    /** One year: flows over the calendar year, stocks at its last moment, every family suppressed on its own. */
    PublicSnapshot.Year year(int year, int threshold) {
        Period period = Period.year(year);
        IndicatorEngine.Inputs in = statistics.nationalInputs(period);
        List<PublicSnapshot.Table> tables = new ArrayList<>();
        for (PublicFamily family : PublicFamily.values()) {
            List<int[]> units = units(family, in);
            if (units != null) {
                tables.addAll(tables(family, units, threshold, in.population()));
            }
        }
        Population population = in.population();
        PopulationTable table = population == null ? null : population.table();
        return new PublicSnapshot.Year(year, period.from().toString(), period.to().toString(),
                period.asOf().atZone(Cambodia.ZONE).toOffsetDateTime().toString(),
                table == null ? null : new PublicSnapshot.PopulationRef(table.name(), table.referenceYear(),
                        table.source()),
                in.held() != null, tables, policy(in.policy()));
    }

    /** The tables of one family, suppressed; counts of the units given, rates where a population applies. */
    static List<PublicSnapshot.Table> tables(PublicFamily family, List<int[]> units, int threshold,
                                             Population population) {
        Suppression suppression = Suppression.run(family.sizes(), family.tableAxes(), units, threshold);
        List<PublicSnapshot.Table> tables = new ArrayList<>();
        for (int t = 0; t < suppression.tableCount(); t++) {
            List<PublicAxis> axes = family.tables().get(t);
            List<PublicSnapshot.Cell> cells = new ArrayList<>();
            for (int i = 0; i < suppression.cellCount(t); i++) {
                int[] values = suppression.values(t, i);
                Map<String, String> at = new LinkedHashMap<>();
                Map<Dimension, String> cell = new HashMap<>();
                for (int a = 0; a < axes.size(); a++) {
                    String value = axes.get(a).codes().get(values[a]);
                    at.put(axes.get(a).key(), value);
                    if (axes.get(a) instanceof Dimension dimension) {
                        cell.put(dimension, value);
                    }
                }
                Long count = suppression.published(t, i);
                cells.add(new PublicSnapshot.Cell(at, count, rate(family, cell, count, population)));
            }
            tables.add(new PublicSnapshot.Table(family.name(), axes.stream().map(PublicAxis::key).toList(), cells));
        }
        return tables;
    }

    /** Children per 100,000 of the cell's child population: for counts of children arrested or held. */
    private static Double rate(PublicFamily family, Map<Dimension, String> cell, Long count, Population population) {
        if (count == null || population == null || (family != PublicFamily.ARRESTED && family != PublicFamily.HELD)) {
            return null;
        }
        for (Dimension dimension : cell.keySet()) {
            if (dimension != Dimension.SEX && dimension != Dimension.AGE_BAND && dimension != Dimension.PROVINCE) {
                return null;
            }
        }
        Long children = population.of(new Cell(cell));
        return children == null || children == 0 ? null : IndicatorEngine.round(count * 100_000.0 / children);
    }

    /**
     * The children a family counts, each once, as their value on every axis of the family: the grounds of the
     * first case that brought the child into the family, then the child's outcomes. Null when the records the
     * family needs are not kept (no detention records).
     */
    static List<int[]> units(PublicFamily family, IndicatorEngine.Inputs in) {
        long asOf = in.asOf().getEpochSecond();
        return switch (family) {
            case ARRESTED -> perChild(family, in.facts(FactKind.ARREST), (rows, group) -> new String[0]);
            case DIVERTED_OR_SENTENCED -> {
                FactRows diversions = in.facts(FactKind.DIVERSION);
                FactRows both = diversions.concat(in.facts(FactKind.SENTENCE));
                int diverted = diversions.size();
                yield perChild(family, both, new Outcomes() {
                    @Override
                    public String[] of(FactRows rows, int[] group) {
                        boolean anyDiversion = false;
                        boolean custodial = false;
                        for (int row : group) {
                            anyDiversion |= row < diverted;
                            custodial |= row >= diverted && rows.flagTrue(row);
                        }
                        return new String[] {anyDiversion ? "DIVERTED" : custodial ? "CUSTODIAL" : "NON_CUSTODIAL"};
                    }

                    @Override
                    public boolean first(FactRows rows, int row, int[] group) {
                        // Diverted children are placed by their first diversion, the others by their first sentence.
                        boolean anyDiversion = false;
                        for (int r : group) {
                            anyDiversion |= r < diverted;
                        }
                        return !anyDiversion || row < diverted;
                    }
                });
            }
            case RELEASED -> {
                FactRows releases = in.facts(FactKind.RELEASE);
                yield perChild(family, releases, (rows, group) -> {
                    boolean aftercare = false;
                    for (int row : group) {
                        aftercare |= rows.aux(row) != FactRows.NONE && rows.aux(row) <= asOf;
                    }
                    return new String[] {aftercare ? "YES" : "NO"};
                });
            }
            case DEATHS -> {
                FactRows deaths = in.facts(FactKind.DEATH);
                List<int[]> units = new ArrayList<>();
                int[] order = Tally.groupedByChild(deaths);
                for (int i = 0; i < order.length; i++) {
                    if (i == 0 || deaths.child(order[i]) != deaths.child(order[i - 1])) {
                        units.add(new int[0]);
                    }
                }
                yield units;
            }
            case HELD -> in.held() == null ? null : held(family, in.held());
        };
    }

    /** How the outcomes of a child are read from the child's rows. */
    @FunctionalInterface
    interface Outcomes {

        String[] of(FactRows rows, int[] group);

        /** Whether a row may place the child on the grounds (the earliest such row does). */
        default boolean first(FactRows rows, int row, int[] group) {
            return true;
        }
    }

    private static List<int[]> perChild(PublicFamily family, FactRows rows, Outcomes outcomes) {
        List<int[]> units = new ArrayList<>();
        int[] order = Tally.groupedByChild(rows);
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && rows.child(order[j]) == rows.child(order[i])) {
                j++;
            }
            int[] group = java.util.Arrays.copyOfRange(order, i, j);
            int placing = -1;
            for (int row : group) {
                if (outcomes.first(rows, row, group) && (placing < 0 || rows.at(row) < rows.at(placing))) {
                    placing = row;
                }
            }
            units.add(unit(family, rows.profile(placing), outcomes.of(rows, group)));
            i = j;
        }
        return units;
    }

    private static List<int[]> held(PublicFamily family, List<HeldChild> held) {
        Map<Long, List<HeldChild>> byChild = new LinkedHashMap<>();
        for (HeldChild child : held) {
            byChild.computeIfAbsent(child.childKey(), k -> new ArrayList<>()).add(child);
        }
        List<int[]> units = new ArrayList<>();
        for (List<HeldChild> rows : byChild.values()) {
            HeldChild placing = rows.get(0);
            boolean pre = false;
            boolean sentenced = false;
            boolean notSeparated = false;
            boolean separated = false;
            boolean contact = false;
            for (HeldChild row : rows) {
                if (row.detainedSince() != null && (placing.detainedSince() == null
                        || row.detainedSince().isBefore(placing.detainedSince()))) {
                    placing = row;
                }
                pre |= row.preSentence();
                sentenced |= row.sentenced();
                notSeparated |= Boolean.FALSE.equals(row.separated());
                separated |= Boolean.TRUE.equals(row.separated());
                contact |= row.familyContact();
            }
            units.add(unit(family, placing.profile(), new String[] {pre ? "PRE_SENTENCE" : sentenced ? "SENTENCED" : "OTHER",
                    notSeparated ? "NOT_SEPARATED" : separated ? "SEPARATED" : "NOT_RECORDED", contact ? "YES" : "NO"}));
        }
        return units;
    }

    /** A unit: the profile's value on each ground, then the outcomes given (in the family's order of outcomes). */
    private static int[] unit(PublicFamily family, int profileCode, String[] outcomes) {
        Profile profile = new Profile(profileCode);
        List<PublicAxis> axes = family.axes();
        int grounds = axes.size() - outcomes.length;
        int[] unit = new int[axes.size()];
        for (int a = 0; a < grounds; a++) {
            unit[a] = profile.index((Dimension) axes.get(a));
        }
        for (int o = 0; o < outcomes.length; o++) {
            unit[grounds + o] = axes.get(grounds + o).codes().indexOf(outcomes[o]);
        }
        return unit;
    }

    private static List<PublicSnapshot.Policy> policy(IndicatorEngine.PolicyInputs policy) {
        List<PublicSnapshot.Policy> answers = new ArrayList<>();
        for (int number : PolicyAnswers.INDICATORS) {
            PolicyAnswer answer = policy.answers().get(number);
            Long numerator = number == 12 ? policy.placesInspected() : number == 13 ? policy.placesWithComplaints()
                    : null;
            Long denominator = number == 12 || number == 13 ? policy.places() : null;
            Double value = numerator != null && denominator != null && denominator > 0
                    ? IndicatorEngine.round(numerator * 100.0 / denominator) : null;
            answers.add(new PublicSnapshot.Policy(number, answer == null ? null : answer.answer(),
                    answer == null ? null : answer.evidence(),
                    answer == null ? null : answer.effectiveFrom().toString(), numerator, denominator, value));
        }
        return answers;
    }

    /** Refuses a year that the snapshot does not publish. */
    static PublicSnapshot.Year yearOf(PublicSnapshot snapshot, Integer year) {
        if (snapshot.years().isEmpty()) {
            throw KomarException.notFound("PUBLIC_FIGURES_NOT_YET");
        }
        if (year == null) {
            return snapshot.years().get(0);
        }
        return snapshot.year(year).orElseThrow(() -> KomarException.notFound("PUBLIC_YEAR_NOT_PUBLISHED"));
    }
}
