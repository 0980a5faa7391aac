package org.komar.statistics;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a child-population table from CSV: a header {@code province,sex,age,children}, then one line per province
 * (two-digit NCDD code), sex ({@code M}/{@code F}) and single year of age (0–17) with the number of children. Every
 * combination must be present exactly once, so that no rate is computed on a partial table. Pure: the result is
 * either the rows or every problem found, each with its line, a code ({@code statistics.population.problem.<CODE>}
 * in the bundles) and its arguments.
 */
final class PopulationCsv {

    static final List<String> HEADER = List.of("province", "sex", "age", "children");
    static final long MAX_CHILDREN = 10_000_000L;
    private static final int MAX_PROBLEMS = 50;

    record Row(String province, String sex, int age, long children) {
    }

    record Result(List<Row> rows, List<PopulationProblem> problems, boolean truncated) {

        boolean ok() {
            return problems.isEmpty();
        }

        long total() {
            return rows.stream().mapToLong(Row::children).sum();
        }
    }

    private PopulationCsv() {
    }

    static Result read(Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<PopulationProblem> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    List<String> names = record.stream().map(name -> name.replace("\uFEFF", "").strip().toLowerCase())
                            .toList();
                    if (!names.equals(HEADER)) {
                        found.add(new PopulationProblem(line, "HEADER", List.of(String.join(",", HEADER))));
                        return new Result(List.of(), found, false);
                    }
                    continue;
                }
                if (record.size() != HEADER.size()) {
                    found.add(new PopulationProblem(line, "COLUMNS", List.of(HEADER.size(), record.size())));
                    continue;
                }
                Row row = row(record, line, found);
                if (row != null && !seen.add(row.province() + row.sex() + row.age())) {
                    found.add(new PopulationProblem(line, "DUPLICATE",
                            List.of(row.province(), row.sex(), row.age())));
                } else if (row != null) {
                    rows.add(row);
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException malformed) {
            found.add(new PopulationProblem(0, "MALFORMED", List.of()));
        }
        if (rows.isEmpty() && found.isEmpty()) {
            found.add(new PopulationProblem(0, "EMPTY", List.of()));
        }
        if (found.isEmpty()) {
            missing(seen, found);
        }
        boolean truncated = found.size() > MAX_PROBLEMS;
        return new Result(found.isEmpty() ? rows : List.of(),
                truncated ? List.copyOf(found.subList(0, MAX_PROBLEMS)) : found, truncated);
    }

    private static Row row(CSVRecord record, long line, List<PopulationProblem> found) {
        String province = record.get(0);
        String sex = record.get(1).toUpperCase();
        boolean ok = true;
        if (!Dimension.PROVINCE.accepts(province) || Dimension.UNKNOWN_PROVINCE.equals(province)) {
            found.add(new PopulationProblem(line, "PROVINCE", List.of(province)));
            ok = false;
        }
        if (!Dimension.SEX.accepts(sex)) {
            found.add(new PopulationProblem(line, "SEX", List.of(record.get(1))));
            ok = false;
        }
        Integer age = integer(record.get(2));
        if (age == null || age < 0 || age >= Population.AGES) {
            found.add(new PopulationProblem(line, "AGE", List.of(record.get(2))));
            ok = false;
        }
        Long children = count(record.get(3));
        if (children == null) {
            found.add(new PopulationProblem(line, "CHILDREN", List.of(record.get(3))));
            ok = false;
        }
        return ok ? new Row(province, sex, age, children) : null;
    }

    private static void missing(Set<String> seen, List<PopulationProblem> found) {
        for (String province : Dimension.PROVINCE.codes()) {
            if (Dimension.UNKNOWN_PROVINCE.equals(province)) {
                continue;
            }
            for (String sex : Dimension.SEX.codes()) {
                for (int age = 0; age < Population.AGES; age++) {
                    if (!seen.contains(province + sex + age)) {
                        found.add(new PopulationProblem(0, "MISSING", List.of(province, sex, age)));
                    }
                }
            }
        }
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long count(String text) {
        try {
            long value = Long.parseLong(text);
            return value < 0 || value > MAX_CHILDREN ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
