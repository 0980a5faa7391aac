package org.komar.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.support.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The report's pages: the form and its versions, a stale save that keeps the writer's text, the print in both languages. */
class InquiryPagesTest extends IntegrationTest {

    @Test
    void a_social_agent_writes_saves_and_submits_and_a_stale_save_keeps_her_text_and_names_the_newer_version()
            throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0).atZone(Cambodia.ZONE).toInstant());
        Actor police = fixtures.actor(Role.POLICE, "12");
        Actor social = fixtures.actor(Role.SOCIAL_AGENT, "12");
        Actor colleague = fixtures.actor(Role.SOCIAL_AGENT, "12");
        Child child = fixtures.child(police, "Sam Rithy", "សំ រិទ្ធី", "M", LocalDate.of(2011, 8, 8));
        CaseView kase = fixtures.conflictCase(police, child, "THEFT", "MISDEMEANOUR", LocalDate.of(2026, 11, 10));
        String path = "/cases/" + kase.id() + "/social-inquiry";
        MockHttpSession session = signIn(social);
        MockHttpSession other = signIn(colleague);

        assertThat(page(session, "/cases/" + kase.id() + "/panels/social-inquiry")).contains("Write the report");
        assertThat(page(session, path)).contains("name=\"familySituation\"", "Save draft", "Nothing saved yet.");
        mvc.perform(save(session, path, "0", "save").param("familySituation", "Lives with the grandmother"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(session, path)).contains("Saved as version 1 (draft).", "Lives with the grandmother");

        mvc.perform(save(other, path, "1", "save").param("familySituation", "Grandmother and uncle"))
                .andExpect(status().is3xxRedirection());
        String stale = mvc.perform(save(session, path, "1", "save").param("familySituation", "My own words"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone saved version 2 of this report while you were writing", "My own words",
                "See version 2", "name=\"version\" value=\"2\"");

        mvc.perform(save(session, path, "2", "submit").param("familySituation", "Grandmother and uncle")
                        .param("behaviour", "Quiet").param("education", "Grade 7").param("livingConditions", "Village")
                        .param("development", "Understands").param("needs", "School support")
                        .param("recommendations", "Diversion").param("livesWith", "RELATIVES")
                        .param("schoolAttendance", "IRREGULAR").param("lastGrade", "7")
                        .param("recommendsDiversion", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(session, path)).contains("Version 3 is submitted");

        String khmer = page(session, path + "/print?lang=km");
        assertThat(khmer).contains("lang=\"km\"", "របាយការណ៍ស៊ើបអង្កេតសង្គម", "កំណែទី 3 នៃ 3", "ស្ថានភាពគ្រួសារ",
                "ជីដូនជីតា ឬសាច់ញាតិផ្សេងទៀត", "Grandmother and uncle", "សំ រិទ្ធី");
        String english = page(session, path + "/print?lang=en&version=1");
        assertThat(english).contains("lang=\"en\"", "Social inquiry report", "Version 1 of 3", "DRAFT",
                "Lives with the grandmother");
        assertThat(page(session, path)).as("printing changes nobody's language").contains("lang=\"en\"");

        MockHttpSession reader = signIn(police);
        assertThat(page(reader, path)).contains("Grandmother and uncle").doesNotContain("<textarea",
                "Lives with the grandmother");
        mvc.perform(get(path + "/print?version=1").session(reader)).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder save(MockHttpSession session, String path, String version,
                                                      String action) {
        return post(path).session(session).with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("version", version).param("action", action);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
