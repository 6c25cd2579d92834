package nl.kompas.community;

import static nl.kompas.community.CommunitySite.fieldsOf;
import static nl.kompas.community.CommunitySite.likeAPerson;
import static nl.kompas.community.CommunitySite.q;
import static nl.kompas.community.CommunitySite.text;
import static nl.kompas.community.CommunitySite.waitForMails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The newsletter as subscribers notice it, against a real SMTP server (GreenMail): the double
 * opt-in with its mail and its 48-hour link, asking again without learning anything, one-click
 * unsubscribing (RFC 8058) and coming back, and a send that fails half-way and resumes without
 * sending anyone the issue twice.
 */
@ExtendWith(ArquillianExtension.class)
class NewsletterIT {

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-community")
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(CommunityProbe.class);
    }

    @ArquillianResource
    URL base;

    static GreenMail smtp;

    CommunitySite site;

    @BeforeAll
    static void startSmtp() {
        smtp = CommunitySite.startSmtp();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void connect() {
        site = new CommunitySite(base);
    }

    /** Signs up through the form on /nieuwsbrief, as a visitor does; returns the answer. */
    private HttpResponse<String> signUp(String email) {
        Map<String, String> fields = fieldsOf(site.page("/nieuwsbrief"), "main form.newsletter-signup");
        fields.put("email", email);
        likeAPerson();
        return site.post("/nieuwsbrief", fields);
    }

    private String confirmationLink(MimeMessage mail) {
        return site.link(text(mail), "/nieuwsbrief/bevestigen?token=");
    }

    /** Opens the confirmation link and presses its button. */
    private HttpResponse<String> confirm(String link) {
        Document page = site.page(link);
        return site.post("/nieuwsbrief/bevestigen", fieldsOf(page, "form.newsletter-confirm"));
    }

    @Test
    void doubleOptInSubscribesOnlyAfterTheLinkInTheMail() throws Exception {
        String email = "nieuw-lid@example.test";
        HttpResponse<String> asked = signUp(email);
        assertEquals(303, asked.statusCode());
        assertEquals(
                "/nieuwsbrief/aangevraagd",
                asked.headers().firstValue("Location").orElseThrow());
        assertTrue(
                site.probe("/subscriber?email=" + q(email)).startsWith("PENDING "), "not subscribed before confirming");

        MimeMessage mail = waitForMails(smtp, email, 1).get(0);
        assertTrue(mail.getSubject().contains("Bevestig"), mail.getSubject());
        assertTrue(CommunitySite.html(mail).contains("#c8553d"), "the mail is in the theme's colours");
        String link = confirmationLink(mail);

        // Opening the link (as a mail scanner does) confirms nothing; the button does.
        Document page = site.page(link);
        assertTrue(page.select("form.newsletter-confirm button").size() == 1);
        assertTrue(site.probe("/subscriber?email=" + q(email)).startsWith("PENDING "));

        HttpResponse<String> confirmed = confirm(link);
        assertEquals(303, confirmed.statusCode());
        assertEquals(
                "/nieuwsbrief/bevestigd",
                confirmed.headers().firstValue("Location").orElseThrow());
        String record = site.probe("/subscriber?email=" + q(email));
        assertTrue(
                record.matches("CONFIRMED [0-9a-f.:]+ nieuwsbrief-2026-11 [0-9a-f.:]+ nieuwsbrief-2026-11"),
                "both consent records with their address and text version: " + record);

        // The link works once.
        HttpResponse<String> again = confirm(link);
        assertEquals(422, again.statusCode());
        assertTrue(Jsoup.parse(again.body()).select(".form-problem").text().contains("werkt niet"), again.body());
    }

    @Test
    void aSignUpOnAnEnglishPageIsAnsweredInEnglishUnderEn() throws Exception {
        String email = "english-reader@example.test";
        Map<String, String> fields = fieldsOf(site.page("/en/newsletter"), "main form.newsletter-signup");
        fields.put("email", email);
        likeAPerson();
        HttpResponse<String> asked = site.post("/en/newsletter", fields);
        assertEquals(303, asked.statusCode(), asked.body());
        assertEquals(
                "/en/newsletter/requested",
                asked.headers().firstValue("Location").orElseThrow());

        MimeMessage mail = waitForMails(smtp, email, 1).get(0);
        assertTrue(mail.getSubject().startsWith("Confirm your sign-up"), mail.getSubject());
        assertTrue(text(mail).contains("Confirm sign-up"), "the button's words are English");
        String link = site.link(text(mail), "/en/newsletter/confirm?token=");
        Document page = site.page(link);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        HttpResponse<String> confirmed = site.post("/en/newsletter/confirm", fieldsOf(page, "form.newsletter-confirm"));
        assertEquals(
                "/en/newsletter/confirmed",
                confirmed.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anExpiredLinkIsRefusedAndAskingAgainSendsANewOne() {
        String email = "te-laat@example.test";
        assertEquals(303, signUp(email).statusCode());
        String firstLink = confirmationLink(waitForMails(smtp, email, 1).get(0));
        site.probePost("/age?email=" + q(email) + "&hours=49");

        HttpResponse<String> late = confirm(firstLink);
        assertEquals(422, late.statusCode());
        assertTrue(Jsoup.parse(late.body()).select(".form-problem").text().contains("verlopen"), late.body());
        assertTrue(site.probe("/subscriber?email=" + q(email)).startsWith("PENDING "));

        // Asking again answers exactly as for a new address, and sends a new link.
        HttpResponse<String> again = signUp(email);
        assertEquals(303, again.statusCode());
        assertEquals(
                "/nieuwsbrief/aangevraagd",
                again.headers().firstValue("Location").orElseThrow());
        String secondLink = confirmationLink(waitForMails(smtp, email, 2).get(1));
        assertNotEquals(firstLink, secondLink);
        assertEquals(303, confirm(secondLink).statusCode());
        assertTrue(site.probe("/subscriber?email=" + q(email)).startsWith("CONFIRMED "));
    }

    @Test
    void askingForASubscribedAddressLooksTheSameAsForANewOne() {
        site.probePost("/subscribers?prefix=al-lid&count=1");
        HttpResponse<String> known = signUp("al-lid-1@example.test");
        HttpResponse<String> unknown = signUp("onbekend@example.test");
        assertEquals(unknown.statusCode(), known.statusCode());
        assertEquals(unknown.headers().firstValue("Location"), known.headers().firstValue("Location"));
    }

    @Test
    void aWrongAddressIsShownAgainWithItsMessage() {
        HttpResponse<String> answer = signUp("geen-adres");
        assertEquals(422, answer.statusCode());
        Document page = Jsoup.parse(answer.body());
        assertEquals("geen-adres", page.select("main #newsletter-email").attr("value"), "what was typed stays");
        assertEquals("true", page.select("main #newsletter-email").attr("aria-invalid"));
        assertTrue(page.select("main #newsletter-email-error").text().contains("geen geldig e-mailadres"));
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "no session");
    }

    @Test
    void everyIssueCarriesOneClickUnsubscribeAndReSubscribingWorks() {
        site.probePost("/subscribers?prefix=lezer&count=1");
        String email = "lezer-1@example.test";
        String issue =
                site.probePost("/issue?subject=" + q("Nieuwsbrief november") + "&article=intervisie-die-blijft-werken");
        sendAll(issue);
        MimeMessage mail = waitForMails(smtp, email, 1).get(0);
        String unsubscribe;
        try {
            assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
            String header = mail.getHeader("List-Unsubscribe", null);
            assertTrue(header.startsWith("<" + CommunitySite.CONFIGURED_BASE + "/nieuwsbrief/afmelden?token="), header);
            unsubscribe = site.base + header.substring(1 + CommunitySite.CONFIGURED_BASE.length(), header.length() - 1);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(
                text(mail)
                        .contains(site.link(text(mail), "/nieuwsbrief/afmelden?token=")
                                .substring(site.base.length())),
                "the link is in the text too");

        // A person who follows the link gets a page with one button.
        Document page = site.page(site.link(text(mail), "/nieuwsbrief/afmelden?token="));
        assertEquals(1, page.select("form.newsletter-unsubscribe button").size());

        // What a mail program sends: a bare POST, no cookies, no Origin.
        HttpResponse<String> oneClick = site.postBare(unsubscribe, "List-Unsubscribe=One-Click");
        assertEquals(200, oneClick.statusCode());
        assertTrue(site.probe("/subscriber?email=" + q(email)).startsWith("UNSUBSCRIBED "));

        HttpResponse<String> back = signUp(email);
        assertEquals(303, back.statusCode());
        assertEquals(
                303,
                confirm(confirmationLink(waitForMails(smtp, email, 2).get(1))).statusCode());
        assertTrue(site.probe("/subscriber?email=" + q(email)).startsWith("CONFIRMED "));
    }

    @Test
    void anInterruptedSendResumesWithoutSendingAnyoneTwice() throws Exception {
        site.probePost("/subscribers?prefix=reeks&count=5");
        String issue = site.probePost("/issue?subject=" + q("Hervatte verzending"));
        // Batches of two (arquillian.xml). The fourth recipient's mail cannot be written: the batch
        // that reaches them fails half-way, and nothing of it stays. (Which batch that is depends on
        // the order the database gave the new subscribers.)
        String poisoned = "\\nreeks-4@example.test";
        site.probePost("/rename?from=" + q("reeks-4@example.test") + "&to=" + q(poisoned));
        String batch = "2";
        for (int i = 0; i < 50 && batch.equals("2"); i++) {
            batch = site.probePost("/batch?issue=" + issue);
        }
        assertEquals("FAILED", batch);
        String[] progress = site.probe("/progress?issue=" + issue).split(" ");
        assertTrue(Long.parseLong(progress[0]) < Long.parseLong(progress[1]), "not everyone has it yet");
        assertEquals("SENDING", progress[2]);

        // The fault is gone; the send goes on where it stopped, to the end.
        site.probePost("/rename?from=" + q(poisoned) + "&to=" + q("reeks-4@example.test"));
        sendAll(issue);
        assertTrue(site.probe("/progress?issue=" + issue).endsWith(" SENT"));
        assertEquals("0", site.probePost("/batch?issue=" + issue), "a finished send sends nothing more");

        for (int i = 1; i <= 5; i++) {
            waitForMails(smtp, "reeks-" + i + "@example.test", 1);
        }
        Thread.sleep(3_000); // more polls of the outbox: nothing may follow
        Map<String, Long> perRecipient = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> subject(mail).equals("Hervatte verzending"))
                .collect(Collectors.groupingBy(NewsletterIT::recipient, Collectors.counting()));
        for (int i = 1; i <= 5; i++) {
            assertEquals(1L, perRecipient.get("reeks-" + i + "@example.test"), "reeks-" + i + " exactly once");
        }
        assertTrue(perRecipient.values().stream().allMatch(count -> count == 1), "nobody twice: " + perRecipient);
        assertEquals(
                site.probe("/progress?issue=" + issue).split(" ")[0],
                String.valueOf(perRecipient.size()),
                "one delivery row per mail");
    }

    /** Sends the issue's batches one after another until none is left. */
    private void sendAll(String issue) {
        for (int i = 0; i < 100; i++) {
            String batch = site.probePost("/batch?issue=" + issue);
            if (batch.equals("0")) {
                return;
            }
            assertTrue(batch.equals("1") || batch.equals("2"), "batch " + i + " queued " + batch);
        }
        throw new AssertionError("the send did not end");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
