package org.komar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.komar.support.Fixtures;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;

/** Sign-in, lockout, tokens, sessions, CSRF, headers and password storage, as an attacker would probe them. */
class SecurityTest extends IntegrationTest {

    private static final String WRONG = "not-the-password";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void five_wrong_passwords_on_the_sign_in_form_lock_the_account_until_the_lockout_has_passed() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        for (int i = 0; i < 5; i++) {
            signInWith(police.username(), WRONG).andExpect(redirectedUrl("/login?error"));
        }

        signInWith(police.username(), Fixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMinutes(14));
        signInWith(police.username(), Fixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        signInWith(police.username(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(auditActions(police)).contains("LOGIN_FAILED", "LOGIN_LOCKED", "LOGIN_SUCCEEDED");
    }

    @Test
    void five_wrong_passwords_on_the_token_call_lock_the_account_for_the_form_too() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        for (int i = 0; i < 5; i++) {
            tokenCall(police.username(), WRONG).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        }

        tokenCall(police.username(), Fixtures.PASSWORD).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
        signInWith(police.username(), Fixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        tokenCall(police.username(), Fixtures.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void after_a_lockout_has_run_out_one_more_mistake_does_not_lock_the_account_again() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        for (int i = 0; i < 5; i++) {
            tokenCall(police.username(), WRONG);
        }
        clock.advance(Duration.ofMinutes(16));

        tokenCall(police.username(), WRONG).andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        tokenCall(police.username(), Fixtures.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void a_successful_sign_in_starts_the_count_of_failures_again() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        for (int i = 0; i < 4; i++) {
            tokenCall(police.username(), WRONG);
        }
        tokenCall(police.username(), Fixtures.PASSWORD).andExpect(status().isOk());
        for (int i = 0; i < 4; i++) {
            tokenCall(police.username(), WRONG);
        }

        tokenCall(police.username(), Fixtures.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void a_token_stops_working_when_it_expires_after_eight_hours() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        String token = bearer(police);
        mvc.perform(get("/api/v1/cases").header("Authorization", token)).andExpect(status().isOk());

        clock.advance(Duration.ofHours(8).minusSeconds(1));
        mvc.perform(get("/api/v1/cases").header("Authorization", token)).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(get("/api/v1/cases").header("Authorization", token)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void disabling_an_account_ends_its_tokens_and_its_sessions_at_once() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        String token = bearer(police);
        MockHttpSession session = signIn(police);
        mvc.perform(get("/cases").session(session)).andExpect(status().isOk());

        accounts.setEnabled(police.userId(), false);

        mvc.perform(get("/api/v1/cases").header("Authorization", token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/cases").session(session)).andExpect(status().is3xxRedirection());
        tokenCall(police.username(), Fixtures.PASSWORD).andExpect(status().isUnauthorized());
        signInWith(police.username(), Fixtures.PASSWORD).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void an_unknown_or_forged_token_is_refused() throws Exception {
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cases").header("Authorization", "Basic cG9saWNlOmtvbWFy"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_and_changes_nothing() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        MockHttpSession session = signIn(police);
        mvc.perform(get("/children/new").session(session)).andExpect(status().isOk());
        long before = childrenOwnedBy(police);

        mvc.perform(post("/children").session(session).param("nameLatin", "Chan Vanna").param("sex", "M")
                        .param("confirmNew", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/children").session(session).param("_csrf", "forged").param("nameLatin", "Chan Vanna")
                .param("sex", "M").param("confirmNew", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/locale").session(session).param("lang", "en")).andExpect(status().isForbidden());
        assertThat(childrenOwnedBy(police)).isEqualTo(before);

        mvc.perform(post("/children").session(session).with(csrf()).param("nameLatin", "Chan Vanna")
                .param("sex", "M").param("confirmNew", "true")).andExpect(status().is3xxRedirection());
        assertThat(childrenOwnedBy(police)).isEqualTo(before + 1);
    }

    @Test
    void the_sign_in_form_itself_needs_the_csrf_token() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        // Without a session there is no token to compare with: the person is sent back to sign in afresh.
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", police.username())
                        .param("password", Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?expired"))
                .andReturn().getRequest().getSession(true);
        mvc.perform(get("/cases").session(session)).andExpect(status().is3xxRedirection());
        assertThat(auditActions(police)).doesNotContain("LOGIN_SUCCEEDED");
    }

    @Test
    void pages_carry_strict_security_headers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void api_answers_carry_security_headers_and_set_no_session() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        mvc.perform(get("/api/v1/cases").header("Authorization", bearer(police)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void signing_in_changes_the_session_id() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        mvc.perform(post("/login").session(session).with(csrf()).param("username", police.username())
                .param("password", Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));

        assertThat(session.getId()).isNotEqualTo(before);
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes_never_in_clear() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        String stored = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
                .param("id", police.userId().value()).query(String.class).single();

        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(Fixtures.PASSWORD);
        assertThat(passwords.matches(Fixtures.PASSWORD, stored)).isTrue();
        assertThat(passwords.encode(Fixtures.PASSWORD)).isNotEqualTo(stored);
    }

    @Test
    void a_token_is_stored_only_as_its_hash() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        String token = token(police);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = :u").param("u", police.userId().value())
                .query(Long.class).single()).isEqualTo(1);
    }

    private ResultActions signInWith(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password));
    }

    private ResultActions tokenCall(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("username", username, "password", password))));
    }

    private java.util.List<String> auditActions(Actor actor) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE actor_id = :id ORDER BY id")
                .param("id", actor.userId().value()).query(String.class).list();
    }

    private long childrenOwnedBy(Actor actor) {
        return jdbc.sql("SELECT COUNT(*) FROM child WHERE owner_agency_id = :a")
                .param("a", actor.agencyId().value()).query(Long.class).single();
    }
}
