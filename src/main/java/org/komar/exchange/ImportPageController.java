package org.komar.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.UserId;
import org.komar.access.UserSummary;
import org.komar.i18n.Formats;
import org.komar.shared.FieldProblem;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.NavigationItem;
import org.komar.shared.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' import page: choose an NDJSON file, check it only (dry run) or import it, and follow the
 * import's progress on its own page until its summary, its refused lines and the report of every line. The upload
 * arrives as a temporary file (the servlet container writes multipart bodies to disk) and is imported in the
 * background by {@link PageImports}. Addresses carry run ids only.
 */
@Controller
@PreAuthorize("hasAuthority('DATA_IMPORT')")
class ImportPageController {

    static final int RUNS_LISTED = 20;
    /** How much of an upload is looked at to tell NDJSON from anything else before the import starts. */
    private static final int SNIFF = 64 * 1024;
    private static final List<String> EXTENSIONS = List.of(".ndjson", ".jsonl", ".json");

    private final PageImports imports;
    private final ImportRuns runs;
    private final Accounts accounts;
    private final Problems problems;
    private final Clock clock;
    private final Formats formats;
    private final DataSize maxSize;

    ImportPageController(PageImports imports, ImportRuns runs, Accounts accounts, Problems problems, Clock clock,
                         Formats formats, @Value("${spring.servlet.multipart.max-file-size}") DataSize maxSize) {
        this.imports = imports;
        this.runs = runs;
        this.accounts = accounts;
        this.problems = problems;
        this.clock = clock;
        this.formats = formats;
        this.maxSize = maxSize;
    }

    @GetMapping("/admin/import")
    String page(Model model) {
        return page(model, FormErrors.NONE);
    }

    @PostMapping("/admin/import")
    String start(Actor actor, @RequestParam(required = false) MultipartFile file,
                 @RequestParam(required = false) String dryRun, Model model, Locale locale,
                 HttpServletResponse response) throws IOException {
        try {
            Path upload = receive(file);
            PageImports.Job job = imports.start(actor, upload, "true".equals(dryRun), locale);
            return "redirect:/admin/import/" + job.id;
        } catch (KomarException refused) {
            response.setStatus(refused.status());
            return page(model, FormErrors.of(refused, problems, locale));
        }
    }

    @GetMapping("/admin/import/{id}")
    String run(@PathVariable String id, Model model, Locale locale) {
        progress(id, model, locale);
        return "exchange/run";
    }

    /** The part of the run's page that follows the import, asked for again every second while it runs. */
    @GetMapping("/admin/import/{id}/progress")
    String progressFragment(@PathVariable String id, Model model, Locale locale) {
        progress(id, model, locale);
        return "exchange/run :: progress";
    }

