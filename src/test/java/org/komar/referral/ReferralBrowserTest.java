package org.komar.referral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.support.BrowserTest;

/**
 * A referral walked through the pages in Khmer: a social agent refers a child to an NGO from the case page, the NGO
 * accepts it from its inbox and records the service it delivered, which then stands on the child's timeline.
 */
class ReferralBrowserTest extends BrowserTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_social_agent_refers_a_child_to_an_ngo_which_accepts_and_records_the_service_delivered_in_khmer() {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0).atZone(Cambodia.ZONE).toInstant());
        Actor police = fixtures.actor(Role.POLICE, "12");
        Actor social = fixtures.actor(Role.SOCIAL_AGENT, "12");
        Actor ngo = fixtures.actor(Role.NGO_CASE_WORKER, "12");
        Child child = fixtures.child(police, "Chan Dara", "ចាន់ ដារា", "M", LocalDate.of(2011, 3, 2));
        CaseView kase = fixtures.conflictCase(police, child, "PETTY_THEFT", "MISDEMEANOUR", LocalDate.of(2026, 11, 1));

        signIn(social);
        switchLanguage();
        assertThat(page.locator("html")).hasAttribute("lang", "km");
        open("/cases/" + kase.id());
        Locator panel = page.locator("#panel-referrals");
        assertThat(panel.locator("h2")).hasText("ការបញ្ជូន");
        panel.locator("a[href$='/referrals/new']").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h1")).hasText("បញ្ជូនកុមារទៅស្ថាប័នផ្សេង");
        page.locator("#toAgency").selectOption(ngo.agencyId().toString());
        page.locator("#service").selectOption("PSYCHOSOCIAL");
        page.locator("#reason").fill("កុមារត្រូវការការប្រឹក្សាចិត្តសង្គម ក្រោយការចាប់ខ្លួន");
        page.locator("input[name=consent][value=CHILD_AND_GUARDIAN]").check();
        screenshot("referral-1-form-km");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/referrals/" + UUID));
        String referralUrl = page.url();
        assertThat(page.locator("h1 .badge").first()).isVisible();
        assertThat(page.locator("main")).containsText("ចិត្តសង្គម");
        screenshot("referral-2-made-km");

        context.clearCookies();
        signIn(ngo);
        switchLanguage();
        open("/referrals");
        assertThat(page.locator("main table")).containsText(kase.caseNumber());
        page.locator("main table a[href^='/referrals/']").first().click();
        page.waitForURL(referralUrl);
        page.locator("form[action$='/accept'] button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".alert.ok")).isVisible();
        assertThat(page.locator("h1")).containsText("បានទទួលយក");
        page.locator("#deliver-on").fill("2026-11-18");
        page.locator("#deliver-note").fill("វគ្គប្រឹក្សាលើកទីមួយ ជាមួយកុមារ និងម្តាយ");
        page.locator("form[action$='/deliveries'] button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("main")).containsText("វគ្គប្រឹក្សាលើកទីមួយ");
        screenshot("referral-3-accepted-delivered-km");
        assertNoConsoleErrors();

        open("/cases/" + kase.id());
        assertThat(page.locator(".timeline")).containsText("ផ្តល់សេវា");
        screenshot("referral-4-case-timeline-km");
    }
}
