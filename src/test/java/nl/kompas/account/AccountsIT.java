package nl.kompas.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logging in to the admin and what each role may do there, on an installation whose admin was
 * created from configuration (site.admin.*, see arquillian.xml). Each test client comes from an
 * address of its own, so that the failed logins of one test lock out no other.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    static final String ADMIN = "beheer@koersvast.example";
    static final String ADMIN_PASSWORD = "Configuratie-Wachtwoord-2026";
    static final String PASSWORD = "een lange zin als wachtwoord";
    static final String FAILED = "Het e-mailadres of het wachtwoord klopt niet.";
    static final String LOCKED =
            "Te veel mislukte pogingen. Inloggen is tijdelijk geblokkeerd;" + " probeer het over 15 minuten opnieuw.";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-accounts")
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(AccountProbe.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdminFromTheConfigurationLogsInAndTheSetupPageIsClosed() {
        AdminClient visitor = client();
        assertEquals("/admin/login.xhtml", visitor.get("/admin/setup.xhtml").location());

        AdminClient admin = client();
        AdminClient.Answer login = admin.logIn(ADMIN, ADMIN_PASSWORD);
        assertEquals(302, login.status(), login.messages());
        AdminClient.Answer dashboard = admin.follow(login);
        assertEquals("Beatrix", dashboard.page().selectFirst(".admin-user").text());
        assertNotNull(dashboard.page().selectFirst(".admin-nav a[href=/admin/users.xhtml]"), "admins see Users");
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameMessage() {
        AdminClient.Answer wrongPassword = client().logIn(ADMIN, "niet het goede wachtwoord");
        AdminClient.Answer unknownAddress = client().logIn("niemand@koersvast.example", "niet het goede wachtwoord");
        assertEquals(200, wrongPassword.status());
        assertEquals(200, unknownAddress.status());
        assertEquals(FAILED, wrongPassword.messages());
        assertEquals(FAILED, unknownAddress.messages());
        assertEquals(
                ADMIN,
                wrongPassword.page().getElementById("login:email").val(),
                "the address stays filled in, the password does not");
        assertEquals("", wrongPassword.page().getElementById("login:password").val());
    }

    @Test
    void afterFiveFailuresForOneAccountEvenItsRightPasswordIsRefused() {
        String victim = "vergrendeld@koersvast.example";
        new UsersPage(loggedIn(ADMIN, ADMIN_PASSWORD))
                .create(victim, "Vera Grendel", PASSWORD, List.of("EDITOR"), false);
        String firstGuesser = "198.51.100." + ADDRESSES.incrementAndGet();
        new AdminClient(base, firstGuesser).logIn(victim, "gok nummer 1");
        for (int i = 2; i <= 5; i++) {
            AdminClient.Answer guess = client().logIn(victim, "gok nummer " + i);
            assertEquals(200, guess.status());
        }
        AdminClient.Answer rightPassword = client().logIn(victim, PASSWORD);
        assertEquals(200, rightPassword.status(), "the right password does not log in");
        assertEquals(LOCKED, rightPassword.messages());

        AdminClient.Answer otherAccount = new AdminClient(base, firstGuesser).logIn(ADMIN, ADMIN_PASSWORD);
        assertEquals(
                302, otherAccount.status(), "one failure from an address does not lock it: " + otherAccount.messages());
    }

    @Test
    void afterFiveFailuresFromOneAddressEveryLoginFromThereIsRefused() {
        String attacker = "203.0.113." + ADDRESSES.incrementAndGet();
        for (int i = 1; i <= 5; i++) {
            new AdminClient(base, attacker).logIn("gok" + i + "@koersvast.example", "wachtwoord " + i);
        }
        AdminClient.Answer fromThere = new AdminClient(base, attacker).logIn(ADMIN, ADMIN_PASSWORD);
        assertEquals(200, fromThere.status());
        assertEquals(LOCKED, fromThere.messages());
        assertEquals(302, client().logIn(ADMIN, ADMIN_PASSWORD).status(), "from elsewhere the admin logs in");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        AdminClient person = client();
        person.page("/admin/login.xhtml");
        String before = person.sessionId();
        assertNotNull(before, "the login page's form has a session");
        AdminClient.Answer login = person.submit(
                person.page("/admin/login.xhtml"),
                "login",
                "submit",
                Map.of("email", ADMIN, "password", ADMIN_PASSWORD));
        assertEquals(302, login.status(), login.messages());
        assertNotEquals(before, person.sessionId(), "the login gave a new session id");
        assertEquals(200, person.get("/admin/index.xhtml").status());

        AdminClient planted = client();
        planted.useSessionId(before);
        assertEquals("/admin/login.xhtml", planted.get("/admin/index.xhtml").location(), "the old id is worth nothing");
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecureAndLastsTheConfiguredIdleTime() {
        AdminClient person = client();
        AdminClient.Answer login = person.logIn(ADMIN, ADMIN_PASSWORD);
        String cookie = login.setCookies().stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie at login: " + login.setCookies()));
        String attributes = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
        assertTrue(attributes.contains(";httponly"), cookie);
        assertTrue(attributes.contains(";samesite=lax"), cookie);
        assertTrue(attributes.contains(";secure"), "site.base-url is https: " + cookie);
        assertEquals(
                String.valueOf(45 * 60),
                person.get("/test-only/accounts/session-timeout").body(),
                "site.admin.session-timeout-minutes=45");
    }

    @Test
    void loggingOutEndsTheSessionAndTheLoginPageSaysSo() {
        AdminClient person = loggedIn(ADMIN, ADMIN_PASSWORD);
        String session = person.sessionId();
        AdminClient.Answer logout = person.submit(person.page("/admin/index.xhtml"), "logout", "submit", Map.of());
        assertEquals(302, logout.status());
        assertEquals("/admin/login.xhtml?notice=loggedOut", logout.location());
        assertEquals("Je bent uitgelogd.", person.follow(logout).messages());
        assertEquals("/admin/login.xhtml", person.get("/admin/index.xhtml").location());

        AdminClient replay = client();
        replay.useSessionId(session);
        assertEquals("/admin/login.xhtml", replay.get("/admin/index.xhtml").location());
    }

    @Test
    void aLoginFormPostedAfterItsSessionEndedLeadsBackToTheLoginPage() {
        AdminClient person = client();
        AdminClient.Answer form = person.page("/admin/login.xhtml");
        person.forgetCookies();
        AdminClient.Answer late =
                person.submit(form, "login", "submit", Map.of("email", ADMIN, "password", ADMIN_PASSWORD));
        assertEquals(302, late.status(), "not an error page");
        assertEquals("/admin/login.xhtml?notice=expired", late.location());
        assertEquals(
                "Je sessie was verlopen. Log opnieuw in.", person.follow(late).messages());
    }

    @Test
    void adminPagesAreNeitherFramedNorCachedAndPublicPagesStaySessionFree() {
        AdminClient admin = loggedIn(ADMIN, ADMIN_PASSWORD);
        for (AdminClient.Answer page : List.of(client().page("/admin/login.xhtml"), admin.page("/admin/index.xhtml"))) {
            String policy = page.header("content-security-policy");
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertFalse(policy.contains("http"), "nothing from another host: " + policy);
            assertEquals("DENY", page.header("x-frame-options"));
            assertEquals("no-store", page.header("cache-control"));
        }
        AdminClient.Answer home = admin.get("/");
        assertEquals(200, home.status());
        assertTrue(
                home.setCookies().isEmpty(), "a public page sets no cookie, also for an admin: " + home.setCookies());
        assertFalse(home.header("content-security-policy").contains("unsafe-inline"), "the public policy is strict");
    }

    @Test
    void aConsultantSeesOnlyTheirPartOfTheAdminAndARoleChangeAppliesAtOnce() {
        AdminClient admin = loggedIn(ADMIN, ADMIN_PASSWORD);
        UsersPage users = new UsersPage(admin);
        users.create("anne.consultant@koersvast.example", "Anne Consultant", PASSWORD, List.of("CONSULTANT"), true);
        List<String> row = users.open()
                .page()
                .selectFirst("#accounts tr:has(a:containsOwn(Anne Consultant))")
                .select("td")
                .eachText();
        assertEquals("Consultant", row.get(2), "roles: " + row);
        assertFalse(row.get(3).isBlank(), "the consultant profile is shown: " + row);
        assertEquals("Actief", row.get(4));

        AdminClient consultant = loggedIn("anne.consultant@koersvast.example", PASSWORD);
        AdminClient.Answer dashboard = consultant.page("/admin/index.xhtml");
        List<String> menu = dashboard.page().select(".admin-nav a").eachAttr("href");
        assertEquals(
                List.of(
                        "/admin/index.xhtml",
                        "/admin/inbox.xhtml",
                        "/admin/articles.xhtml",
                        "/admin/consultants.xhtml",
                        "/admin/media.xhtml"),
                menu);
        for (String refused : List.of("/admin/users.xhtml", "/admin/audit.xhtml", "/admin/cases.xhtml")) {
            AdminClient.Answer answer = consultant.get(refused);
            assertEquals(403, answer.status(), refused);
            assertTrue(answer.body().contains("Geen toegang"), refused + " shows the site's 403 page");
        }

        long id = users.idOf("Anne Consultant");
        AdminClient.Answer saved =
                admin.submit(users.edit(id), "edit", "save", Map.of("roles", List.of("EDITOR", "CONSULTANT")));
        assertEquals(200, saved.status());
        assertTrue(saved.body().contains("Het account van Anne Consultant is opgeslagen."), saved.messages());
        assertNotNull(
                consultant.page("/admin/index.xhtml").page().selectFirst(".admin-nav a[href=/admin/cases.xhtml]"),
                "the next page already shows what an editor may do");
    }

    @Test
    void aNewAccountWithBadInputGetsAMessageAtEachField() {
        AdminClient.Answer answer =
                new UsersPage(loggedIn(ADMIN, ADMIN_PASSWORD)).submitNew(ADMIN, "", "kort", List.of(), false);
        assertEquals(200, answer.status());
        assertEquals("Er is al een account met dit e-mailadres.", fieldMessage(answer, "create", "email"));
        assertEquals("Vul een naam in.", fieldMessage(answer, "create", "name"));
        assertEquals("Een wachtwoord heeft minstens 12 tekens.", fieldMessage(answer, "create", "password"));
        assertEquals("Kies minstens één rol.", fieldMessage(answer, "create", "roles"));
    }

    @Test
    void aDeactivatedAccountCannotLogInAndAllItsOpenSessionsEnd() {
        AdminClient admin = loggedIn(ADMIN, ADMIN_PASSWORD);
        UsersPage users = new UsersPage(admin);
        users.create("ed@koersvast.example", "Ed Redacteur", PASSWORD, List.of("EDITOR"), false);
        AdminClient editor = loggedIn("ed@koersvast.example", PASSWORD);
        AdminClient editorElsewhere = loggedIn("ed@koersvast.example", PASSWORD);
        assertEquals(200, editor.get("/admin/index.xhtml").status());
        assertEquals(200, editorElsewhere.get("/admin/articles.xhtml").status());

        long id = users.idOf("Ed Redacteur");
        AdminClient.Answer deactivated = admin.submit(users.edit(id), "edit", "deactivate", Map.of());
        assertTrue(deactivated.body().contains("is gedeactiveerd"), deactivated.messages());

        assertEquals("/admin/login.xhtml", editor.get("/admin/index.xhtml").location(), "the open session ended");
        assertEquals(
                "/admin/login.xhtml?next=%2Fadmin%2Farticles.xhtml",
                editorElsewhere.get("/admin/articles.xhtml").location(), "and every other one, at its next request");
        assertEquals(
                "/admin/login.xhtml", editorElsewhere.get("/admin/index.xhtml").location(), "ended, not refused once");
        AdminClient.Answer refused = client().logIn("ed@koersvast.example", PASSWORD);
        assertEquals(200, refused.status());
        assertEquals(FAILED, refused.messages());

        admin.submit(users.edit(id), "edit", "activate", Map.of());
        assertEquals(302, client().logIn("ed@koersvast.example", PASSWORD).status(), "active again");

        // The audit log, as an admin reads it, says who did each of these, to whom.
        String log = admin.get("/admin/audit.xhtml").body();
        for (String action :
                List.of("Account aangemaakt", "Ingelogd", "Account gedeactiveerd", "Account geactiveerd")) {
            assertTrue(log.contains(action), action + " is in the audit log");
        }
        assertTrue(log.contains("Ed Redacteur &lt;ed@koersvast.example&gt;"), "the account it was done to");
        assertEquals(
                403,
                loggedIn("ed@koersvast.example", PASSWORD)
                        .get("/admin/audit.xhtml")
                        .status(),
                "the audit log is for admins");
    }

    @Test
    void aNewPasswordEndsTheAccountsOtherSessionsButNotTheOneThatSetIt() {
        AdminClient admin = loggedIn(ADMIN, ADMIN_PASSWORD);
        UsersPage users = new UsersPage(admin);
        users.create("wisselaar@koersvast.example", "Willem Wissel", PASSWORD, List.of("ADMIN"), false);
        long id = users.idOf("Willem Wissel");
        AdminClient atHome = loggedIn("wisselaar@koersvast.example", PASSWORD);
        AdminClient atWork = loggedIn("wisselaar@koersvast.example", PASSWORD);

        // Willem sets his own password at work: his session at home ends, the one at work goes on.
        String newPassword = "een nog langere zin als wachtwoord";
        AdminClient.Answer own = atWork.submit(
                atWork.page("/admin/users.xhtml?id=" + id),
                "password",
                "setPassword",
                Map.of("newPassword", newPassword));
        assertTrue(own.body().contains("Het nieuwe wachtwoord van Willem Wissel is ingesteld."), own.messages());
        assertEquals(200, atWork.get("/admin/index.xhtml").status(), "the session that changed it stays");
        AdminClient.Answer home = atHome.get("/admin/index.xhtml");
        assertEquals("/admin/login.xhtml", home.location(), "the other session ended");
        assertEquals(200, atHome.follow(home).status(), "its next request is the login page");

        // An admin sets it again: every session of Willem's ends, the admin's own goes on.
        AdminClient.Answer byAdmin =
                admin.submit(users.edit(id), "password", "setPassword", Map.of("newPassword", PASSWORD));
        assertTrue(
                byAdmin.body().contains("Het nieuwe wachtwoord van Willem Wissel is ingesteld."), byAdmin.messages());
        assertEquals("/admin/login.xhtml", atWork.get("/admin/index.xhtml").location());
        assertEquals(200, admin.get("/admin/index.xhtml").status());
        assertEquals(
                302, client().logIn("wisselaar@koersvast.example", PASSWORD).status(), "the new one logs in");
    }

    @Test
    void aConsultantChangesTheirOwnPasswordOnMyAccountAndTheirOtherSessionsEnd() {
        String carla = "carla@koersvast.example";
        String newPassword = "mijn eigen nieuwe wachtzin";
        new UsersPage(loggedIn(ADMIN, ADMIN_PASSWORD))
                .create(carla, "Carla Consultant", PASSWORD, List.of("CONSULTANT"), false);
        AdminClient atWork = loggedIn(carla, PASSWORD);
        AdminClient atHome = loggedIn(carla, PASSWORD).speaking("en-GB,en");

        // A consultant whose account has no profile linked yet still gets a dashboard, with empty queues.
        AdminClient.Answer dashboard = atWork.get("/admin/index.xhtml");
        assertEquals(200, dashboard.status(), "the dashboard of a consultant without a profile");
        AdminClient.Answer own = atWork.page("/admin/account.xhtml");
        Element link = own.page().selectFirst(".admin-header a[href=/admin/account.xhtml]");
        assertNotNull(link, "every role finds My account in the header");
        assertEquals("Mijn account", link.text());
        assertEquals(
                List.of("Carla Consultant", carla, "Consultant"),
                own.page().select(".own-account dd").eachText());

        AdminClient.Answer wrongInEnglish = atHome.submit(
                atHome.page("/admin/account.xhtml"),
                "own",
                "submit",
                ownPasswordForm("geraden", newPassword, newPassword));
        assertEquals("This is not your current password.", fieldMessage(wrongInEnglish, "own", "currentPassword"));
        AdminClient.Answer wrong =
                atWork.submit(own, "own", "submit", ownPasswordForm("geraden", newPassword, newPassword));
        assertEquals("Dit is niet je huidige wachtwoord.", fieldMessage(wrong, "own", "currentPassword"));
        AdminClient.Answer mismatch = atWork.submit(
                atWork.page("/admin/account.xhtml"),
                "own",
                "submit",
                ownPasswordForm(PASSWORD, newPassword, "iets anders dan dat"));
        assertEquals(200, mismatch.status(), "still on the page");
        assertEquals("De twee wachtwoorden zijn niet gelijk.", fieldMessage(mismatch, "own", "newPasswordAgain"));
        AdminClient.Answer same = atWork.submit(
                atWork.page("/admin/account.xhtml"), "own", "submit", ownPasswordForm(PASSWORD, PASSWORD, PASSWORD));
        assertEquals(
                "Het nieuwe wachtwoord is hetzelfde als je huidige; kies een ander.",
                fieldMessage(same, "own", "newPassword"));
        assertEquals(302, client().logIn(carla, PASSWORD).status(), "nothing changed yet");

        String sessionBefore = atWork.sessionId();
        AdminClient.Answer changed = atWork.submit(
                atWork.page("/admin/account.xhtml"),
                "own",
                "submit",
                ownPasswordForm(PASSWORD, newPassword, newPassword));
        assertTrue(changed.body().contains("Je wachtwoord is gewijzigd."), changed.messages());
        assertNotEquals(sessionBefore, atWork.sessionId(), "this session goes on with a new id");
        assertEquals(200, atWork.get("/admin/account.xhtml").status());
        assertEquals("/admin/login.xhtml", atHome.get("/admin/index.xhtml").location(), "the other session ended");
        assertEquals(FAILED, client().logIn(carla, PASSWORD).messages(), "the old password no longer works");
        AdminClient guesser = loggedIn(carla, newPassword);

        // Guessing the current password counts as failed logins: it cannot go on past the lockout.
        // (From a fresh address, so the account's count, not the address's, locks first.)
        for (int guess = 1; guess <= LoginThrottle.MAX_FAILURES; guess++) {
            guesser.submit(
                    guesser.page("/admin/account.xhtml"),
                    "own",
                    "submit",
                    ownPasswordForm("gok " + guess, PASSWORD, PASSWORD));
        }
        AdminClient.Answer locked = guesser.submit(
                guesser.page("/admin/account.xhtml"),
                "own",
                "submit",
                ownPasswordForm(newPassword, PASSWORD, PASSWORD));
        assertTrue(fieldMessage(locked, "own", "currentPassword").startsWith("Te veel mislukte pogingen."));
        assertEquals(LOCKED, client().logIn(carla, newPassword).messages(), "the right password is refused too");
    }

    private static Map<String, String> ownPasswordForm(String current, String newPassword, String again) {
        return Map.of("currentPassword", current, "newPassword", newPassword, "newPasswordAgain", again);
    }

    @Test
    void anAdminKeepsTheirOwnAdminRoleAndAccessSoAnActiveAdminRemains() {
        AdminClient admin = loggedIn(ADMIN, ADMIN_PASSWORD);
        UsersPage users = new UsersPage(admin);
        long own = users.idOf("Beatrix");
        AdminClient.Answer ownPage = users.edit(own);
        assertNull(ownPage.page().getElementById("edit:deactivate"), "no deactivate button for oneself");
        AdminClient.Answer demoted = admin.submit(ownPage, "edit", "save", Map.of("roles", List.of("EDITOR")));
        assertEquals("Je kunt je eigen beheerdersrol niet weghalen.", fieldMessage(demoted, "edit", "roles"));
        assertEquals(200, admin.get("/admin/users.xhtml").status(), "still an admin");

        // The service holds the same rules whichever page calls it.
        assertEquals("account.deactivate.self", probe("deactivate", ADMIN, ADMIN, null));
        assertEquals("account.roles.ownAdmin", probe("roles", ADMIN, ADMIN, "EDITOR"));
        users.create("tweede@koersvast.example", "Tweede Beheerder", PASSWORD, List.of("ADMIN"), false);
        assertEquals("ok", probe("roles", ADMIN, "tweede@koersvast.example", "EDITOR"), "another admin may be demoted");
        assertEquals("not-permitted", probe("roles", "tweede@koersvast.example", ADMIN, "EDITOR"), "by an admin only");
        assertEquals("not-permitted", probe("deactivate", "tweede@koersvast.example", ADMIN, null));
    }

    @Test
    void theAdminSpeaksDutchUnlessTheBrowserPrefersEnglishOnEveryPartOfAPage() {
        // A refusal raised while the page opens (a view action), the page around it, and its widgets.
        String missing = "/admin/article.xhtml?id=987654321";
        AdminClient english = loggedIn(ADMIN, ADMIN_PASSWORD).speaking("en-GB,en;q=0.9,nl;q=0.5");
        AdminClient.Answer inEnglish = english.page(missing);
        assertEquals("en", inEnglish.page().selectFirst("html").attr("lang"));
        assertEquals(
                "Articles",
                inEnglish
                        .page()
                        .selectFirst(".admin-nav a[href=/admin/articles.xhtml]")
                        .text());
        assertTrue(
                inEnglish.body().contains("This item or revision does not exist (any more)."),
                "the refusal (in the growl's script): " + inEnglish.body());
        assertEquals("en", primeFacesLocale(inEnglish), "PrimeFaces' own texts in English");

        for (String dutchBrowser : List.of("nl-NL,nl;q=0.9,en;q=0.8", "de-DE,de;q=0.9", "")) {
            AdminClient dutch = loggedIn(ADMIN, ADMIN_PASSWORD).speaking(dutchBrowser.isEmpty() ? null : dutchBrowser);
            AdminClient.Answer inDutch = dutch.page(missing);
            assertEquals("nl", inDutch.page().selectFirst("html").attr("lang"), dutchBrowser);
            assertEquals(
                    "Artikelen",
                    inDutch.page()
                            .selectFirst(".admin-nav a[href=/admin/articles.xhtml]")
                            .text());
            assertTrue(
                    inDutch.body().contains("Dit item of deze revisie bestaat niet (meer)."),
                    dutchBrowser + ": " + inDutch.body());
            assertEquals("nl", primeFacesLocale(inDutch), "PrimeFaces' own texts in Dutch");
            assertTrue(inDutch.body().contains("locales/locale-nl.js"), "with its Dutch texts loaded");
        }

        // The login page follows the same rule, its refusal too.
        AdminClient.Answer refused =
                client().speaking("en-US,en").logIn("nobody@koersvast.example", "not the right password");
        assertEquals("en", refused.page().selectFirst("html").attr("lang"));
        assertEquals("The e-mail address or the password is not correct.", refused.messages());
        assertEquals(
                FAILED,
                client().speaking("nl")
                        .logIn("niemand.anders@koersvast.example", "niet het goede wachtwoord")
                        .messages());
    }

    /** The language PrimeFaces' scripts are set to on a page: its settings' locale. */
    private static String primeFacesLocale(AdminClient.Answer page) {
        java.util.regex.Matcher locale =
                java.util.regex.Pattern.compile("locale:'([^']*)'").matcher(page.body());
        assertTrue(locale.find(), "PrimeFaces' settings name a locale");
        return locale.group(1);
    }

    /** A client from an address of its own. */
    private AdminClient client() {
        return new AdminClient(base, "192.0.2." + (100 + ADDRESSES.incrementAndGet()));
    }

    private AdminClient loggedIn(String email, String password) {
        AdminClient person = client();
        AdminClient.Answer login = person.logIn(email, password);
        assertEquals(302, login.status(), "log in as " + email + ": " + login.messages());
        return person;
    }

    private String probe(String action, String actor, String target, String roles) {
        AdminClient.Answer answer = client().post(
                        "/test-only/accounts/" + action,
                        Map.of("actor", actor, "target", target, "roles", roles == null ? "" : roles));
        assertEquals(200, answer.status(), answer.body());
        return answer.body();
    }

    private static String fieldMessage(AdminClient.Answer answer, String form, String field) {
        var input = answer.page().getElementById(form + ":" + field);
        assertNotNull(input, form + ":" + field + " in " + answer.body());
        var message = input.closest(".field").selectFirst(".ui-message");
        return message == null ? "(no message)" : message.text();
    }
}
