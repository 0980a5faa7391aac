package org.komar.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables written as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read Khmer correctly) or as an
 * XLSX workbook of several sheets. Values are strings, numbers or null (an empty cell).
 */
public final class Tabular {

    /** One sheet: a name (at most 31 characters in XLSX), a header row and rows. */
    public record Sheet(String name, List<String> header, List<List<Object>> rows) {
    }

    private Tabular() {
    }

    public static void csv(Sheet sheet, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                printer.printRecord(sheet.header());
                for (List<Object> row : sheet.rows()) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(List<Sheet> sheets, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Komar", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(safeName(sheet.name()));
                for (int c = 0; c < sheet.header().size(); c++) {
                    ws.value(0, c, sheet.header().get(c));
                    ws.style(0, c).bold().fillColor("E6EEF5").set();
                }
                int r = 1;
                for (List<Object> row : sheet.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        if (value instanceof Number number) {
                            ws.value(r, c, number);
                        } else if (value != null) {
                            ws.value(r, c, value.toString());
                        }
                    }
                    r++;
                }
                ws.freezePane(0, 1);
                ws.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XLSX sheet names: at most 31 characters, none of {@code []:*?/\}. */
    static String safeName(String name) {
        String safe = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
