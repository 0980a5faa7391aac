package org.komar.statistics;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Every table of a set of figures as rows for CSV and XLSX, in the reader's language with the codes beside the
 * words: one row per cell (the total, then each breakdown), the dimensions each in a column of its own so that the
 * rows can be filtered and pivoted.
 */
@Component
public class FigureExport {

    private final StatisticsView view;

    FigureExport(StatisticsView view) {
        this.view = view;
    }

    public List<String> header() {
        List<String> header = new ArrayList<>(List.of(view.message("statistics.export.number"),
                view.message("statistics.export.code"), view.message("statistics.export.figure"),
                view.message("statistics.export.breakdown")));
        for (Dimension dimension : Dimension.values()) {
            header.add(dimension.key());
        }
        header.addAll(List.of(view.message("statistics.export.cell"), view.message("statistics.value"),
                view.message("statistics.numerator"), view.message("statistics.denominator"),
                view.message("statistics.measure"), view.message("statistics.p25"),
                view.message("statistics.median"), view.message("statistics.p75"),
                view.message("statistics.export.period"), view.message("statistics.period.asOf"),
                view.message("statistics.export.population")));
        return header;
    }

    /** The rows of one figure (its total, then every cell of every table). */
    public List<List<Object>> rows(Figures figures, StatisticResult result) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(figures, result, null, result.total()));
        for (FigureTable table : result.tables()) {
            for (Figure figure : table.figures()) {
                rows.add(row(figures, result, table.breakdown(), figure));
            }
        }
        return rows;
    }

    public Tabular.Sheet all(Figures figures, String onlyCode) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticResult result : results(figures)) {
            if (onlyCode == null || onlyCode.equals(result.statistic().code())) {
                rows.addAll(rows(figures, result));
            }
        }
        return new Tabular.Sheet(view.message("statistics.title"), header(), rows);
    }

    /** One sheet per figure, after a summary sheet of the totals. */
    public List<Tabular.Sheet> sheets(Figures figures, String onlyCode) {
        List<Tabular.Sheet> sheets = new ArrayList<>();
        List<List<Object>> totals = new ArrayList<>();
        for (StatisticResult result : results(figures)) {
            if (onlyCode == null || onlyCode.equals(result.statistic().code())) {
                totals.add(row(figures, result, null, result.total()));
            }
        }
        sheets.add(new Tabular.Sheet(view.message("statistics.export.summary"), header(), totals));
        for (StatisticResult result : results(figures)) {
            if ((onlyCode == null || onlyCode.equals(result.statistic().code())) && !result.tables().isEmpty()) {
                Statistic s = result.statistic();
                String name = (s.number() == null ? "" : s.number() + " ") + view.label(s, "name");
                sheets.add(new Tabular.Sheet(name, header(), rows(figures, result)));
            }
        }
        return sheets;
    }

    private static List<StatisticResult> results(Figures figures) {
        List<StatisticResult> all = new ArrayList<>(figures.indicators());
        all.addAll(figures.operational());
        return all;
    }

    private List<Object> row(Figures figures, StatisticResult result, Breakdown breakdown, Figure figure) {
        Statistic s = result.statistic();
        List<Object> row = new ArrayList<>();
        row.add(s.number());
        row.add(s.code());
        row.add(view.label(s, "name"));
        row.add(breakdown == null ? "" : breakdown.key());
        for (Dimension dimension : Dimension.values()) {
            row.add(figure.cell().value(dimension));
        }
        row.add(view.cell(figure.cell()));
        boolean shown = result.available();
        boolean answered = result.answer() != null && breakdown == null;
        row.add(answered && s.measure() == Measure.ANSWER ? result.answer().answer() : shown ? figure.value() : null);
        row.add(shown ? figure.numerator() : null);
        row.add(shown ? FiguresResource.number(figure.denominator()) : null);
        row.add(view.unit(s));
        Distribution d = figure.distribution();
        row.add(d == null ? null : d.p25());
        row.add(d == null ? null : d.median());
        row.add(d == null ? null : d.p75());
        row.add(figures.from() + "/" + figures.to());
        row.add(figures.asOf().atZone(org.komar.shared.Cambodia.ZONE).toOffsetDateTime().toString());
        row.add(figures.population() == null ? null
                : figures.population().name() + " (" + figures.population().referenceYear() + ")");
        return row;
    }
}
