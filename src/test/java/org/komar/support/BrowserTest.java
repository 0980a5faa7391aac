package org.komar.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.komar.KomarApplication;
import org.komar.access.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: Komar on a random port (the same database, clock and fixtures as {@link
 * IntegrationTest}, so all browser tests share one more application context), driven by the system Chromium through
 * Playwright. Without Chromium the tests are skipped with a message saying how to get it ({@code .ci/run} installs
 * it). Each test gets a fresh browser context (no cookies) and {@link #page}; {@link #signIn} signs a fixture user
 * in, {@link #screenshot} saves the page under {@code target/screenshots/}.
 */
@SpringBootTest(classes = KomarApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "logging.level.root=WARN", "logging.level.org.komar=INFO",
                // As in IntegrationTest: an import page's file can go past it and be stored as a large import is.
                "komar.import.bulk-after=500",
                // More threads than a small machine has cores: the packs are built several parts at once on any machine.
                "komar.statistics.pack-builders=3"})
@NoBackgroundRaces
@Import(TestClockConfiguration.class)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

    /** The Chromium the tests drive: {@code KOMAR_CHROMIUM}, else Debian's. */
    public static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("KOMAR_CHROMIUM", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected MutableClock clock;

    protected BrowserContext context;
    protected Page page;
    /** Errors the page's console reported (a script failure, a Content-Security-Policy violation…). */
    protected final List<String> consoleErrors = new ArrayList<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @BeforeAll
    static void launchBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Browser tests skipped: no Chromium at " + CHROMIUM
                + " (apt-get install chromium fonts-khmeros, or set KOMAR_CHROMIUM; .ci/run installs it)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setLocale("en-GB").setTimezoneId("Asia/Phnom_Penh"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + " (" + message.location() + ")");
            }
        });
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        clock.reset();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page of Komar and waits until it has loaded (htmx requests made on load included). */
    protected Page open(String path) {
        page.navigate(url(path));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        return page;
    }

    /** Signs the actor in through the login form (fixture users have {@link Fixtures#PASSWORD}); lands on home. */
    protected Page signIn(Actor actor) {
        page.navigate(url("/login"));
        page.locator("#username").fill(actor.username());
        page.locator("#password").fill(Fixtures.PASSWORD);
        page.locator("main form button[type=submit]").click();
        page.waitForURL(url("/"));
        return page;
    }

    /** Switches the interface language with the switch in the header (it is remembered for the person). */
    protected void switchLanguage() {
        page.locator("header form[action='/locale'] button").first().click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    /** Saves the whole page as {@code target/screenshots/<name>.png} and returns its path. */
    protected Path screenshot(String name) {
        Path path = SCREENSHOTS.resolve(name.endsWith(".png") ? name : name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
        return path;
    }

    protected void assertNoConsoleErrors() {
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    /** Keeps what the browser showed when a test failed: {@code target/screenshots/failed-<class>-<test>.png}. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext extension) {
            if (extension.getExecutionException().isEmpty()
                    || !(extension.getRequiredTestInstance() instanceof BrowserTest test) || test.page == null) {
                return;
            }
            try {
                test.screenshot("failed-" + extension.getRequiredTestClass().getSimpleName() + "-"
                        + extension.getRequiredTestMethod().getName());
            } catch (RuntimeException ignored) {
                // The page may be gone; the failure itself is what matters.
            }
        }
    }
}
