package org.komar.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate data for a national DHIS2: the national figures of a DHIS2 period (a year {@code 2026}, a quarter
 * {@code 2026Q1} or a month {@code 202601}) for the country and its provinces, as {@code dataValueSets} JSON (DHIS2
 * identifiers) or ADX XML (codes, the IHE namespace {@code urn:ihe:qrph:adx:2015}), through the administrators'
 * {@link Dhis2Mapping} (the default until they replace it). Statisticians and administrators download it.
 */
@Service
public class Dhis2Export {

    static final String ADX_NAMESPACE = "urn:ihe:qrph:adx:2015";
    static final String ADX_MEDIA_TYPE = "application/adx+xml";

    /** A DHIS2 period: its DHIS2 name, its ISO 8601 form for ADX, and Komar's period. */
    record Dhis2Period(String dhis2, String iso, Period period) {
    }

    /** {@code dataValueSets} JSON: one data value per data element, org unit and category option combo. */
    public record DataValueSet(String dataSet, String period, List<DataValue> dataValues) {
    }

    public record DataValue(String dataElement, String period, String orgUnit, String categoryOptionCombo,
                            String attributeOptionCombo, String value) {
    }

    /** One value before it is written: which element, where, in which cell of its dimension. */
    record Value(Dhis2Mapping.Entry element, String orgUnit, String cellKey, String value) {
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])");

    private final StatisticsService statistics;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditLog audit;
    private final Clock clock;

    Dhis2Export(StatisticsService statistics, JdbcClient jdbc, JdbcTemplate template, AuditLog audit, Clock clock) {
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
        this.clock = clock;
    }

    /** The mapping in force: the administrators' if they stored one, else the default. */
    @Transactional(readOnly = true)
    public Dhis2Mapping mapping() {
        List<Dhis2Mapping.Entry> entries = jdbc.sql(
                        "SELECT mapping_type, mapping_key, dimensions, uid, code FROM stat_dhis2_mapping"
                                + " ORDER BY mapping_type, mapping_key")
                .query((rs, n) -> new Dhis2Mapping.Entry(Dhis2Mapping.Type.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3) == null ? "" : rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        return entries.isEmpty() ? Dhis2Mapping.defaults() : new Dhis2Mapping(entries);
    }

    /** Whether the mapping in force is the default one. */
    @Transactional(readOnly = true)
    public boolean defaultMapping() {
        return jdbc.sql("SELECT COUNT(*) FROM stat_dhis2_mapping").query(Long.class).single() == 0;
    }

    /** Replaces the mapping whole from CSV, or changes nothing and answers every problem found. */
    @Transactional
    public List<Dhis2Mapping.Problem> replaceMapping(Actor actor, Reader csv) {
        actor.require(Permission.REFERENCE_ADMIN);
        Dhis2Mapping.Read read;
        try {
            read = Dhis2Mapping.read(csv);
        } catch (IOException unreadable) {
            return List.of(new Dhis2Mapping.Problem(0, "DHIS2_MAPPING_MALFORMED", List.of()));
        }
        if (!read.problems().isEmpty()) {
            return read.problems();
        }
        jdbc.sql("DELETE FROM stat_dhis2_mapping").update();
        template.batchUpdate("INSERT INTO stat_dhis2_mapping (mapping_type, mapping_key, dimensions, uid, code)"
                + " VALUES (?, ?, ?, ?, ?)", read.mapping().entries(), 500, (ps, entry) -> {
                    ps.setString(1, entry.type().name());
                    ps.setString(2, entry.key());
                    ps.setString(3, entry.dimension());
                    ps.setString(4, entry.uid());
                    ps.setString(5, entry.code());
                });
        audit.record(actor, "DHIS2_MAPPING_REPLACED", AuditSubject.of("DHIS2_MAPPING", "mapping"), null,
                "entries=" + read.mapping().entries().size());
        return List.of();
    }

    /** Goes back to the default mapping. */
    @Transactional
    public void resetMapping(Actor actor) {
        actor.require(Permission.REFERENCE_ADMIN);
        jdbc.sql("DELETE FROM stat_dhis2_mapping").update();
        audit.record(actor, "DHIS2_MAPPING_RESET", AuditSubject.of("DHIS2_MAPPING", "mapping"));
    }

    /** Parses a DHIS2 period; anything else is a field problem (400). */
    Dhis2Period period(String text) {
        String value = text == null ? "" : text.strip();
        Matcher year = YEAR.matcher(value);
        Matcher quarter = QUARTER.matcher(value);
        Matcher month = MONTH.matcher(value);
        LocalDate from;
        LocalDate to;
        String iso;
        if (year.matches()) {
            from = LocalDate.of(Integer.parseInt(value), 1, 1);
            to = from.plusYears(1).minusDays(1);
            iso = from + "/P1Y";
        } else if (quarter.matches()) {
            from = LocalDate.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1,
                    1);
            to = from.plusMonths(3).minusDays(1);
            iso = from + "/P3M";
        } else if (month.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            from = ym.atDay(1);
            to = ym.atEndOfMonth();
            iso = from + "/P1M";
        } else {
            FieldProblems problems = new FieldProblems();
            problems.add("period", "DHIS2_PERIOD", value);
            problems.throwIfAny();
            return null;
        }
        if (from.getYear() < 1990 || from.isAfter(LocalDate.now(clock.withZone(org.komar.shared.Cambodia.ZONE)))) {
            FieldProblems problems = new FieldProblems();
            problems.add("period", "DHIS2_PERIOD", value);
            problems.throwIfAny();
        }
        return new Dhis2Period(value, iso, Period.parse(from.toString(), to.toString(), null, clock));
    }

    /** The values of the period for the org units asked ({@code KH}, province codes; none: all mapped). */
    List<Value> values(Actor actor, Dhis2Mapping mapping, Dhis2Period period, String orgUnits) {
        actor.require(Permission.STATISTICS_READ);
        List<String> units = orgUnits(mapping, orgUnits);
        Set<Breakdown> breakdowns = new LinkedHashSet<>();
        breakdowns.add(Breakdown.of(Dimension.PROVINCE));
        for (Dhis2Mapping.Entry element : mapping.dataElements()) {
            if (!element.dimension().isEmpty()) {
                Dimension dimension = Dimension.byKey(element.dimension()).orElseThrow();
                breakdowns.add(Breakdown.of(dimension));
                breakdowns.add(Breakdown.of(Dimension.PROVINCE, dimension));
            }
        }
        Figures figures = statistics.compute(actor, period.period(), new ArrayList<>(breakdowns));
        List<Value> values = new ArrayList<>();
        for (Dhis2Mapping.Entry element : mapping.dataElements()) {
            int dot = element.key().lastIndexOf('.');
            Dhis2Mapping.Part part = Dhis2Mapping.Part.valueOf(element.key().substring(dot + 1));
            StatisticResult result = figures.find(element.key().substring(0, dot)).orElse(null);
            if (result == null || !result.available()) {
                continue;
            }
            Dimension dimension = element.dimension().isEmpty() ? null
                    : Dimension.byKey(element.dimension()).orElseThrow();
            for (String unit : units) {
                boolean national = Dhis2Mapping.NATIONAL.equals(unit);
                for (Figure figure : figures(result, dimension, national ? null : unit)) {
                    String value = value(figure, part);
                    if (value != null) {
                        String cell = dimension == null ? "" : dimension.key() + "=" + figure.cell().value(dimension);
                        values.add(new Value(element, unit, cell, value));
                    }
                }
            }
        }
        return values;
    }

    private static List<Figure> figures(StatisticResult result, Dimension dimension, String province) {
        if (province == null) {
            return dimension == null ? List.of(result.total())
                    : result.table(Breakdown.of(dimension)).map(FigureTable::figures).orElse(List.of());
        }
        Breakdown breakdown = dimension == null ? Breakdown.of(Dimension.PROVINCE)
                : Breakdown.of(Dimension.PROVINCE, dimension);
        return result.table(breakdown).map(FigureTable::figures).orElse(List.of()).stream()
                .filter(f -> province.equals(f.cell().value(Dimension.PROVINCE))).toList();
    }

    private static String value(Figure figure, Dhis2Mapping.Part part) {
        return switch (part) {
            case NUMERATOR -> figure.numerator() == null ? null : figure.numerator().toString();
            case DENOMINATOR -> figure.denominator() == null ? null
                    : FiguresResource.number(figure.denominator()).toString();
            case VALUE -> figure.value() == null ? null : FiguresResource.number(figure.value()).toString();
        };
    }

    private static List<String> orgUnits(Dhis2Mapping mapping, String asked) {
        List<String> units = new ArrayList<>();
        if (asked == null || asked.isBlank()) {
            mapping.entries().stream().filter(e -> e.type() == Dhis2Mapping.Type.ORG_UNIT)
                    .map(Dhis2Mapping.Entry::key).forEach(units::add);
            units.sort((a, b) -> a.equals(Dhis2Mapping.NATIONAL) ? -1 : b.equals(Dhis2Mapping.NATIONAL) ? 1
                    : a.compareTo(b));
            return units;
        }
        for (String unit : asked.split(",")) {
            String key = unit.strip();
            if (mapping.find(Dhis2Mapping.Type.ORG_UNIT, key).isEmpty()) {
                FieldProblems problems = new FieldProblems();
                problems.add("orgUnits", "DHIS2_ORG_UNIT", key);
                problems.throwIfAny();
            }
            if (!units.contains(key)) {
                units.add(key);
            }
        }
        return units;
    }

    /** The values as {@code dataValueSets} JSON, with DHIS2 identifiers. */
    DataValueSet dataValueSet(Dhis2Mapping mapping, Dhis2Period period, List<Value> values) {
        List<DataValue> dataValues = new ArrayList<>();
        for (Value value : values) {
            dataValues.add(new DataValue(value.element().uid(), period.dhis2(),
                    mapping.find(Dhis2Mapping.Type.ORG_UNIT, value.orgUnit()).orElseThrow().uid(),
                    mapping.combo(value.cellKey()).orElseThrow().uid(), Dhis2Mapping.DEFAULT_COMBO_UID,
                    value.value()));
        }
        return new DataValueSet(mapping.find(Dhis2Mapping.Type.DATA_SET, Dhis2Mapping.DATA_SET_KEY).orElseThrow().uid(),
                period.dhis2(), dataValues);
    }

    /** The values as ADX: a group per org unit, categories as attributes named by their codes. */
    void adx(Dhis2Mapping mapping, Dhis2Period period, List<Value> values, OutputStream out) {
        Map<String, List<Value>> byUnit = new LinkedHashMap<>();
        values.forEach(v -> byUnit.computeIfAbsent(v.orgUnit(), k -> new ArrayList<>()).add(v));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("adx");
            xml.writeDefaultNamespace(ADX_NAMESPACE);
            xml.writeAttribute("exported", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
            String dataSet = mapping.find(Dhis2Mapping.Type.DATA_SET, Dhis2Mapping.DATA_SET_KEY).orElseThrow().code();
            for (Map.Entry<String, List<Value>> unit : byUnit.entrySet()) {
                xml.writeStartElement("group");
                xml.writeAttribute("orgUnit", mapping.find(Dhis2Mapping.Type.ORG_UNIT, unit.getKey()).orElseThrow()
                        .code());
                xml.writeAttribute("period", period.iso());
                xml.writeAttribute("dataSet", dataSet);
                for (Value value : unit.getValue()) {
                    xml.writeEmptyElement("dataValue");
                    xml.writeAttribute("dataElement", value.element().code());
                    if (!value.cellKey().isEmpty()) {
                        String dimension = value.cellKey().substring(0, value.cellKey().indexOf('='));
                        xml.writeAttribute(mapping.find(Dhis2Mapping.Type.CATEGORY, dimension).orElseThrow().code(),
                                mapping.find(Dhis2Mapping.Type.CATEGORY_OPTION, value.cellKey()).orElseThrow()
                                        .code());
                    }
                    xml.writeAttribute("value", value.value());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses a call by someone who may not see national aggregates (before any work). */
    static void require(Actor actor) {
        if (!actor.has(Permission.STATISTICS_READ)) {
            throw KomarException.forbidden("FORBIDDEN");
        }
    }
}
