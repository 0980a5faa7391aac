package org.komar.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** A member of a child and youth network answers a survey in Khmer through its link; the organiser reads the results. */
class SurveyBrowserTest extends BrowserTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    JsonMapper json;

    @Test
    void a_respondent_answers_in_khmer_within_the_limit_and_the_organiser_reads_the_result_table() throws Exception {
        Actor organiser = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Survey survey = surveys.create(organiser, json.readValue(SurveyApiTest.DEFINITION, SurveyDefinition.class));

        open(PublicSurveyController.linkPath(survey.linkToken()));
        if (!"km".equals(page.locator("html").getAttribute("lang"))) {
            switchLanguage();
        }
        assertThat(page.locator("h1")).hasText("អាទិភាពបណ្តាញ ២០២៦");
        page.getByLabel("បណ្តាញកុមារ និងយុវជន").check();
        page.getByLabel("តុលាការកុមារ").check();
        page.getByLabel("លក្ខខណ្ឌឃុំខ្លួន").check();
        page.getByLabel("ការបង្វែរ").check();
        submit();
        Locator first = page.locator("#question-" + survey.questions().get(0).id());
        assertThat(first.locator(".field-error")).containsText("សូមជ្រើសរើសយ៉ាងច្រើន 2 ជម្រើស");
        assertThat(page.getByLabel("តុលាការកុមារ")).isChecked();

        page.getByLabel("ការបង្វែរ").uncheck();
        page.locator("#question-" + survey.questions().get(1).id()).getByLabel("បាទ/ចាស").check();
        page.locator("textarea[name='text." + survey.questions().get(2).id() + "']").fill("សូមរៀបចំវគ្គនៅខេត្ត");
        submit();
        assertThat(page.locator(".alert.ok")).containsText("សូមអរគុណ");
        assertThat(page.locator("main")).containsText("សូមរៀបចំវគ្គនៅខេត្ត");

        signIn(organiser);
        open("/surveys/" + survey.id() + "/results");
        if (!"km".equals(page.locator("html").getAttribute("lang"))) {
            switchLanguage();
        }
        Locator table = page.locator("#result-" + survey.questions().get(0).id() + " table.results");
        assertThat(table.locator("thead th").nth(2)).hasText("បណ្តាញកុមារ និងយុវជន");
        // The two options chosen come first (ordered by total), one each, both from the child and youth networks.
        assertThat(table.locator("tbody tr").nth(0).locator("td").nth(2)).hasText("1");
        assertThat(table.locator("tbody tr").nth(0).locator("td").nth(3)).hasText("1");
        assertThat(table.locator("tbody tr").nth(2).locator("td").nth(3)).hasText("0");
        assertThat(page.locator("table.respondents td.total")).hasText("1");
        page.locator("canvas").first().waitFor();
        assertThat(page.locator("canvas").first().boundingBox().height).isGreaterThan(50);
        screenshot("survey-results-km");
        assertNoConsoleErrors();
    }

    private void submit() {
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
