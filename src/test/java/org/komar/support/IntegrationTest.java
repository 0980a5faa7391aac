package org.komar.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.komar.access.Actor;
import org.komar.KomarApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of every test that needs the application: one Spring context for the whole suite (keep the configuration
 * identical, so that it is started once), on the database chosen by {@link TestDatabases}, with a {@link
 * MutableClock}, {@link Fixtures}, MockMvc and helpers for bearer tokens.
 */
@SpringBootTest(classes = KomarApplication.class, properties = {"spring.main.banner-mode=off",
        "logging.level.root=WARN", "logging.level.org.komar=INFO",
        // Tests count the national census themselves, at moments they choose; a count at start would race them.
        "komar.detention.national-census-at-start=false",
        // Small enough for a test to import past it; the packs are built at the end of such imports.
        "komar.import.bulk-after=500",
        // More threads than a small machine has cores: the packs are built several parts at once on any machine.
        "komar.statistics.pack-builders=3"})
@NoBackgroundRaces
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JsonMapper json;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A bearer token for the actor, obtained through the API as a client would. */
    protected String token(Actor actor) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + actor.username() + "\",\"password\":\"" + Fixtures.PASSWORD
                                + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asText();
    }

    protected String bearer(Actor actor) throws Exception {
        return "Bearer " + token(actor);
    }

    /** Signs the actor in through the login form, as a browser would; pass the session to later requests. */
    protected MockHttpSession signIn(Actor actor) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(actor.username()).password(Fixtures.PASSWORD))
                .andExpect(MockMvcResultMatchers.redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    protected JsonNode readJson(String body) {
        return json.readTree(body);
    }
}
