package org.komar.courts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** The court and monitoring pages as people use them: schedule, calendar, hold, admit, fill the checklist, report. */
class CourtPagesTest extends IntegrationTest {

    @Autowired
    CourtService courts;

    @Test
    void a_clerk_schedules_and_holds_through_the_pages_and_a_monitor_fills_the_checklist_and_reads_the_report()
            throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0).atZone(Cambodia.ZONE).toInstant());
        Actor police = fixtures.actor(Role.POLICE, "12");
        Actor clerk = fixtures.actor(Role.COURT_CLERK, "12");
        Actor monitor = fixtures.actor(Role.TRIAL_MONITOR, fixtures.agency(AgencyType.TRIAL_MONITORING, "12"));
        Child child = fixtures.child(police, "Phan Vibol", "ផាន វិបុល", "M", LocalDate.of(2011, 1, 9));
        CaseView kase = fixtures.conflictCase(police, child, "THEFT", "MISDEMEANOUR", LocalDate.of(2026, 9, 1));
        MockHttpSession session = signIn(clerk);

        assertThat(page(session, "/cases/" + kase.id() + "/hearings/new")).contains("datetime-local");
        String location = mvc.perform(post("/cases/" + kase.id() + "/hearings").session(session)
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("scheduledAt", "2026-11-18T08:00").param("kind", "TRIAL").param("chamber", "Room 3"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(page(session, "/courts?week=2026-11-18")).contains(kase.caseNumber(), "Room 3");
        assertThat(page(session, "/cases/" + kase.id() + "/panels/hearings")).contains("/hearings/" + id);
        assertThat(page(session, "/hearings/" + id)).contains("Record as held", monitor.username());

        mvc.perform(post("/hearings/" + id + "/monitors").session(session)
                        .with(SecurityMockMvcRequestPostProcessors.csrf()).param("monitor", monitor.username()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/hearings/" + id + "/held").session(session)
                        .with(SecurityMockMvcRequestPostProcessors.csrf()).param("inCamera", "true")
                        .param("judgmentInPublic", "false").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(courts.read(clerk, HearingId.parse(id)).status()).isEqualTo(HearingStatus.HELD);

        MockHttpSession monitorSession = signIn(monitor);
        assertThat(page(monitorSession, "/monitoring")).contains("/monitoring/hearings/" + id)
                .doesNotContain(kase.caseNumber(), child.nameLatin());
        mvc.perform(post("/monitoring/hearings/" + id).session(monitorSession)
                        .with(SecurityMockMvcRequestPostProcessors.csrf()).param("answers.IN_CAMERA", "YES")
                        .param("answers.AGE_AT_OFFENCE", "15").param("answers.JUDGMENT_IN_PUBLIC", "NO"))
                .andExpect(status().is3xxRedirection());
        String report = page(monitorSession, "/monitoring/report?from=2026-11-01&to=2026-11-30");
        assertThat(report).contains("The hearing was held in camera (JJL 47)", "1 of 1", "(100%)");
        assertThat(page(monitorSession, "/monitoring/waiting")).contains("No checklist is waiting.");
        mvc.perform(get("/courts").session(monitorSession)).andExpect(status().isForbidden());
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
