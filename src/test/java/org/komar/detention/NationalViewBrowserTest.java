package org.komar.detention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.ChildService;
import org.komar.facility.Facility;
import org.komar.facility.FacilityRegister;
import org.komar.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national view in Khmer as a provincial prosecutor uses it: the numbers of children deprived of liberty, one
 * facility's line leading to the children behind it, and a statistician's view of the same numbers without links.
 */
class NationalViewBrowserTest extends BrowserTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    FacilityRegister register;

    @Test
    void a_prosecutor_reads_the_national_view_in_khmer_and_follows_a_number_to_the_children_behind_it() {
        Scene scene = new Scene(fixtures, cases, children, register, "12", clock.instant());
        Facility prison = scene.facility("PRISON", 2);
        CaseView first = scene.conflictCase(scene.child("M", 16));
        scene.record(scene.judge, first.id(), "PRETRIAL_DETENTION_ORDERED", scene.daysAgo(40), "facility",
                prison.code());
        scene.record(scene.prison, first.id(), "PLACED", scene.daysAgo(39.9), "facility", prison.code(),
                "separatedFromAdults", false);
        CaseView second = scene.conflictCase(scene.child("F", 15));
        scene.record(scene.judge, second.id(), "PRETRIAL_DETENTION_ORDERED", scene.daysAgo(10), "facility",
                prison.code());
        scene.record(scene.prison, second.id(), "PLACED", scene.daysAgo(9.9), "facility", prison.code());
        Actor prosecutor = fixtures.actor(Role.PROSECUTOR, "12");

        signIn(prosecutor);
        switchLanguage();
        open("/detention");
        assertThat(page.locator("html")).hasAttribute("lang", "km");
        assertThat(page.locator("h1")).hasText("កុមារដែលត្រូវបានដកហូតសេរីភាព");
        Locator line = page.locator("table.figures tbody tr").filter(new Locator.FilterOptions()
                .setHasText(prison.code()));
        assertThat(line).hasCount(1);
        assertThat(line.locator("td.num").first()).hasText("2");
        screenshot("detention-national-km");

        line.locator("td.num a").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/detention/children.*"));
        assertThat(page.locator("table.roll tbody tr")).hasCount(2);
        assertThat(page.locator("table.roll")).containsText(first.caseNumber());
        assertThat(page.locator("table.roll")).containsText("ឃុំខ្លួនបណ្ដោះអាសន្ន");
        screenshot("detention-list-km");
        assertNoConsoleErrors();

        context.clearCookies();
        signIn(fixtures.actor(Role.STATISTICIAN, "12"));
        open("/detention");
        assertThat(page.locator("table.figures tbody tr").filter(new Locator.FilterOptions()
                .setHasText(prison.code()))).hasCount(1);
        assertThat(page.locator("a[href^='/detention/children']")).hasCount(0);
        assertNoConsoleErrors();
    }
}
