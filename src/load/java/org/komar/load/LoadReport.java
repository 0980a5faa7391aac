package org.komar.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sets the newest Gatling run beside the JDBC floor: per request type the count, throughput, p50/p95/p99, the goal
 * of p95 where there is one, and Komar's p95 as a multiple of the floor's. Printed as a Markdown table (the form of
 * docs/performance.md) and written to {@code target/load/report.md}; exits 1 when any request failed.
 */
public final class LoadReport {

    private static final Map<String, Integer> GOALS_P95_MS = Map.of("open a case", 100, "append an event", 100,
            "search a name (Latin)", 300, "search a name (Khmer)", 300);

    private LoadReport() {
    }

    public static void main(String[] args) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Path index = newestRun(Path.of("target", "gatling")).orElseThrow(
                () -> new IllegalStateException("No Gatling run under target/gatling"));
        JsonNode floor = Files.exists(JdbcFloor.RESULT) ? json.readTree(JdbcFloor.RESULT.toFile()).path("requests")
                : null;
        StringBuilder out = new StringBuilder(run()).append("\n\n| request | count | failed | req/s | p50 ms | p95 ms "
                + "| p99 ms | goal p95 | JDBC floor p95 ms | Komar ÷ floor (p95) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        long failed = 0;
        Map<String, Map<Integer, String>> rows = rows(Files.readString(index));
        for (Map.Entry<String, Map<Integer, String>> row : rows.entrySet()) {
            String name = row.getKey();
            Map<Integer, String> cells = row.getValue();
            long ko = Long.parseLong(cells.get(4));
            double p95 = Double.parseDouble(cells.get(10));
            if (!name.equals("All Requests")) {
                failed += ko;
            }
            Integer goal = GOALS_P95_MS.get(name);
            JsonNode base = floor == null ? null : floor.path(name);
            double floorP95 = base == null || base.isMissingNode() ? 0 : base.path("p95").asDouble();
            out.append("| ").append(name).append(" | ").append(cells.get(2)).append(" | ").append(ko)
                    .append(" | ").append(cells.get(6)).append(" | ").append(cells.get(8))
                    .append(" | ").append(cells.get(10)).append(" | ").append(cells.get(11))
                    .append(" | ").append(goal == null ? "—" : "< " + goal + (p95 < goal ? " ✔" : " ✘"))
                    .append(" | ").append(floorP95 == 0 ? "—" : String.format("%.2f", floorP95))
                    .append(" | ").append(floorP95 == 0 ? "—" : String.format("%.0f×", p95 / floorP95))
                    .append(" |\n");
        }
        out.append("\n").append(failed).append(" failed. Gatling report: ").append(index).append('\n');
        Files.createDirectories(Path.of("target", "load"));
        Files.writeString(Path.of("target", "load", "report.md"), out);
        System.out.println(out);
        if (failed > 0) {
            System.exit(1);
        }
    }

    /** The run's users, length and think time, as KomarSimulation wrote them. */
    static String run() throws IOException {
        if (!Files.exists(KomarSimulation.RUN)) {
            return "(run parameters not recorded)";
        }
        java.util.Properties run = new java.util.Properties();
        try (var in = Files.newBufferedReader(KomarSimulation.RUN)) {
            run.load(in);
        }
        long think = Long.parseLong(run.getProperty("thinkMillis", "0"));
        return run.getProperty("users") + " users for " + run.getProperty("seconds") + " s, "
                + (think == 0 ? "each sending its next request at once"
                : "each pausing " + think / 2 + "-" + think * 3 / 2 + " ms between requests");
    }

    /**
     * The statistics table of Gatling's report, per request name: its cells by column number (2 count, 4 failed,
     * 6 requests/s, 8 p50, 10 p95, 11 p99 with the default percentiles 50, 75, 95, 99). Gatling 3.15 writes these
     * figures only into its HTML report.
     */
    static Map<String, Map<Integer, String>> rows(String html) {
        Map<String, Map<Integer, String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Map<Integer, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).replace(",", "").strip());
            }
            rows.put(row.group(1), cells);
        }
        return rows;
    }

    private static final Pattern ROW = Pattern.compile(
            "class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private static Optional<Path> newestRun(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(root)) {
            return runs.map(run -> run.resolve("index.html")).filter(Files::exists)
                    .max(Comparator.comparing(path -> path.toFile().lastModified()));
        }
    }
}
