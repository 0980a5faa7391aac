package org.komar.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrators' import page end to end: a generated file uploaded, imported in the background and followed
 * until its summary; a bad line shown refused with its localised message and field; a dry run writes nothing;
 * files that cannot be imported, people without DATA_IMPORT, a missing CSRF token and a second import while one
 * runs are refused, and nothing is started; an import that breaks off keeps its whole chunks and finishes when the
 * same file is imported again.
 */
class ImportPageTest extends IntegrationTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AgencyDirectory agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageImports imports;

    @Test
    void an_uploaded_file_is_imported_in_the_background_and_its_page_follows_it_to_the_summary() throws Exception {
        Actor admin = administrator();
        byte[] file = synthetic(40);

        String run = started(mvc.perform(multipart("/admin/import").file(ndjson("cases.ndjson", file))
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn());
        String page = finished(admin, run, "en");

        assertThat(page).contains("Finished").contains("data-count=\"lines\">40<")
                .contains("data-count=\"imported\">40<").contains("data-count=\"refused\">0<")
                .doesNotContain("hx-trigger").contains("/admin/import/" + run + "/report");
        Map<String, Object> row = jdbc.sql("SELECT * FROM import_run WHERE id = :id").param("id", UUID.fromString(run))
                .query().singleRow();
        assertThat(row).containsEntry("source", "PAGE").containsEntry("status", "DONE")
                .containsEntry("started_by", admin.userId().value());
        assertThat(((Number) row.get("imported")).longValue()).isEqualTo(40);
        assertThat(((Number) row.get("lines_read")).longValue()).isEqualTo(40);
        assertThat(((Number) row.get("read_bytes")).longValue()).isEqualTo(file.length);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE id IN (:ids)").param("ids", caseIds(file))
                .query(Long.class).single()).isEqualTo(40);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = :run AND action IN"
                        + " ('IMPORT_STARTED', 'IMPORT_FINISHED')").param("run", run).query(Long.class).single())
                .isEqualTo(2);
        assertThat(uploadsLeft()).as("the uploaded file is deleted once imported").isEmpty();

        String list = mvc.perform(get("/admin/import").with(as(admin)).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("/admin/import/" + run).contains("Import page").contains(admin.username());

        String again = started(mvc.perform(multipart("/admin/import").file(ndjson("cases.ndjson", file))
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(finished(admin, again, "en")).as("the same file again changes nothing")
                .contains("data-count=\"imported\">0<").contains("data-count=\"skipped\">40<");
    }

    @Test
    void a_bad_line_is_refused_with_its_localised_message_and_field_and_the_report_lists_every_line()
            throws Exception {
        Actor admin = administrator();
        Map<String, Object> bad = ExchangeSamples.bundle(clock);
        ExchangeSamples.eventsOf(bad).get(6).put("type", "TELEPORTED");
        String text = ExchangeSamples.line(clock) + "\n" + ExchangeSamples.JSON.writeValueAsString(bad) + "\n";

        String run = started(mvc.perform(multipart("/admin/import")
                        .file(ndjson("two.ndjson", text.getBytes(StandardCharsets.UTF_8)))
                        .with(as(admin)).with(csrf()).locale(Locale.forLanguageTag("km"))
                        .header("Accept-Language", "km"))
                .andExpect(status().is3xxRedirection()).andReturn());
        String page = finished(admin, run, "km");

        assertThat(page).contains("បានបញ្ចប់").contains("data-count=\"imported\">1<")
                .contains("data-count=\"refused\">1<").contains("id=\"import-refusals\"")
                .contains("UNKNOWN_EVENT_TYPE").contains("មិនស្គាល់ប្រភេទព្រឹត្តិការណ៍ TELEPORTED")
                .contains("events[6].type").doesNotContain("Sok Dara").doesNotContain("សុខ ដារា");
        assertThat(jdbc.sql("SELECT code FROM import_refusal WHERE run_id = :id").param("id", UUID.fromString(run))
                .query(String.class).list()).containsExactly("VALIDATION_FAILED");

        MvcResult report = mvc.perform(get("/admin/import/" + run + "/report").with(as(admin)))
                .andExpect(status().isOk()).andReturn();
        assertThat(report.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"import-" + run + ".report.ndjson\"");
        List<String> lines = report.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(readJson(lines.get(0)).get("status").asText()).isEqualTo("imported");
        assertThat(readJson(lines.get(1)).at("/problem/errors/0/field").asText()).isEqualTo("events[6].type");
        assertThat(readJson(lines.get(1)).at("/problem/errors/0/detail").asText())
                .isEqualTo("មិនស្គាល់ប្រភេទព្រឹត្តិការណ៍ TELEPORTED។");
    }

    @Test
    void a_dry_run_checks_every_line_and_writes_nothing() throws Exception {
        Actor admin = administrator();
        byte[] file = synthetic(10);
        long runsBefore = jdbc.sql("SELECT COUNT(*) FROM import_run").query(Long.class).single();

        String run = started(mvc.perform(multipart("/admin/import").file(ndjson("check.ndjson", file))
                .param("dryRun", "true").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn());

        assertThat(finished(admin, run, "en")).contains("data-count=\"valid\">10<")
                .contains("Dry run: nothing was written.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE id IN (:ids)").param("ids", caseIds(file))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_run").query(Long.class).single()).isEqualTo(runsBefore);
    }

    @Test
    void files_that_cannot_be_imported_are_refused_with_a_clear_message_and_nothing_starts() throws Exception {
        Actor admin = administrator();
        long runsBefore = jdbc.sql("SELECT COUNT(*) FROM import_run").query(Long.class).single();

        assertThat(refused(admin, ndjson("empty.ndjson", new byte[0]), 400))
                .contains("The file holds no line to import.");
        assertThat(refused(admin, ndjson("blank.ndjson", " \n\r\n ".getBytes(StandardCharsets.UTF_8)), 400))
                .contains("The file holds no line to import.");
        assertThat(refused(admin, ndjson("cases.csv", "id,name\n1,a\n".getBytes(StandardCharsets.UTF_8)), 415))
                .contains("Choose an NDJSON file (.ndjson, .jsonl or .json).");
        assertThat(refused(admin, ndjson("cases.ndjson", "id,name\n1,a\n".getBytes(StandardCharsets.UTF_8)), 400))
                .contains("This file is not NDJSON");
        assertThat(refused(admin, ndjson("cases.json", new byte[] {'{', 0, 1, 2}), 400))
                .contains("This file is not NDJSON");
        assertThat(refused(admin, null, 400)).contains("This field is required.");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_run").query(Long.class).single()).isEqualTo(runsBefore);
        assertThat(uploadsLeft()).isEmpty();
    }

    @Test
    void only_holders_of_data_import_reach_the_page_and_a_post_without_its_csrf_token_is_refused() throws Exception {
        Actor admin = administrator();
        Actor police = fixtures.actor(Role.POLICE, "12");
        long runsBefore = jdbc.sql("SELECT COUNT(*) FROM import_run").query(Long.class).single();
        byte[] file = synthetic(2);

        mvc.perform(get("/admin/import").with(as(police))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/import").file(ndjson("cases.ndjson", file)).with(as(police)).with(csrf()))
                .andExpect(status().isForbidden());
        MockHttpSession session = signIn(admin);
        mvc.perform(get("/admin/import").session(session)).andExpect(status().isOk());
        mvc.perform(multipart("/admin/import").file(ndjson("cases.ndjson", file)).session(session))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/import").file(ndjson("cases.ndjson", file)).session(session)
                .param("_csrf", "forged")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/import/" + UUID.randomUUID()).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/import/not-a-run").with(as(admin))).andExpect(status().isNotFound());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_run").query(Long.class).single()).isEqualTo(runsBefore);
        String page = mvc.perform(get("/admin/import").with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"")
                .contains("href=\"/admin/import\"");
    }

    @Test
    void a_second_import_while_one_runs_is_refused_until_the_first_has_finished() throws Exception {
        Actor admin = administrator();
        // A named pipe holds the first import at its first read, for as long as the test wants.
        Path pipe = imports.newUpload();
        Files.delete(pipe);
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        PageImports.Job first = imports.start(admin, pipe, false, Locale.ENGLISH);
        try {
            String refused = refused(admin, ndjson("more.ndjson", synthetic(2)), 409);
            assertThat(refused).contains("Another import is running");
            assertThat(mvc.perform(get("/admin/import").with(as(admin))).andReturn().getResponse()
                    .getContentAsString()).contains("/admin/import/" + first.id);
            // A large import's last step, once every line is stored: its statistics are built, said in Khmer too.
            first.finishing = true;
            String finishing = mvc.perform(get("/admin/import/" + first.id + "/progress").with(as(admin))
                            .header("HX-Request", "true").header("Accept-Language", "km"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(finishing).contains("data-phase=\"finishing\"").contains("ស្ថិតិនៃសំណុំរឿងដែលបាននាំចូល");
            first.finishing = false;
        } finally {
            try (OutputStream writer = Files.newOutputStream(pipe)) {
                writer.write(synthetic(3));
            }
        }
        assertThat(finished(admin, first.id.toString(), "en")).contains("data-count=\"imported\">3<");
        String next = started(mvc.perform(multipart("/admin/import").file(ndjson("more.ndjson", synthetic(2)))
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(finished(admin, next, "en")).contains("data-count=\"imported\">2<");
    }

    @Test
    void an_import_that_breaks_off_keeps_its_whole_chunks_says_so_and_the_same_file_again_finishes_it()
            throws Exception {
        Actor admin = administrator();
        byte[] file = synthetic(Importer.CHUNK + 40);
        int firstChunk = indexOfLine(file, Importer.CHUNK);
        Path pipe = imports.newUpload();
        Files.delete(pipe);
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        PageImports.Job job = imports.start(admin, pipe, false, Locale.ENGLISH);
        try (OutputStream writer = Files.newOutputStream(pipe)) {
            // The first chunk and part of the second; the import waits for the rest of the second.
            writer.write(file, 0, firstChunk + 10);
            writer.flush();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (job.progress.lines() < Importer.CHUNK) {
                assertThat(System.nanoTime()).as("first chunk stored").isLessThan(deadline);
                Thread.sleep(100);
            }
            // The database, the disk or the process failing under the import, as the import sees it.
            Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("komar-page-import"))
                    .forEach(Thread::interrupt);
            while (job.state == PageImports.State.RUNNING) {
                assertThat(System.nanoTime()).as("import ended").isLessThan(deadline);
                Thread.sleep(100);
            }
        }

        String page = finished(admin, job.id.toString(), "en");
        assertThat(page).contains("Broke off").contains("The import broke off after 500 lines.")
                .contains("import the same file again to finish");
        assertThat(jdbc.sql("SELECT status FROM import_run WHERE id = :id").param("id", job.id).query(String.class)
                .single()).isEqualTo("FAILED");
        List<UUID> ids = caseIds(file);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE id IN (:ids)").param("ids", ids.subList(0, 500))
                .query(Long.class).single()).as("the whole first chunk stays").isEqualTo(500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE id IN (:ids)")
                .param("ids", ids.subList(500, ids.size())).query(Long.class).single())
                .as("nothing of the chunk under way").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = :run AND action = 'IMPORT_FAILED'")
                .param("run", job.id.toString()).query(Long.class).single()).isEqualTo(1);

        String again = started(mvc.perform(multipart("/admin/import").file(ndjson("cases.ndjson", file))
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(finished(admin, again, "en")).contains("data-count=\"imported\">40<")
                .contains("data-count=\"skipped\">500<").contains("data-count=\"refused\">0<");
    }

    /** Where line {@code n} (from 0) of the file starts. */
    private static int indexOfLine(byte[] file, int n) {
        int lines = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n' && ++lines == n) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("fewer lines than " + n);
    }

    private String refused(Actor admin, MockMultipartFile file, int status) throws Exception {
        var request = multipart("/admin/import");
        if (file != null) {
            request.file(file);
        }
        return mvc.perform(request.with(as(admin)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The run a successful upload was sent on to. */
    private static String started(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/import/");
        return location.substring("/admin/import/".length());
    }

    /** Polls the run's progress as its page does, until the import has ended; its page then. */
    private String finished(Actor admin, String run, String language) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            String fragment = mvc.perform(get("/admin/import/" + run + "/progress").with(as(admin))
                            .header("HX-Request", "true").header("Accept-Language", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(fragment).startsWith("<section");
            if (!fragment.contains("data-state=\"RUNNING\"")) {
                return mvc.perform(get("/admin/import/" + run).with(as(admin)).header("Accept-Language", language))
                        .andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            }
            assertThat(fragment).contains("hx-trigger=\"every 1s\"");
            assertThat(System.nanoTime()).as("import %s still running", run).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private List<String> uploadsLeft() throws Exception {
        try (var files = Files.list(imports.directory)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("upload-"))
                    .toList();
        }
    }

    private static MockMultipartFile ndjson(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private static byte[] synthetic(int cases) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new SyntheticCaseload(System.nanoTime()).write(cases, file);
        return file.toByteArray();
    }

    private List<UUID> caseIds(byte[] file) {
        List<UUID> ids = new ArrayList<>();
        new String(file, StandardCharsets.UTF_8).lines()
                .forEach(line -> ids.add(UUID.fromString(readJson(line).at("/case/id").asText())));
        return ids;
    }

    private RequestPostProcessor as(Actor actor) {
        return user(users.loadUserByUsername(actor.username()));
    }

    /** An administrator, with the agencies the synthetic caseload names. */
    private Actor administrator() {
        for (String code : SyntheticCaseload.agencyCodes()) {
            if (agencies.findByCode(code).isEmpty()) {
                String province = code.matches(".*-\\d\\d") ? code.substring(code.length() - 2) : "12";
                agencies.create(code, AgencyType.NGO, "Agency " + code, "ស្ថាប័ន " + code, province);
            }
        }
        return fixtures.actor(Role.ADMINISTRATOR, "12");
    }
}
