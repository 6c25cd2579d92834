package nl.kompas.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The idle timeout for real: sessions on this container end after 3 idle seconds (see {@link
 * ShortSessions}), so the test waits seconds, not the minutes of the real setting.
 */
@ExtendWith(ArquillianExtension.class)
class SessionTimeoutIT {

    static final String ADMIN = "beheer@koersvast.example";
    static final String ADMIN_PASSWORD = "Configuratie-Wachtwoord-2026";

    /** A little over test.session-timeout-seconds (arquillian.xml). */
    static final long IDLE_MILLIS = 4_000;

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-idle")
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(ShortSessions.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aSessionIdlePastItsTimeoutGetsTheLoginPageWhileABusyOneGoesOn() throws InterruptedException {
        AdminClient reader = loggedIn();
        AdminClient writer = loggedIn();
        AdminClient.Answer openForm = writer.page("/admin/index.xhtml");
        AdminClient busy = loggedIn();
        for (int i = 0; i < 4; i++) {
            Thread.sleep(IDLE_MILLIS / 4);
            assertEquals(200, busy.get("/admin/articles.xhtml").status(), "a request every second keeps it");
        }

        AdminClient.Answer afterIdling = reader.get("/admin/articles.xhtml");
        assertEquals("/admin/login.xhtml?next=%2Fadmin%2Farticles.xhtml", afterIdling.location());
        AdminClient.Answer login = reader.follow(afterIdling);
        assertEquals(200, login.status());
        assertEquals(1, login.page().select("form#login input[type=password]").size(), "the login page");

        // A form of a page opened before the timeout, sent after it, leads there too, not to an error.
        AdminClient.Answer late = writer.submit(openForm, "logout", "submit", Map.of());
        assertEquals(302, late.status());
        assertTrue(late.location().startsWith("/admin/login.xhtml"), late.location());

        assertEquals(200, busy.get("/admin/index.xhtml").status(), "the busy session is still logged in");
    }

    private AdminClient loggedIn() {
        AdminClient person = new AdminClient(base);
        AdminClient.Answer login = person.logIn(ADMIN, ADMIN_PASSWORD);
        assertEquals(302, login.status(), login.messages());
        return person;
    }
}
