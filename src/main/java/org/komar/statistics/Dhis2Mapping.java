package org.komar.statistics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How Komar's figures land in a national DHIS2: the data set, the organisation units (the country and each
 * province), a data element for each part of each figure exported (numerator, denominator, or the value of a
 * median) with at most one dimension of disaggregation as its category combination, and the categories, category
 * options and category option combinations of those dimensions. Each entry has the DHIS2 {@code uid} (used by
 * {@code dataValueSets}) and {@code code} (used by ADX). Pure: reading, checking and writing the mapping as CSV
 * ({@code type,key,dimension,uid,code}) and the default mapping, whose identifiers are derived from the keys so
 * that they stay the same from one installation to the next until an administrator replaces them with the real
 * ones.
 */
final class Dhis2Mapping {

    /** What an entry maps. */
    enum Type {
        DATA_SET, ORG_UNIT, DATA_ELEMENT, CATEGORY, CATEGORY_OPTION, CATEGORY_OPTION_COMBO
    }

    /** The part of a figure a data element holds. */
    enum Part {
        NUMERATOR, DENOMINATOR, VALUE
    }

    /** One entry: for data elements {@code dimension} is the dimension key of its disaggregation, or empty. */
    record Entry(Type type, String key, String dimension, String uid, String code) {
    }

    /** A problem of a mapping file, with its line (0 for the whole file). */
    record Problem(long line, String code, List<Object> args) {
    }

    static final String NATIONAL = "KH";
    static final String DATA_SET_KEY = "dataSet";
    static final String DEFAULT_COMBO = "default";
    /** DHIS2's own default category option combination, the same on every DHIS2. */
    static final String DEFAULT_COMBO_UID = "HllvX50cXC0";
    static final List<String> HEADER = List.of("type", "key", "dimension", "uid", "code");

