package org.komar.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.shared.Cambodia;
import org.komar.support.BrowserTest;

/** A police officer works a new case from start to custody in Khmer, as in a police station. */
class CasePageBrowserTest extends BrowserTest {

    private static final Locator.WaitForOptions ATTACHED = new Locator.WaitForOptions()
            .setState(WaitForSelectorState.ATTACHED);
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_police_officer_registers_a_child_in_khmer_opens_a_case_and_records_arrest_and_custody() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        signIn(police);
        switchLanguage();
        assertThat(page.locator("html")).hasAttribute("lang", "km");

        open("/children/new");
        page.locator("#nameKhmer").fill("សុខ ស្រីនិច");
        page.locator("#nameLatin").fill("Sok Sreynich");
        page.locator("#sex").selectOption("F");
        page.locator("#birthDate").fill("2011-05-20");
        choosePlace("residence", "12", "1201", "120101", "12010101");
        submit();
        Locator confirm = page.locator("input[name=confirmNew]");
        if (confirm.count() > 0) {
            // A child of that name may exist elsewhere: the form shows the candidates first; this one is new.
            confirm.check();
            submit();
        }
        page.waitForURL(java.util.regex.Pattern.compile(".*/children/" + UUID));
        assertThat(page.locator("h1")).containsText("សុខ ស្រីនិច");

        page.locator("a[href^='/cases/new']").click();
        page.locator("#role").selectOption("CONFLICT_WITH_LAW");
        page.locator("#offenceDate").fill(local().minusDays(1).toLocalDate().toString());
        page.locator("#offenceCode").selectOption("THEFT");
        page.locator("#offenceClass").selectOption("MISDEMEANOUR");
        choosePlace("place", "12", "1201", "120101", null);
        submit();
        page.waitForURL(java.util.regex.Pattern.compile(".*/cases/" + UUID));

        record("ARRESTED", local().minusHours(3), "#attr\\.flagrant", "true");
        assertThat(page.locator(".alert.ok")).isVisible();
        record("CUSTODY_STARTED", local().minusHours(2), "#attr\\.separatedFromAdults", "true");

        assertThat(page.locator(".timeline tbody tr")).hasCount(2);
        assertThat(page.locator(".timeline")).containsText("ចាប់ខ្លួន");
        assertThat(page.locator("#situation-title")).isVisible();
        assertThat(page.locator(".situation")).containsText("ឃាត់ខ្លួន");
        screenshot("case-page-km");
        assertNoConsoleErrors();
    }

    /** Chooses an event type, waits for its form, fills the moment and one attribute, and records it. */
    private void record(String type, ZonedDateTime when, String attribute, String value) {
        page.locator("#event-type").selectOption(type);
        page.locator("#event-form input[name=type][value=" + type + "]").waitFor(ATTACHED);
        page.locator("#occurredAt").fill(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        page.locator("#event-form " + attribute).selectOption(value);
        page.locator("#event-form button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".timeline")).isVisible();
    }

    /** Picks a place level by level; each choice loads the next level's options. */
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
