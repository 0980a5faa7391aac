package org.komar.inquiry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.shared.Cambodia;
import org.komar.support.BrowserTest;

/**
 * The path out, as the people on it see it: a police officer registers a child and records the arrest; the
 * prosecutor considers diversion, asks for the social inquiry report and orders diversion; the social agent writes
 * the report and the plan in Khmer, submits the report and prints it; the prosecutor approves the plan by its version
 * and, three months on, records the diversion completed. With {@code -Dkomar.screenshots=<dir>} the form, the printed
 * report and plan in Khmer and the diversion panel are also saved there.
 */
class DiversionPathBrowserTest extends BrowserTest {

    private static final Locator.WaitForOptions ATTACHED = new Locator.WaitForOptions()
            .setState(WaitForSelectorState.ATTACHED);
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_child_goes_from_arrest_to_a_completed_diversion_with_the_social_inquiry_report_and_the_plan_in_khmer() {
        clock.set(LocalDateTime.of(2026, 11, 16, 8, 0).atZone(Cambodia.ZONE).toInstant());
        Actor police = fixtures.actor(Role.POLICE, "12");
        Actor prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        Actor social = fixtures.actor(Role.SOCIAL_AGENT, "12");

        // Monday 16 November: the police register the child, record the arrest and present him to the prosecutor.
        signIn(police);
        open("/children/new");
        page.locator("#nameKhmer").fill("ស៊ុន វិចិត្រ");
        page.locator("#nameLatin").fill("Sun Vichet");
        page.locator("#sex").selectOption("M");
        page.locator("#birthDate").fill("2011-04-12");
        choosePlace("residence", "12", "1201", "120101", "12010101");
        submit();
        Locator confirm = page.locator("input[name=confirmNew]");
        if (confirm.count() > 0) {
            confirm.check();
            submit();
        }
        page.waitForURL(Pattern.compile(".*/children/" + UUID));
        page.locator("a[href^='/cases/new']").click();
        page.locator("#role").selectOption("CONFLICT_WITH_LAW");
        page.locator("#offenceDate").fill("2026-11-15");
        page.locator("#offenceCode").selectOption("THEFT");
        page.locator("#offenceClass").selectOption("MISDEMEANOUR");
        choosePlace("place", "12", "1201", "120101", null);
        submit();
        page.waitForURL(Pattern.compile(".*/cases/" + UUID));
        String casePath = page.url().substring(page.url().indexOf("/cases/"));
        record("ARRESTED", local().minusHours(20), "#attr\\.flagrant", "true");
        record("CUSTODY_STARTED", local().minusHours(19), "#attr\\.separatedFromAdults", "true");
        record("CUSTODY_ENDED", local().minusHours(1), "#attr\\.outcome", "PRESENTED_TO_PROSECUTOR");
        assertThat(page.locator(".timeline")).containsText("Arrested");
        assertThat(page.locator("#panel-social-inquiry")).containsText("No social inquiry report has been submitted.");

        // Tuesday: the prosecutor considers diversion, asks for the report and orders school attendance.
        clock.set(clock.instant().plusSeconds(26 * 3600));
        switchUser(prosecutor);
        open(casePath);
        choose("DIVERSION_CONSIDERED", local().minusHours(2));
        page.locator("#event-form #attr\\.by").selectOption("PROSECUTOR");
        page.locator("#event-form #attr\\.decision").selectOption("DIVERTED");
        recordChosen();
        choose("SOCIAL_INQUIRY_REQUESTED", local().minusHours(2));
        page.locator("#event-form #attr\\.purpose").selectOption("DIVERSION_PLAN");
        recordChosen();
        choose("DIVERSION_ORDERED", local().minusHours(1));
        page.locator("#event-form #attr\\.by").selectOption("PROSECUTOR");
        page.locator("#event-form select[name='measure0.type']").selectOption("SCHOOL_ATTENDANCE");
        page.locator("#event-form input[name='measure0.months']").fill("3");
        recordChosen();
        Locator diversion = page.locator("#panel-diversion");
        assertThat(diversion).containsText("Awaiting plan");
        assertThat(diversion).containsText("School attendance");
        assertThat(page.locator("#panel-social-inquiry")).containsText("Requested on 17 Nov 2026");

        // Thursday: the social agent writes the report in Khmer, saves a draft, then submits it.
        clock.set(clock.instant().plusSeconds(2 * 86_400));
        switchUser(social);
        switchLanguage();
        assertThat(page.locator("html")).hasAttribute("lang", "km");
        open(casePath);
        Locator inquiry = page.locator("#panel-social-inquiry");
        assertThat(inquiry.locator("h2")).hasText("របាយការណ៍ស៊ើបអង្កេតសង្គម");
        inquiry.locator("a.button", new Locator.LocatorOptions().setHasText("សរសេររបាយការណ៍")).click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h1")).containsText("របាយការណ៍ស៊ើបអង្កេតសង្គម");
        page.locator("#livesWith").selectOption("MOTHER");
        page.locator("#schoolAttendance").selectOption("DROPPED_OUT");
        page.locator("#lastGrade").fill("6");
        page.locator("#familySituation").fill("វិចិត្ររស់នៅជាមួយម្តាយ និងប្អូនស្រីពីរនាក់។ ឪពុកធ្វើការនៅប្រទេសថៃ "
                + "ហើយផ្ញើប្រាក់មកម្តងម្កាល។ ម្តាយលក់នំនៅផ្សារ។");
        page.locator("#behaviour").fill("ស្ងប់ស្ងាត់ និងគួរសម។ នេះជាលើកទីមួយដែលគាត់ជួបប៉ូលិស។");
        page.locator("button[value=save]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".alert.ok")).hasText("បានរក្សាទុកជាកំណែទី 1 (សេចក្តីព្រាង)។");
        assertThat(page.locator("#familySituation")).hasValue(Pattern.compile("^វិចិត្ររស់នៅជាមួយម្តាយ.*"));
        page.locator("#education").fill("ឈប់រៀននៅថ្នាក់ទី៦ ដើម្បីជួយម្តាយលក់ដូរ។ គាត់ចង់ត្រឡប់ទៅរៀនវិញ។");
        page.locator("#livingConditions").fill("ជួលបន្ទប់មួយនៅក្បែរផ្សារដើមគរ។ មានទឹក និងភ្លើង។");
        page.locator("#development").fill("យល់ពីអ្វីដែលខ្លួនបានធ្វើ ហើយសោកស្តាយ។ គ្មានពិការភាព។");
        page.locator("#needs").fill("ត្រូវការការគាំទ្រដើម្បីត្រឡប់ទៅសាលាវិញ និងការប្រឹក្សាសម្រាប់ម្តាយ។");
        page.locator("#recommendations").fill("ផ្តល់អនុសាសន៍ឱ្យបង្វែរ ដោយចូលរៀនទៀងទាត់រយៈពេល ៣ ខែ "
                + "ក្រោមការតាមដានរបស់មន្ទីរសង្គមកិច្ច។");
        page.locator("#recommendsDiversion").selectOption("true");
        page.locator("#recommendsNonCustodial").selectOption("true");
        keep("sir-form-km");
        page.locator("button[value=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".alert.ok")).containsText("កំណែទី 2 ត្រូវបានដាក់ជូន");
        assertThat(page.locator("h1 .badge.ok")).hasText("បានដាក់ជូន");
        assertThat(page.locator("ol.versions li")).hasCount(2);

        page.locator("aside a", new Page.LocatorOptions().setHasText("បោះពុម្ពជាភាសាខ្មែរ")).click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("html")).hasAttribute("lang", "km");
        assertThat(page.locator(".report-print h1")).hasText("របាយការណ៍ស៊ើបអង្កេតសង្គម");
        assertThat(page.locator(".version-line")).containsText("កំណែទី 2 នៃ 2");
        assertThat(page.locator(".report-section h2").first()).hasText("1. ស្ថានភាពគ្រួសារ");
        assertThat(page.locator("table.answers")).containsText("ម្តាយ");
        assertKhmerRendered();
        keep("sir-print-km");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        keep("sir-print-km-as-printed");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        // The social agent writes the diversion plan from the diversion panel.
        open(casePath);
        Locator panel = page.locator("#panel-diversion");
        assertThat(panel).containsText("មិនទាន់មានផែនការបានរៀបចំក្នុងប្រព័ន្ធនៅឡើយទេ។");
        panel.locator("a.button", new Locator.LocatorOptions().setHasText("រៀបចំផែនការ")).click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#objectives").fill("វិចិត្រត្រឡប់ទៅរៀនថ្នាក់ទី៧ វិញ ហើយមិនប្រព្រឹត្តល្មើសម្តងទៀត។");
        page.locator("#measures").fill("ចូលរៀនទៀងទាត់រយៈពេល ៣ ខែ នៅសាលាអនុវិទ្យាល័យបឹងកេងកង។ "
                + "ការប្រឹក្សាចិត្តសង្គមប្រចាំខែ ដោយអង្គការមិត្តសម្លាញ់។");
        page.locator("#responsible").fill("អ្នកអនុវត្ត៖ នាយកសាលា។ ភ្នាក់ងារសង្គមកិច្ចដែលត្រួតពិនិត្យ៖ "
                + "មន្ទីរសង្គមកិច្ចរាជធានីភ្នំពេញ។ ម្តាយជួយតាមដានការចូលរៀន។");
        page.locator("#schedule").fill("ចាប់ផ្តើមថ្ងៃទី ១ ធ្នូ ២០២៦។ ចុះសួរសុខទុក្ខរៀងរាល់ខែ។ "
                + "របាយការណ៍ជូនព្រះរាជអាជ្ញារៀងរាល់ខែ។");
        page.locator("input[name=childConsented][value=true]").check();
        page.locator("form.report-form button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".alert.ok")).containsText("បានរក្សាទុកជាកំណែទី 1");
        page.locator("aside a", new Page.LocatorOptions().setHasText("បោះពុម្ពផែនការជាភាសាខ្មែរ")).click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".report-print h1")).hasText("ផែនការបង្វែរ");
        assertThat(page.locator(".version-line")).containsText("កំណែទី 1 នៃ 1");
        assertThat(page.locator(".sign-lines")).containsText("កុមារ (ស្នាមមេដៃ)");
        keep("plan-print-km");

        // The prosecutor approves version 1 of the plan; three months on, the diversion is completed.
        clock.set(clock.instant().plusSeconds(86_400));
        switchUser(prosecutor);
        open(casePath);
        assertThat(page.locator("#panel-social-inquiry")).containsText("Version 2");
        assertThat(page.locator("#panel-social-inquiry")).containsText("Submitted");
        assertThat(page.locator("#panel-diversion .plan-versions")).containsText("Not decided yet");
        choose("DIVERSION_PLAN_DECIDED", local().minusHours(1));
        page.locator("#event-form #attr\\.approved").selectOption("true");
        page.locator("#event-form #attr\\.planVersion").fill("1");
        recordChosen();
        assertThat(page.locator("#panel-diversion .plan-versions")).containsText("Approved on 20 Nov 2026");
        assertThat(page.locator("#panel-diversion h3 .badge")).hasText("Under way");

        clock.set(LocalDateTime.of(2027, 3, 3, 10, 0).atZone(Cambodia.ZONE).toInstant());
        open(casePath);
        choose("DIVERSION_COMPLETED", local().minusHours(1));
        recordChosen();
        assertThat(page.locator("#panel-diversion h3 .badge")).hasText("Completed");

        switchUser(social);
        open(casePath);
        Locator completed = page.locator("#panel-diversion");
        assertThat(completed.locator("h3 .badge")).hasText("បានបញ្ចប់");
        assertThat(completed.locator(".plan-versions")).containsText("បានអនុម័តនៅថ្ងៃទី");
        assertKhmerRendered();
        keep(completed, "diversion-panel-km");
        assertNoConsoleErrors();
    }