    private static final Pattern UID = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");
    private static final Pattern CODE = Pattern.compile("[^\\s,;\"<>&]{1,100}");
    private static final List<String> RESERVED = List.of("dataElement", "value", "orgUnit", "period", "dataSet",
            "exported", "completeDate");

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Dhis2Mapping(List<Entry> entries) {
        entries.forEach(e -> this.entries.put(e.type() + "|" + e.key(), e));
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    Optional<Entry> find(Type type, String key) {
        return Optional.ofNullable(entries.get(type + "|" + key));
    }

    /** The data elements of a figure, each with its part and its dimension of disaggregation (null: none). */
    List<Entry> dataElements() {
        return entries.values().stream().filter(e -> e.type() == Type.DATA_ELEMENT).toList();
    }

    /** The category option combination of a cell of one dimension ({@code sex=F}), or the default one. */
    Optional<Entry> combo(String cellKey) {
        return find(Type.CATEGORY_OPTION_COMBO, cellKey == null || cellKey.isEmpty() ? DEFAULT_COMBO : cellKey);
    }

    static String dataElementKey(Statistic statistic, Part part) {
        return statistic.code() + "." + part.name();
    }

    /** The parts exported of a figure: numerator and denominator, or count measured and median. */
    static List<Part> parts(Statistic statistic) {
        if (statistic.measure() == Measure.ANSWER) {
            return List.of();
        }
        return statistic.measure().duration() ? List.of(Part.NUMERATOR, Part.VALUE)
                : List.of(Part.NUMERATOR, Part.DENOMINATOR);
    }

    /**
     * The default: one data set, the country and its provinces, for every disaggregated figure a numerator and a
     * denominator (or count and median) data element, counts by sex, and the categories of every dimension.
     */
    static Dhis2Mapping defaults() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(Type.DATA_SET, DATA_SET_KEY, "", uid("dataSet"), "KOMAR_JJ"));
        entries.add(new Entry(Type.ORG_UNIT, NATIONAL, "", uid("ou:KH"), NATIONAL));
        for (String province : Dimension.PROVINCE.codes()) {
            if (!Dimension.UNKNOWN_PROVINCE.equals(province)) {
                entries.add(new Entry(Type.ORG_UNIT, province, "", uid("ou:" + province), NATIONAL + province));
            }
        }
        List<Statistic> statistics = new ArrayList<>(List.of(Indicator.values()));
        statistics.addAll(List.of(OperationalFigure.values()));
        for (Statistic statistic : statistics) {
            if (!statistic.disaggregated()) {
                continue;
            }
            String prefix = statistic.number() == null ? "JJ_OP_" + statistic.code()
                    : String.format("JJ_%02d", statistic.number());
            for (Part part : parts(statistic)) {
                String key = dataElementKey(statistic, part);
                String dimension = part == Part.VALUE ? "" : Dimension.SEX.key();
                entries.add(new Entry(Type.DATA_ELEMENT, key, dimension, uid("de:" + key),
                        prefix + "_" + part.name().substring(0, 3)));
            }
        }
        entries.add(new Entry(Type.CATEGORY_OPTION_COMBO, DEFAULT_COMBO, "", DEFAULT_COMBO_UID, DEFAULT_COMBO));
        for (Dimension dimension : Dimension.values()) {
            String category = "JJ_" + dimension.name();
            entries.add(new Entry(Type.CATEGORY, dimension.key(), "", uid("cat:" + dimension.key()), category));
            for (String value : dimension.codes()) {
                String key = dimension.key() + "=" + value;
                entries.add(new Entry(Type.CATEGORY_OPTION, key, "", uid("co:" + key), category + "_" + value));
                entries.add(new Entry(Type.CATEGORY_OPTION_COMBO, key, "", uid("coc:" + key), category + "_" + value));
            }
        }
        return new Dhis2Mapping(entries);
    }

    /** A DHIS2-shaped identifier derived from a seed: a letter, then ten letters or digits. */
    static String uid(String seed) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("komar:" + seed)
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder uid = new StringBuilder();
            uid.append(alphabet.charAt((hash[0] & 0xff) % 52));
            for (int i = 1; i < 11; i++) {
                uid.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
            }
            return uid.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks a whole mapping; the entries, or every problem found. */
    record Read(Dhis2Mapping mapping, List<Problem> problems) {
    }

    static Read read(Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    List<String> names = record.stream().map(n -> n.replace("\uFEFF", "").strip().toLowerCase())
                            .toList();
                    if (!names.equals(HEADER)) {
                        problems.add(new Problem(line, "DHIS2_MAPPING_HEADER", List.of(String.join(",", HEADER))));
                        return new Read(null, problems);
                    }
                    continue;
                }
                if (record.size() != HEADER.size()) {
                    problems.add(new Problem(line, "DHIS2_MAPPING_COLUMNS", List.of(HEADER.size(), record.size())));
                    continue;
                }
                entry(record, line, problems).ifPresent(entries::add);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException malformed) {
            problems.add(new Problem(0, "DHIS2_MAPPING_MALFORMED", List.of()));
        }
        if (problems.isEmpty()) {
            problems.addAll(check(entries));
        }
        return new Read(problems.isEmpty() ? new Dhis2Mapping(entries) : null, problems);
    }

    private static Optional<Entry> entry(CSVRecord record, long line, List<Problem> problems) {
        Type type;
        try {
            type = Type.valueOf(record.get(0).toUpperCase());
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(line, "DHIS2_MAPPING_TYPE", List.of(record.get(0))));
            return Optional.empty();
        }
        String key = record.get(1);
        String dimension = record.get(2);
        String uid = record.get(3);
        String code = record.get(4);
        int before = problems.size();
        if (!UID.matcher(uid).matches()) {
            problems.add(new Problem(line, "DHIS2_MAPPING_UID", List.of(uid)));
        }
        boolean attributeName = type == Type.CATEGORY || type == Type.CATEGORY_OPTION;
        if (attributeName ? !XML_NAME.matcher(code).matches() || RESERVED.contains(code)
                : !CODE.matcher(code).matches()) {
            problems.add(new Problem(line, "DHIS2_MAPPING_CODE", List.of(code)));
        }
        if (!validKey(type, key, dimension)) {
            problems.add(new Problem(line, "DHIS2_MAPPING_KEY", List.of(type.name(), key, dimension)));
        }
        return problems.size() == before ? Optional.of(new Entry(type, key, dimension, uid, code)) : Optional.empty();
    }

    private static boolean validKey(Type type, String key, String dimension) {
        return switch (type) {
            case DATA_SET -> DATA_SET_KEY.equals(key) && dimension.isEmpty();
            case ORG_UNIT -> dimension.isEmpty() && (NATIONAL.equals(key)
                    || Dimension.PROVINCE.accepts(key) && !Dimension.UNKNOWN_PROVINCE.equals(key));
            case DATA_ELEMENT -> {
                int dot = key.lastIndexOf('.');
                if (dot < 0) {
                    yield false;
                }
                Optional<Statistic> statistic = StatisticsService.statistic(key.substring(0, dot));
                boolean part = statistic.isPresent() && parts(statistic.get()).stream()
                        .anyMatch(p -> p.name().equals(key.substring(dot + 1)));
                yield part && (dimension.isEmpty() || Dimension.byKey(dimension)
                        .filter(d -> d != Dimension.PROVINCE).isPresent());
            }
            case CATEGORY -> dimension.isEmpty() && Dimension.byKey(key).isPresent();
            case CATEGORY_OPTION, CATEGORY_OPTION_COMBO -> dimension.isEmpty()
                    && (type == Type.CATEGORY_OPTION_COMBO && DEFAULT_COMBO.equals(key) || cell(key));
        };
    }

    private static boolean cell(String key) {
        String[] pair = key.split("=", 2);
        return pair.length == 2 && Dimension.byKey(pair[0]).map(d -> d.accepts(pair[1])).orElse(false);
    }

    /** A whole mapping hangs together: one data set, and every dimension a data element uses fully mapped. */
    private static List<Problem> check(List<Entry> entries) {
        List<Problem> problems = new ArrayList<>();
        Dhis2Mapping mapping = new Dhis2Mapping(entries);
        if (mapping.entries().size() != entries.size()) {
            problems.add(new Problem(0, "DHIS2_MAPPING_DUPLICATE", List.of()));
        }
        if (mapping.find(Type.DATA_SET, DATA_SET_KEY).isEmpty()) {
            problems.add(new Problem(0, "DHIS2_MAPPING_MISSING", List.of(Type.DATA_SET.name(), DATA_SET_KEY)));
        }
        if (mapping.find(Type.ORG_UNIT, NATIONAL).isEmpty()) {
            problems.add(new Problem(0, "DHIS2_MAPPING_MISSING", List.of(Type.ORG_UNIT.name(), NATIONAL)));
        }
        for (Entry element : mapping.dataElements()) {
            if (element.dimension().isEmpty()) {
                if (mapping.combo(null).isEmpty()) {
                    problems.add(new Problem(0, "DHIS2_MAPPING_MISSING",
                            List.of(Type.CATEGORY_OPTION_COMBO.name(), DEFAULT_COMBO)));
                }
                continue;
            }
            Dimension dimension = Dimension.byKey(element.dimension()).orElseThrow();
            if (mapping.find(Type.CATEGORY, dimension.key()).isEmpty()) {
                problems.add(new Problem(0, "DHIS2_MAPPING_MISSING", List.of(Type.CATEGORY.name(), dimension.key())));
            }
            for (String value : dimension.codes()) {
                String key = dimension.key() + "=" + value;
                for (Type type : List.of(Type.CATEGORY_OPTION, Type.CATEGORY_OPTION_COMBO)) {
                    if (mapping.find(type, key).isEmpty()) {
                        problems.add(new Problem(0, "DHIS2_MAPPING_MISSING", List.of(type.name(), key)));
                    }
                }
            }
        }
        return problems.stream().distinct().limit(50).toList();
    }

    /** The mapping as CSV rows, header first. */
    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Entry entry : entries.values()) {
            rows.add(List.of(entry.type().name(), entry.key(), entry.dimension(), entry.uid(), entry.code()));
        }
        return rows;
    }
}
