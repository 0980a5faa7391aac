package org.komar.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.komar.access.Actor;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs a test user in through the real login form, for tests of the web pages (which take the session). */
public final class SignIn {

    private SignIn() {
    }

    /** The session of {@code actor} signed in with {@link Fixtures#PASSWORD}. */
    public static MockHttpSession session(MockMvc mvc, Actor actor) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(actor.username())
                        .password(Fixtures.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
        if (session == null) {
            throw new IllegalStateException("sign-in of " + actor.username() + " created no session");
        }
        return session;
    }
}
