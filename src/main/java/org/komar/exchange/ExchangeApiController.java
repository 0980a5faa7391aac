package org.komar.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exchange calls: the export of every case in the caller's scope, and the import of case bundles. Both speak
 * NDJSON, one bundle per line, the same format both ways (docs/exchange.md).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exchange (bulk export and import)")
class ExchangeApiController {

    static final String NDJSON = "application/x-ndjson";
    /** How much of the body is looked at before the answer starts, to refuse an empty import cleanly. */
    private static final int LOOK_AHEAD = 64 * 1024;

    private final Exporter exporter;
    private final Importer importer;
    private final Problems problems;

    ExchangeApiController(Exporter exporter, Importer importer, Problems problems) {
        this.exporter = exporter;
        this.importer = importer;
        this.problems = problems;
    }

    @GetMapping(value = "/export", produces = NDJSON)
    @Operation(summary = "Every case in scope as NDJSON, one {child, case, events[]} bundle per line, in case-id order;"
            + " streamed, each case audited; the import reads it back unchanged",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = NDJSON,
                    schema = @Schema(implementation = ExchangeBundle.class))))
    void export(Actor actor, HttpServletResponse response) throws IOException {
        exporter.check(actor);
        response.setStatus(200);
        response.setContentType(NDJSON + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        exporter.export(actor, response.getOutputStream());
    }

    @PostMapping(value = "/import", consumes = NDJSON, produces = "application/json")
    @Operation(summary = "Import NDJSON case bundles (needs DATA_IMPORT): each line is stored whole or not at all;"
            + " the answer reports every line (imported, skipped when its case exists, refused with its problem)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ExchangeBundle.class))),
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ImportReportDocument.class))))
    void importBundles(Actor actor, HttpServletRequest request, HttpServletResponse response, Locale locale,
                       @Parameter(description = "check every line and write nothing")
                       @RequestParam(required = false, defaultValue = "false") boolean dryRun) throws IOException {
        actor.require(Permission.DATA_IMPORT);
        InputStream body = new BufferedInputStream(request.getInputStream(), LOOK_AHEAD);
        if (blank(body)) {
            throw KomarException.invalid("IMPORT_EMPTY");
        }
        long length = request.getContentLengthLong();
        UUID run = dryRun ? null : importer.open(actor, Importer.Source.API, length > 0 ? length : null);
        response.setStatus(200);
        response.setContentType("application/json;charset=UTF-8");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write("{\"run\":" + (run == null ? "null" : "\"" + run + "\"") + ",\"lines\":[");
        boolean[] first = {true};
        Importer.Listener listener = new Importer.Listener() {
            @Override
            public void line(LineResult result) {
                try {
                    out.write(first[0] ? "" : ",");
                    first[0] = false;
                    out.write(ExchangeJson.write(ReportJson.line(result, problems, locale)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void progress(ImportSummary summary) {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        ImportSummary summary = dryRun ? importer.dryRun(actor, body, listener)
                : importer.run(run, actor, body, listener);
        out.write("],\"summary\":" + ExchangeJson.write(ReportJson.summary(summary)) + "}");
        out.flush();
    }

    /** True when the body holds nothing but white space (looked at without consuming it). */
    private static boolean blank(InputStream body) throws IOException {
        body.mark(LOOK_AHEAD);
        try {
            for (int i = 0; i < LOOK_AHEAD; i++) {
                int b = body.read();
                if (b < 0) {
                    return true;
                }
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return false;
                }
            }
            return false;
        } finally {
            body.reset();
        }
    }

    /** The answer of an import, for the API's description. */
    @Schema(name = "ImportReport")
    record ImportReportDocument(String run, java.util.List<Map<String, Object>> lines, Map<String, Object> summary) {
    }
}
