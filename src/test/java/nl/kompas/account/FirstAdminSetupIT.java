package nl.kompas.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fresh installation, as its first admin meets it: no accounts, so the admin asks for the first
 * admin; the setup page creates exactly one, even when submitted twice at the same moment, and is
 * gone afterwards. The tests run in order, as the installation's life does.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdminSetupIT {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    /** The admin that won the concurrent setup. */
    private static String admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(AccountProbe.class);
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void withoutAccountsTheAdminLeadsToTheLoginPageAndFromThereToTheSetup() {
        AdminClient visitor = new AdminClient(base);
        AdminClient.Answer dashboard = visitor.get("/admin/index.xhtml");
        assertEquals(302, dashboard.status());
        assertEquals("/admin/login.xhtml", dashboard.location());
        AdminClient.Answer users = visitor.get("/admin/users.xhtml");
        assertEquals("/admin/login.xhtml?next=%2Fadmin%2Fusers.xhtml", users.location());

        AdminClient.Answer login = visitor.follow(dashboard);
        assertEquals(302, login.status(), "the login page of an installation without accounts");
        assertEquals("/admin/setup.xhtml", login.location());
        AdminClient.Answer setup = visitor.follow(login);
        assertEquals(200, setup.status());
        for (String field : List.of("email", "name", "password", "passwordAgain")) {
            assertNotNull(setup.page().getElementById("setup:" + field), "the setup form asks for " + field);
        }
    }

    @Test
    @Order(2)
    void badInputGetsAMessageAtEachField() {
        AdminClient visitor = new AdminClient(base);
        AdminClient.Answer setup = visitor.page("/admin/setup.xhtml");
        AdminClient.Answer answer = visitor.submit(
                setup,
                "setup",
                "submit",
                Map.of("email", "geen-adres", "name", "", "password", "kort", "passwordAgain", "anders"));
        assertEquals(200, answer.status());
        assertEquals("Dit is geen geldig e-mailadres.", fieldMessage(answer, "email"));
        assertEquals("Vul een naam in.", fieldMessage(answer, "name"));
        assertEquals("Een wachtwoord heeft minstens 12 tekens.", fieldMessage(answer, "password"));
        assertEquals("De twee wachtwoorden zijn niet gelijk.", fieldMessage(answer, "passwordAgain"));
        assertEquals("0", visitor.get("/test-only/accounts/count").body(), "nothing was created");
    }

    @Test
    @Order(3)
    void twoSetupsSubmittedAtTheSameMomentCreateOneAdmin() throws Exception {
        AdminClient first = new AdminClient(base);
        AdminClient second = new AdminClient(base);
        AdminClient.Answer firstForm = first.page("/admin/setup.xhtml");
        AdminClient.Answer secondForm = second.page("/admin/setup.xhtml");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<AdminClient.Answer> firstAnswer = threads.submit(setUp(first, firstForm, "eerste", start));
            Future<AdminClient.Answer> secondAnswer = threads.submit(setUp(second, secondForm, "tweede", start));
            start.countDown();
            List<String> locations =
                    List.of(firstAnswer.get().location(), secondAnswer.get().location());
            assertEquals(
                    1,
                    locations.stream()
                            .filter("/admin/login.xhtml?notice=created"::equals)
                            .count(),
                    "one setup is told it created the admin: " + locations);
            assertTrue(locations.contains("/admin/login.xhtml"), "the other is sent to log in: " + locations);
            admin = locations.get(0).endsWith("created") ? "eerste@koersvast.example" : "tweede@koersvast.example";
        } finally {
            threads.shutdownNow();
        }
        assertEquals("1", first.get("/test-only/accounts/count").body(), "one account exists");
    }

    @Test
    @Order(4)
    void onceAnAccountExistsTheSetupPageIsGone() {
        AdminClient visitor = new AdminClient(base);
        AdminClient.Answer setup = visitor.get("/admin/setup.xhtml");
        assertEquals(302, setup.status());
        assertEquals("/admin/login.xhtml", setup.location());
        AdminClient.Answer login = visitor.follow(setup);
        assertEquals(200, login.status(), "the login page shows now");
        assertNotNull(login.page().getElementById("login:password"));
    }

    @Test
    @Order(5)
    void thePasswordIsStoredAsAPbkdf2HashOnly() {
        String hash = new AdminClient(base)
                .get("/test-only/accounts/hash?email=" + admin)
                .body();
        assertTrue(hash.matches("PBKDF2WithHmacSHA256:600000:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*"), "stored: " + hash);
        assertFalse(hash.contains(PASSWORD));
    }

    @Test
    @Order(6)
    void theFirstAdminLogsInAndSeesTheWholeAdmin() {
        AdminClient person = new AdminClient(base);
        AdminClient.Answer login = person.logIn(admin, PASSWORD);
        assertEquals(302, login.status(), login.messages());
        assertEquals("/admin/index.xhtml", login.location());
        AdminClient.Answer dashboard = person.follow(login);
        assertEquals(200, dashboard.status());
        String name = admin.startsWith("eerste") ? "Eerste Beheerder" : "Tweede Beheerder";
        assertEquals(name, dashboard.page().selectFirst(".admin-user").text());
        assertEquals(200, person.get("/admin/users.xhtml").status());
    }

    /** Last: it locks this test's address (127.0.0.1) out of logging in. */
    @Test
    @Order(7)
    void fiveFailedLoginsFromOneConnectionAddressRefuseEvenTheRightPassword() {
        AdminClient attacker = new AdminClient(base);
        for (int i = 1; i <= 5; i++) {
            AdminClient.Answer failed = attacker.logIn("gok" + i + "@koersvast.example", "verkeerd wachtwoord");
            assertEquals(200, failed.status());
        }
        AdminClient.Answer refused = new AdminClient(base).logIn(admin, PASSWORD);
        assertEquals(200, refused.status(), "the right password does not log in");
        assertTrue(refused.messages().contains("Te veel mislukte pogingen"), refused.messages());
    }

    private static Callable<AdminClient.Answer> setUp(
            AdminClient client, AdminClient.Answer form, String who, CountDownLatch start) {
        return () -> {
            start.await();
            return client.submit(
                    form,
                    "setup",
                    "submit",
                    Map.of(
                            "email",
                            who + "@koersvast.example",
                            "name",
                            Character.toUpperCase(who.charAt(0)) + who.substring(1) + " Beheerder",
                            "password",
                            PASSWORD,
                            "passwordAgain",
                            PASSWORD));
        };
    }

    private static String fieldMessage(AdminClient.Answer answer, String field) {
        var message = answer.page().getElementById("setup:" + field).parent().selectFirst(".field-problem");
        return message == null ? "(no message)" : message.text();
    }
}
