package org.komar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.shared.Cambodia;
import org.komar.support.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** The case page's event form, sent back with an error, keeps what the person chose and wrote. */
class EventFormTest extends IntegrationTest {

    @Test
    void an_event_refused_for_its_moment_comes_back_with_every_answer_the_person_gave() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0).atZone(Cambodia.ZONE).toInstant());
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        MockHttpSession session = signIn(police);

        String page = mvc.perform(post("/cases/" + kase.id() + "/events").session(session).with(csrf())
                        .param("type", "INTERROGATED").param("version", "0")
                        .param("occurredAt", "2026-11-19T10:00").param("attr.by", "POLICE")
                        .param("attr.lawyerPresent", "false").param("attr.absenceReason", "Lawyer not reached")
                        .param("attr.note", "Questioned in the child-friendly room"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The moment cannot be in the future.")
                .containsPattern("<option value=\"POLICE\"[^>]*selected")
                .containsPattern("<option value=\"false\"[^>]*selected")
                .contains("value=\"Lawyer not reached\"", ">Questioned in the child-friendly room</textarea>");
    }
}