    /** The report of every line, as the command writes it, in the language of the one who started the import. */
    @GetMapping("/admin/import/{id}/report")
    void report(@PathVariable String id, HttpServletResponse response) throws IOException {
        PageImports.Job job = imports.find(runId(id)).filter(PageImports.Job::reportReady)
                .orElseThrow(() -> KomarException.notFound("IMPORT_REPORT_GONE"));
        response.setContentType(ExchangeApiController.NDJSON + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"import-" + job.id + ".report.ndjson\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLengthLong(Files.size(job.report));
        Files.copy(job.report, response.getOutputStream());
    }

    private void progress(String id, Model model, Locale locale) {
        UUID run = runId(id);
        Map<UserId, String> names = new HashMap<>();
        ImportProgress progress;
        List<RefusalRow> refusals = new ArrayList<>();
        var job = imports.find(run);
        if (job.isPresent()) {
            progress = ImportProgress.of(job.get(), username(job.get().startedBy, names), clock.instant());
            if (job.get().dryRun) {
                List<LineResult> refused;
                synchronized (job.get().refusals) {
                    refused = List.copyOf(job.get().refusals);
                }
                refused.forEach(line -> rows(line.line(), line.problem(), locale, refusals));
            }
        } else {
            ImportRuns.Run stored = runs.find(run).orElseThrow(() -> KomarException.notFound("IMPORT_RUN_NOT_FOUND"));
            progress = ImportProgress.of(stored, username(new UserId(stored.startedBy()), names), clock.instant());
        }
        if (!progress.dryRun() && !progress.running() && progress.refused() > 0) {
            runs.refusals(run, PageImports.REFUSALS_SHOWN)
                    .forEach(refusal -> rows(refusal.line(), refusal.problem(), locale, refusals));
        }
        model.addAttribute("p", progress);
        model.addAttribute("refusals", refusals);
        model.addAttribute("refusalsShown", PageImports.REFUSALS_SHOWN);
    }

    /** A refused line as rows of the table: one per wrong field, or one for a problem of the whole line. */
    private void rows(long line, KomarException problem, Locale locale, List<RefusalRow> into) {
        if (problem.fieldProblems().isEmpty()) {
            into.add(new RefusalRow(line, problem.code(), problems.message(problem.code(), problem.args(), locale),
                    null));
            return;
        }
        for (FieldProblem field : problem.fieldProblems()) {
            into.add(new RefusalRow(line, field.code(), problems.message(field.code(), field.args(), locale),
                    field.field()));
        }
    }

    /** One row of the refused lines: codes and arguments made text, never the line itself. */
    record RefusalRow(long line, String code, String message, String field) {
    }

    private String page(Model model, FormErrors errors) {
        Map<UserId, String> names = new HashMap<>();
        List<ImportProgress> listed = new ArrayList<>();
        for (ImportRuns.Run run : runs.recent(RUNS_LISTED)) {
            listed.add(imports.find(run.id())
                    .map(job -> ImportProgress.of(job, username(job.startedBy, names), clock.instant()))
                    .orElseGet(() -> ImportProgress.of(run, username(new UserId(run.startedBy()), names),
                            clock.instant())));
        }
        for (PageImports.Job job : imports.dryRuns()) {
            listed.add(ImportProgress.of(job, username(job.startedBy, names), clock.instant()));
        }
        listed.sort(Comparator.comparing(ImportProgress::startedAt).reversed());
        model.addAttribute("runs", listed.subList(0, Math.min(RUNS_LISTED, listed.size())));
        model.addAttribute("current", imports.current().map(job -> job.id).orElse(null));
        model.addAttribute("errors", errors);
        model.addAttribute("maxBytes", maxSize.toBytes());
        long megabytes = maxSize.toMegabytes();
        model.addAttribute("maxSize", megabytes >= 1024 && megabytes % 1024 == 0
                ? formats.number(megabytes / 1024) + " GB" : formats.number(megabytes) + " MB");
        return "exchange/import";
    }

    /**
     * The upload as a temporary file of its own, once it is known to be an NDJSON file with something in it;
     * nothing is kept of a refused upload.
     */
    private Path receive(MultipartFile file) throws IOException {
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            throw KomarException.invalidFields(List.of(new FieldProblem("file", "REQUIRED")));
        }
        String name = file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(name::endsWith)) {
            throw new KomarException(415, "IMPORT_FILE_TYPE");
        }
        if (file.isEmpty()) {
            throw KomarException.invalid("IMPORT_EMPTY");
        }
        Path upload = imports.newUpload();
        try {
            file.transferTo(upload);
            try (InputStream in = Files.newInputStream(upload)) {
                sniff(in.readNBytes(SNIFF));
            }
            return upload;
        } catch (IOException | RuntimeException refused) {
            Files.deleteIfExists(upload);
            throw refused;
        }
    }

    /**
     * Refuses what cannot be NDJSON before anything starts: nothing but white space, a first line that does not
     * open a JSON object, or binary content. A file that passes may still have bad lines; those are refused one by
     * one in the report.
     */
    static void sniff(byte[] start) {
        int i = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < start.length && (start[i] == ' ' || start[i] == '\n' || start[i] == '\r' || start[i] == '\t')) {
            i++;
        }
        if (i == start.length) {
            throw KomarException.invalid("IMPORT_EMPTY");
        }
        if (start[i] != '{') {
            throw KomarException.invalid("IMPORT_NOT_NDJSON");
        }
        for (byte b : start) {
            if (b == 0) {
                throw KomarException.invalid("IMPORT_NOT_NDJSON");
            }
        }
    }

    private static UUID runId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw KomarException.notFound("IMPORT_RUN_NOT_FOUND");
        }
    }

    private String username(UserId id, Map<UserId, String> names) {
        return names.computeIfAbsent(id, key -> accounts.find(key).map(UserSummary::username).orElse(""));
    }

    /** The menu entry, beside the other administrators' pages. */
    @Configuration(proxyBeanMethods = false)
    static class ImportPageNavigation {

        @Bean
        NavigationItem importNavigation() {
            return new NavigationItem("/admin/import", "nav.import", "DATA_IMPORT", 915);
        }
    }
}