    /** Chooses an event type on the case page, waits for its form and fills the moment. */
    private void choose(String type, ZonedDateTime when) {
        page.locator("#event-type").selectOption(type);
        page.locator("#event-form input[name=type][value=" + type + "]").waitFor(ATTACHED);
        page.locator("#occurredAt").fill(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    }

    private void recordChosen() {
        page.locator("#event-form button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".alert.ok")).isVisible();
    }

    private void record(String type, ZonedDateTime when, String attribute, String value) {
        choose(type, when);
        page.locator("#event-form " + attribute).selectOption(value);
        recordChosen();
    }

    private void switchUser(Actor actor) {
        context.clearCookies();
        signIn(actor);
    }

    /** The Khmer web font is loaded and used: Khmer text is shaped by it, not by a fallback or as empty boxes. */
    private void assertKhmerRendered() {
        Object loaded = page.evaluate("async () => { await document.fonts.ready;"
                + " return document.fonts.check(\"16px 'Noto Sans Khmer'\", 'កុមារ'); }");
        assertThat(loaded).isEqualTo(Boolean.TRUE);
        Object family = page.evaluate("() => getComputedStyle(document.querySelector('h1, h2')).fontFamily");
        assertThat(String.valueOf(family)).contains("Noto Sans Khmer");
    }

    /** Saves the page under target/screenshots and, when {@code komar.screenshots} names a directory, there too. */
    private void keep(String name) {
        Path saved = screenshot("path-" + name);
        copy(saved, name);
    }

    private void keep(Locator element, String name) {
        Path saved = SCREENSHOTS.resolve("path-" + name + ".png");
        element.screenshot(new Locator.ScreenshotOptions().setPath(saved));
        copy(saved, name);
    }

    private static void copy(Path saved, String name) {
        String directory = System.getProperty("komar.screenshots");
        if (directory == null || directory.isBlank()) {
            return;
        }
        try {
            Path target = Paths.get(directory);
            Files.createDirectories(target);
            Files.copy(saved, target.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void choosePlace(String prefix, String province, String district, String commune, String village) {
        String[][] levels = {{"province", province}, {"district", district}, {"commune", commune},
                {"village", village}};
        for (String[] level : levels) {
            if (level[1] == null) {
                return;
            }
            Locator select = page.locator("#" + prefix + level[0]);
            select.locator("option[value='" + level[1] + "']").waitFor(ATTACHED);
            select.selectOption(level[1]);
        }
    }

    private void submit() {
        page.locator("main form.card button[type=submit]").first().click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private ZonedDateTime local() {
        return clock.instant().atZone(Cambodia.ZONE);
    }
}
