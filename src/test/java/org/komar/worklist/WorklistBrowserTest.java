package org.komar.worklist;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.komar.worklist.Scenes.aFifteenYearOldInCustodySince;
import static org.komar.worklist.Scenes.at;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.support.BrowserTest;

/**
 * A police officer finds a child held past the custody limit on the home page's worklist panel, opens the worklist,
 * acknowledges the breach with a note, and sees it acknowledged on the case page; then reads the worklist and the
 * children held past a limit in Khmer.
 */
class WorklistBrowserTest extends BrowserTest {

    @Test
    void an_officer_acknowledges_a_breach_from_the_worklist_and_sees_it_on_the_case_page_then_reads_khmer() {
        clock.set(at("2026-11-10T10:00"));
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView breached = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-08T08:00");
        CaseView running = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-09T20:00");

        signIn(police);
        Locator panel = page.locator("#panel-worklist");
        assertThat(panel.locator("h2")).hasText("Worklist");
        assertThat(panel).containsText("due within 24 hours");
        screenshot("worklist-1-home");
        panel.locator("a[href='/worklist']").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h1")).hasText("My worklist");
        page.locator("#rule").selectOption("PC-1");
        page.locator("main form.card button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Locator rows = page.locator("main table tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText(breached.caseNumber());
        assertThat(rows.nth(0)).containsText("Still held past the limit");
        assertThat(rows.nth(1)).containsText(running.caseNumber());
        screenshot("worklist-2-list");

        rows.nth(0).locator("summary").click();
        rows.nth(0).locator("textarea").fill("The prosecutor ordered the release at 09:30; the child goes home today");
        rows.nth(0).locator("button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".alert.ok")).containsText("Breach of PC-1 acknowledged.");

        open("/cases/" + breached.id());
        Locator safeguards = page.locator("section.safeguards");
        assertThat(safeguards).containsText("Acknowledged");
        assertThat(safeguards).containsText("The prosecutor ordered the release at 09:30");
        screenshot("worklist-3-case-acknowledged");

        switchLanguage();
        open("/worklist?show=ALL&rule=PC-1");
        assertThat(page.locator("h1")).hasText("បញ្ជីការងាររបស់ខ្ញុំ");
        assertThat(page.locator("main table")).containsText("បានទទួលស្គាល់");
        screenshot("worklist-4-list-km");
        open("/worklist/liberty");
        assertThat(page.locator("main table tbody").last()).containsText(running.caseNumber());
        screenshot("worklist-5-liberty-km");
        assertNoConsoleErrors();
    }
}
