package org.komar.training;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.support.BrowserTest;
import org.komar.training.TrainingInputs.ParticipantDetails;
import org.komar.training.TrainingInputs.SeriesDetails;
import org.komar.training.TrainingInputs.SessionDetails;
import org.springframework.beans.factory.annotation.Autowired;

/** An organiser records attendance in the browser and reads the session's attendance report in Khmer. */
class TrainingBrowserTest extends BrowserTest {

    @Autowired
    TrainingService training;

    @Test
    void the_attendance_report_shows_registrants_attendees_and_the_breakdowns() {
        Actor organiser = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Series series = training.createSeries(organiser, new SeriesDetails("Juvenile justice for practitioners",
                "យុត្តិធម៌អនីតិជនសម្រាប់អ្នកអនុវត្ត", null, null));
        Session session = training.addSession(organiser, series.id(), new SessionDetails(
                "Functions and procedures of children's courts", "មុខងារ និងនីតិវិធីនៃតុលាការកុមារ",
                "CHILDRENS_COURTS", "Prof. Lim Vuthy", null, "KM_EN", LocalDate.of(2026, 2, 18), "12", "Phnom Penh",
                List.of()));
        String[][] people = {{"Heng Sopheak", "F", "ADULT", "JUDGE", "17"}, {"Keo Sothea", "M", "ADULT", "PROSECUTOR",
                "17"}, {"Chan Dara", "M", "ADULT", "JUDGE", "02"}, {"Srey Pich", "F", "CHILD", "CHILD_OR_YOUTH_ADVOCATE",
                "12"}, {"Ouk Davy", "F", "YOUTH", "SOCIAL_WORKER", "12"}, {"Lim Bora", "M", "ADULT", "LAWYER", "12"}};
        Set<UUID> attended = new HashSet<>();
        UUID last = null;
        for (String[] p : people) {
            last = training.register(organiser, session.id(), new ParticipantDetails(p[0], null, p[1], p[2], p[3],
                    null, "Provincial network", p[4], null, null)).id();
            attended.add(last);
        }
        attended.remove(last);
        training.recordAttendance(organiser, session.id(), attended);

        signIn(organiser);
        switchLanguage();
        open("/training/sessions/" + session.id());
        page.locator("input[name=attended]").first().uncheck();
        page.locator("form[action$='/attendance'] button[type=submit]").click();
        assertThat(page.locator(".alert.ok")).isVisible();

        open("/training/sessions/" + session.id() + "/report");
        assertThat(page.locator("h1")).hasText("របាយការណ៍វត្តមាន");
        assertThat(page.locator(".situation .fact").nth(0).locator(".value")).hasText("6");
        assertThat(page.locator(".situation .fact").nth(1).locator(".value")).hasText("4");
        assertThat(page.locator("table.results").first()).containsText("ស្រី");
        screenshot("training-attendance-report-km");
        assertNoConsoleErrors();
    }
}
