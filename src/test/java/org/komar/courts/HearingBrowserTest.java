package org.komar.courts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.support.BrowserTest;

/**
 * A court clerk schedules a hearing from the case page, sees it on the week's calendar, records it held in camera
 * and admits a trial monitor; the monitor fills the checklist without ever seeing the child's name, and the hearing
 * counts in the organisation's monitoring report.
 */
class HearingBrowserTest extends BrowserTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_hearing_is_scheduled_held_in_camera_monitored_with_a_checklist_and_seen_in_the_monitoring_report() {
        clock.set(LocalDateTime.of(2026, 11, 18, 10, 0).atZone(Cambodia.ZONE).toInstant());
        Actor police = fixtures.actor(Role.POLICE, "12");
        Actor clerk = fixtures.actor(Role.COURT_CLERK, "12");
        Actor monitor = fixtures.actor(Role.TRIAL_MONITOR, fixtures.agency(AgencyType.TRIAL_MONITORING, "12"));
        Child child = fixtures.child(police, "Heng Visal", "ហេង វិសាល", "M", LocalDate.of(2010, 7, 7));
        CaseView kase = fixtures.conflictCase(police, child, "THEFT", "MISDEMEANOUR", LocalDate.of(2026, 9, 20));

        signIn(clerk);
        open("/cases/" + kase.id());
        Locator panel = page.locator("#panel-hearings");
        assertThat(panel.locator("h2")).hasText("Hearings");
        panel.locator("a[href$='/hearings/new']").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#scheduledAt").fill("2026-11-18T08:30");
        page.locator("#kind").selectOption("TRIAL");
        page.locator("#chamber").fill("Juvenile chamber");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/hearings/" + UUID));
        String hearingUrl = page.url();
        String hearingId = hearingUrl.substring(hearingUrl.lastIndexOf('/') + 1);
        assertThat(page.locator(".alert.ok")).hasText("The hearing is scheduled.");

        open("/courts?week=2026-11-18");
        Locator entry = page.locator(".calendar a.hearing[href='/hearings/" + hearingId + "']");
        assertThat(entry).containsText("08:30");
        assertThat(entry).containsText(kase.caseNumber());
        screenshot("hearing-1-calendar");

        open("/hearings/" + hearingId);
        page.locator("input[name=inCamera][value=true]").check();
        page.locator("input[name=judgmentInPublic][value=false]").check();
        page.locator("input[name=lawyerPresent][value=true]").check();
        page.locator("input[name=guardianPresent][value=true]").check();
        page.locator("input[name=screenOrVideoUsed][value=false]").check();
        page.locator("form[action$='/held'] button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h1 .badge")).hasText("Held");
        page.locator("#monitor").selectOption(monitor.username());
        page.locator("form[action$='/monitors'] button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("dl.facts")).containsText("Test TRIAL_MONITOR");
        screenshot("hearing-2-held-in-camera");
        open("/cases/" + kase.id());
        assertThat(page.locator(".timeline")).containsText("Hearing held");

        context.clearCookies();
        signIn(monitor);
        open("/monitoring");
        page.locator("main table a[href='/monitoring/hearings/" + hearingId + "']").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("main")).not().containsText(child.nameLatin());
        assertThat(page.locator("main")).not().containsText(kase.caseNumber());
        for (String[] answer : new String[][] {{"RIGHTS_EXPLAINED", "YES"}, {"CHARGE_EXPLAINED", "YES"},
                {"LEGAL_REPRESENTATION", "YES"}, {"PRISON_UNIFORM", "YES"}, {"HANDCUFFED", "NO"},
                {"JUDGMENT_REASONED", "NOT_OBSERVED"}, {"PRETRIAL_DETENTION", "YES"}, {"IN_CAMERA", "YES"},
                {"JUDGMENT_IN_PUBLIC", "NO"}, {"CHILD_NAMED_IN_PUBLIC", "NO"}, {"GUARDIAN_PRESENT", "YES"},
                {"LAWYER_PRESENT", "YES"}, {"NON_CUSTODIAL_CONSIDERED", "NO"}}) {
            page.locator("input[name='answers." + answer[0] + "'][value=" + answer[1] + "]").check();
        }
        page.locator("input[name='answers.AGE_AT_OFFENCE']").fill("16");
        page.locator("select[name='answers.AGE_EVIDENCE']").selectOption("FAMILY_BOOK");
        page.locator("input[name='answers.PRETRIAL_DETENTION_DAYS']").fill("64");
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".alert.ok")).hasText("The checklist is saved.");
        assertThat(page.locator("input[name='answers.IN_CAMERA'][value=YES]")).isChecked();
        assertThat(page.locator("input[name='answers.PRETRIAL_DETENTION_DAYS']")).hasValue("64");
        screenshot("hearing-3-checklist");

        open("/monitoring/report?from=2026-11-01&to=2026-11-30");
        Locator inCamera = page.locator("tr[data-item=IN_CAMERA] td.total");
        assertThat(inCamera).containsText("1 of 1");
        assertThat(inCamera).containsText("(100%)");
        assertThat(page.locator("tr[data-item=PRISON_UNIFORM] td.total .bad-share")).isVisible();
        assertThat(page.locator("tr[data-item=PRETRIAL_DETENTION_DAYS][data-key=DAYS_61_120] td.total"))
                .containsText("1 of 1");
        screenshot("hearing-4-monitoring-report");

        switchLanguage();
        assertThat(page.locator("h1")).hasText("របាយការណ៍តាមដានសវនាការ");
        assertThat(page.locator("tr[data-item=IN_CAMERA] th")).containsText("សវនាការត្រូវបានធ្វើដោយមិនជាសាធារណៈ");
        screenshot("hearing-5-monitoring-report-km");
        assertNoConsoleErrors();
    }
}
