package org.komar.exchange;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.support.BrowserTest;

/**
 * An administrator imports a generated file of a few hundred cases from the import page, in Khmer: the run's page
 * shows the progress bar, then the summary and the report to download, and the run is listed among past imports. A
 * file over the limit is refused in the browser, with the limit's message, before anything is sent.
 */
class ImportPageBrowserTest extends BrowserTest {

    /** Past {@code komar.import.bulk-after} (500 in the tests): on PostgreSQL its later chunks are stored at once. */
    private static final int CASES = 1200;

    @Test
    void an_administrator_uploads_a_file_follows_the_progress_bar_and_reads_the_summary() throws Exception {
        Actor admin = fixtures.caseloadAdministrator();
        Path file = Files.createTempFile("cases-", ".ndjson");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SyntheticCaseload(System.nanoTime()).write(CASES, out);
        }
        try {
            signIn(admin);
            open("/admin/import");
            switchLanguage();
            assertThat(page.locator("h1")).hasText("នាំចូលសំណុំរឿង");
            assertThat(page.locator("header nav a[href='/admin/import']")).hasText("នាំចូល");
            Locator input = page.locator("#file");
            String limit = input.getAttribute("data-max-bytes");
            input.evaluate("e => e.dataset.maxBytes = '1000'");
            input.setInputFiles(file);
            assertThat(input).hasJSProperty("validationMessage",
                    "ឯកសារនេះធំជាងទំហំដែលការនាំចូលអាចទទួលយកបាន (8 GB)។");
            input.evaluate("(e, limit) => e.dataset.maxBytes = limit", limit);
            input.setInputFiles(new Path[0]);
            input.setInputFiles(file);
            assertThat(input).hasJSProperty("validationMessage", "");
            page.locator("#import-form button[type=submit]").click();
            page.waitForURL(url -> url.matches(".*/admin/import/[0-9a-f-]{36}$"));

            Locator progress = page.locator("#import-progress");
            assertThat(progress.locator("progress#import-bar")).isVisible();
            if ("RUNNING".equals(progress.getAttribute("data-state"))) {
                assertThat(progress.locator("h2")).hasText("កំពុងនាំចូល");
                screenshot("import-page-1-running-km");
            }
            assertThat(page.locator("#import-progress[data-state='DONE']"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
            progress = page.locator("#import-progress");
            assertThat(progress.locator("h2")).hasText("បានបញ្ចប់");
            assertThat(progress.locator("progress#import-bar")).hasAttribute("value", "100");
            assertThat(progress.locator("[data-count='lines']")).hasText("1,200");
            assertThat(progress.locator("[data-count='imported']")).hasText("1,200");
            assertThat(progress.locator("[data-count='refused']")).hasText("0");
            assertThat(progress.locator("#import-report")).isVisible();
            screenshot("import-page-2-finished-km");
            assertNoConsoleErrors();

            switchLanguage();
            progress = page.locator("#import-progress");
            assertThat(progress.locator("h2")).hasText("Finished");
            assertThat(progress.locator("[data-count='imported']")).hasText("1,200");
            screenshot("import-page-2-finished-en");
            switchLanguage();

            page.locator("main a[href='/admin/import']").click();
            Locator latest = page.locator("main table tbody tr").first();
            assertThat(latest).containsText(admin.username());
            assertThat(latest).containsText("ទំព័រនាំចូល");
            assertThat(latest).containsText("បានបញ្ចប់");
            screenshot("import-page-3-list-km");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
