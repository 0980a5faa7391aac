package org.komar.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The result tables as files, in the reader's language: a CSV (UTF-8 with a byte-order mark, so that spreadsheet
 * programs read Khmer) and an XLSX workbook with the counts on one sheet and the free texts on another. The rows are
 * those of the page: respondents per group, then per question each option's counts per group and total.
 */
@Component
class ResultExports {

    private final MessageSource messages;

    ResultExports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(SurveyResults results, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT)) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            for (List<Object> row : countRows(results, locale)) {
                csv.printRecord(row);
            }
            List<List<Object>> texts = textRows(results, locale);
            if (texts.size() > 1) {
                csv.println();
                for (List<Object> row : texts) {
                    csv.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(SurveyResults results, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Komar", "1.0");
            write(workbook.newWorksheet(text("survey.export.sheet.counts", locale)), countRows(results, locale));
            write(workbook.newWorksheet(text("survey.export.sheet.texts", locale)), textRows(results, locale));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<List<Object>> countRows(SurveyResults results, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(text("survey.export.number", locale),
                text("survey.export.question", locale), text("survey.export.option", locale)));
        results.groups().forEach(group -> header.add(results.groupLabels().get(group).in(locale)));
        header.add(text("survey.export.total", locale));
        rows.add(header);
        List<Object> respondents = new ArrayList<>(List.of("", text("survey.export.respondents", locale), ""));
        results.groups().forEach(group -> respondents.add(results.respondents().get(group)));
        respondents.add(results.total());
        rows.add(respondents);
        for (SurveyResults.QuestionResult question : results.questions()) {
            for (SurveyResults.OptionResult option : question.options()) {
                List<Object> row = new ArrayList<>(List.of(question.number(), question.text().in(locale),
                        option.label().in(locale)));
                results.groups().forEach(group -> row.add(option.counts().get(group)));
                row.add(option.total());
                rows.add(row);
            }
            if (question.options().isEmpty()) {
                List<Object> row = new ArrayList<>(List.of(question.number(), question.text().in(locale),
                        text("survey.export.answered", locale)));
                results.groups().forEach(group -> row.add(question.answered().get(group)));
                row.add(question.answered().values().stream().mapToInt(Integer::intValue).sum());
                rows.add(row);
            }
        }
        return rows;
    }

    private List<List<Object>> textRows(SurveyResults results, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(text("survey.export.number", locale), text("survey.export.question", locale),
                text("survey.export.option", locale), text("survey.export.text", locale)));
        for (SurveyResults.QuestionResult question : results.questions()) {
            question.texts().forEach(answer -> rows.add(List.of(question.number(), question.text().in(locale), "",
                    answer)));
            for (SurveyResults.OptionResult option : question.options()) {
                option.texts().forEach(answer -> rows.add(List.of(question.number(), question.text().in(locale),
                        option.label().in(locale), answer)));
            }
        }
        return rows;
    }

    private static void write(Worksheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else {
                    sheet.value(r, c, value == null ? "" : value.toString());
                }
            }
        }
        sheet.style(0, 0).bold().set();
        for (int c = 0; c < rows.get(0).size(); c++) {
            sheet.style(0, c).bold().set();
        }
        sheet.width(1, 60);
        sheet.width(2, 40);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
