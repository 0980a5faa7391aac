package org.komar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The address that notices of alerts go to: set, changed and cleared by administrators on the users page; a value
 * that is not one address is refused with a localised message and nothing changed; nobody else may change it.
 */
class UserEmailTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @Test
    void an_administrator_sets_changes_and_clears_a_users_address() throws Exception {
        Actor officer = fixtures.actor(Role.POLICE, "12");
        MockHttpSession admin = signIn(fixtures.actor(Role.ADMINISTRATOR, "12"));

        mvc.perform(post("/admin/users/" + officer.userId() + "/email").param("email", " chan.vibol@police.example ")
                        .session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find(officer.userId()).orElseThrow().email()).isEqualTo("chan.vibol@police.example");
        String page = mvc.perform(get("/admin/users").session(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("value=\"chan.vibol@police.example\"");

        String refused = mvc.perform(post("/admin/users/" + officer.userId() + "/email")
                        .param("email", "chan vibol <x@y.example>, other@y.example").session(admin).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Not an e-mail address");
        assertThat(accounts.find(officer.userId()).orElseThrow().email()).isEqualTo("chan.vibol@police.example");

        mvc.perform(post("/admin/users/" + officer.userId() + "/email").param("email", "").session(admin)
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(accounts.find(officer.userId()).orElseThrow().email()).isNull();
    }

    @Test
    void only_administrators_change_addresses() throws Exception {
        Actor officer = fixtures.actor(Role.POLICE, "12");
        mvc.perform(post("/admin/users/" + officer.userId() + "/email").param("email", "me@police.example")
                .session(signIn(officer)).with(csrf())).andExpect(status().isForbidden());
        assertThat(accounts.find(officer.userId()).orElseThrow().email()).isNull();
    }
}
