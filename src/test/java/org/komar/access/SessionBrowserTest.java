package org.komar.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.komar.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The session a signed-in person gets from the server actually running: its cookie and its idle timeout. */
class SessionBrowserTest extends BrowserTest {

    @Autowired
    WebServerApplicationContext server;

    @Test
    void the_session_cookie_is_out_of_reach_of_scripts_and_other_sites() {
        signIn(fixtures.actor(Role.SOCIAL_AGENT, "12"));

        Cookie session = context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst()
                .orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(page.evaluate("document.cookie")).asString().doesNotContain("JSESSIONID");
    }

    @Test
    void an_idle_session_ends_after_thirty_minutes() {
        TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
        Context webapp = (Context) tomcat.getTomcat().getHost().findChildren()[0];

        assertThat(webapp.getSessionTimeout()).isEqualTo(30);
    }
}
