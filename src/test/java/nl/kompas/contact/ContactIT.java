package nl.kompas.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kompas.SiteDeployment;
import nl.kompas.account.AdminClient;
import nl.kompas.account.UsersPage;
import nl.kompas.mail.MailOutboxIT;
import nl.kompas.web.AdminBrowser;
import nl.kompas.web.PublicPagesIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Contact requests as a visitor and the people who get them notice: every routing rule and the
 * spreading of a topic's requests, the two mails with their recipients (through a real SMTP server,
 * GreenMail), the campaign carried from the landing page, field messages with what was typed kept,
 * and each of the spam guard's refusals explained, not dropped.
 */
@ExtendWith(ArquillianExtension.class)
class ContactIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    /** Past the container's minimum fill time (site.spam.min-fill-seconds=3). */
    private static final long FILL_TIME = 3_100;

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-mail")
    static WebArchive deployment() {
        return SiteDeployment.war().addClasses(ContactProbe.class, nl.kompas.mail.MailProbe.class);
    }

    @ArquillianResource
    URL base;

    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = MailOutboxIT.startSmtpServer();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /** A visitor of their own: a client address no other test uses. */
    private ContactClient visitor() {
        return new ContactClient(base, "198.51.100." + ADDRESSES.incrementAndGet());
    }

    /** Fills in the compact form of a page as a person would, waiting past the minimum fill time. */
    private ContactClient.Answer sendCompact(ContactClient visitor, String path, String email, Map<String, String> more)
            throws InterruptedException {
        Document page = visitor.page(path);
        Thread.sleep(FILL_TIME);
        Map<String, String> values = new HashMap<>(Map.of(
                "naam", "Petra Prospect",
                "email", email,
                "organisatie", "Gemeente Waterland",
                "bericht", "Wij zoeken begeleiding voor ons team.",
                "toestemming", "ja"));
        values.putAll(more);
        return visitor.submit(page, "contact-compact", values);
    }

    private List<String[]> stored(ContactClient visitor, String email) {
        return visitor.get("/test-only/contact?email=" + email)
                .body()
                .lines()
                .map(line -> line.split("\t"))
                .toList();
    }

    private long open(ContactClient visitor, String name) {
        return Long.parseLong(visitor.get("/test-only/contact/open?name=" + name.replace(" ", "%20"))
                .body());
    }

    @Test
    void aRequestFromAConsultantsProfileGoesToThatConsultantWithBothMails() throws Exception {
        ContactClient visitor = visitor();
        ContactClient.Answer answer =
                sendCompact(visitor, "/consultants/bram-jansen", "profiel@prospect.example", Map.of());
        assertEquals(303, answer.status(), answer.body());
        assertEquals("/contact/bedankt", answer.location());
        Document thanks = visitor.page("/contact/bedankt");
        assertEquals(
                "Bedankt voor uw bericht",
                thanks.getElementById("contact-thanks").text());

        String[] request = stored(visitor, "profiel@prospect.example").get(0);
        assertEquals("CONSULTANT_PAGE", request[0]);
        assertEquals("Bram Jansen", request[1]);
        assertEquals("NEW", request[2]);
        assertEquals("consultant", request[3]);
        assertEquals("/consultants/bram-jansen", request[4]);
        assertEquals("2026-11-23", request[7], "the privacy text's version is recorded");

        MimeMessage notification = mailTo("bram@koersvast.example", "Petra Prospect");
        assertTrue(notification.getSubject().contains("Gemeente Waterland"), notification.getSubject());
        assertEquals("profiel@prospect.example", notification.getReplyTo()[0].toString());
        String body = GreenMailUtil.getBody(notification);
        assertTrue(body.contains("/admin/request.xhtml?id=" + request[9]), "a link to the request in the admin");
        MimeMessage confirmation = mailTo("profiel@prospect.example", "Koersvast");
        assertTrue(GreenMailUtil.getBody(confirmation).contains("Bram Jansen"), "the prospect learns who will call");
    }

    @Test
    void aTopicGoesToTheConsultantCoveringItWithTheFewestOpenRequests() throws Exception {
        ContactClient visitor = visitor();
        for (int i = 0; i < 4; i++) {
            long sanne = open(visitor, "Sanne Visser");
            long ilse = open(visitor, "Ilse Bakker");
            String email = "spreiding" + i + "@prospect.example";
            Document page = visitor.page("/contact");
            Thread.sleep(FILL_TIME);
            ContactClient.Answer answer = visitor.submit(
                    page,
                    "contact-form",
                    Map.of(
                            "naam", "Spreiding " + i,
                            "email", email,
                            "organisatie", "Org",
                            "onderwerp", "intervisie",
                            "bericht", "Intervisie graag.",
                            "toestemming", "ja"));
            assertEquals(303, answer.status(), answer.body());
            String[] request = stored(visitor, email).get(0);
            assertEquals("TOPIC", request[0]);
            // Both cover intervisie: the one with fewer open requests gets it (a tie goes to the lower id).
            if (sanne != ilse) {
                assertEquals(sanne < ilse ? "Sanne Visser" : "Ilse Bakker", request[1], "request " + i);
            }
            assertEquals("Intervisie", request[8]);
        }
        assertTrue(
                Math.abs(open(visitor, "Sanne Visser") - open(visitor, "Ilse Bakker")) <= 2,
                "the requests are spread over both");
    }

    @Test
    void anEnglishPageGetsEnglishThanksAndAnEnglishConfirmationWhileTheConsultantsMailStaysDutch() throws Exception {
        ContactClient visitor = visitor();
        Document page = visitor.page("/en/contact");
        assertEquals(
                List.of("", ContactSubmission.OTHER_TOPIC, "peer-review", "team-coaching"),
                page.select("#onderwerp option").eachAttr("value").stream()
                        .sorted()
                        .toList(),
                "the English service pages are the topics");
        Thread.sleep(FILL_TIME);
        ContactClient.Answer answer = visitor.submit(
                page,
                "contact-form",
                Map.of(
                        "naam", "Emma English",
                        "email", "english@prospect.example",
                        "organisatie", "Org",
                        "onderwerp", "peer-review",
                        "bericht", "Peer review, please.",
                        "toestemming", "ja"));
        assertEquals(303, answer.status(), answer.body());
        assertEquals("/en/contact/thank-you", answer.location());
        assertEquals(
                "Thank you for your message",
                visitor.page("/en/contact/thank-you")
                        .getElementById("contact-thanks")
                        .text());
        String[] request = stored(visitor, "english@prospect.example").get(0);
        assertEquals("TOPIC", request[0], "routed as the Dutch original, which consultants cover");
        MimeMessage confirmation = mailTo("english@prospect.example", "Your message to");
        assertTrue(confirmation.getSubject().startsWith("Your message to"), confirmation.getSubject());
        assertTrue(
                mailTo(request[1].equals("Sanne Visser") ? "sanne@koersvast.example" : "ilse@koersvast.example", "Emma")
                        .getSubject()
                        .startsWith("Nieuwe contactaanvraag"),
                "the consultant's mail stays Dutch");
    }

    @Test
    void aServicePageSendsItsServiceAsTopic() throws Exception {
        ContactClient visitor = visitor();
        assertEquals(
                303,
                sendCompact(visitor, "/diensten/teamcoaching", "dienst@prospect.example", Map.of())
                        .status());
        String[] request = stored(visitor, "dienst@prospect.example").get(0);
        assertEquals("TOPIC", request[0]);
        assertEquals("Sanne Visser", request[1], "the only one covering teamcoaching");
        assertEquals("service", request[3]);
        mailTo("sanne@koersvast.example", "Petra Prospect");
    }

    @Test
    void anArticleWithoutTopicGoesToItsAuthorWhenTheyCoverItElseToTheGeneralInbox() throws Exception {
        ContactClient visitor = visitor();
        sendCompact(visitor, "/artikelen/de-adviseur-als-verandermakelaar-deel-1", "auteur@prospect.example", Map.of());
        String[] covered = stored(visitor, "auteur@prospect.example").get(0);
        assertEquals("ARTICLE_AUTHOR", covered[0]);
        assertEquals("Anne de Vries", covered[1], "Anne wrote it and covers Adviesvaardigheden, its tag");

        sendCompact(
                visitor, "/artikelen/interview-sanne-visser-teamcoaching", "niet-gedekt@prospect.example", Map.of());
        String[] uncovered = stored(visitor, "niet-gedekt@prospect.example").get(0);
        assertEquals("GENERAL_INBOX", uncovered[0], "Bram wrote it but does not cover Teamcoaching");
        assertEquals("-", uncovered[1]);
        mailTo("info@koersvast.example", "Petra Prospect");
    }

    @Test
    void theCampaignOfTheLandingPageIsCarriedWithoutCookiesAndWithoutChangingTheCachedPage() throws Exception {
        ContactClient visitor = visitor();
        String landing = "/cases/zorggroep-rivierzicht-teamcoaching";
        ContactClient.Answer plain = visitor.get(landing);
        ContactClient.Answer campaign = visitor.get(landing + "?utm_source=nieuwsbrief&utm_campaign=herfst-2026");
        assertEquals(200, campaign.status());
        assertFalse(campaign.headers().containsKey("set-cookie"), "no cookie carries it");
        assertEquals(plain.headers().get("etag"), campaign.headers().get("etag"), "the same cached page for everyone");
        Thread.sleep(FILL_TIME);
        assertEquals(
                303,
                visitor.submit(
                                campaign.page(),
                                "contact-compact",
                                Map.of(
                                        "naam",
                                        "Campagne",
                                        "email",
                                        "campagne@prospect.example",
                                        "organisatie",
                                        "Org",
                                        "bericht",
                                        "Hallo",
                                        "toestemming",
                                        "ja"))
                        .status());
        String[] request = stored(visitor, "campagne@prospect.example").get(0);
        assertEquals("nieuwsbrief", request[5], "from the Referer, the landing URL");
        assertEquals("herfst-2026", request[6]);
        assertEquals("case", request[3]);
        assertEquals(landing, request[4]);

        // A form that comes back with a problem keeps the source and campaign for its second post.
        ContactClient.Answer back = visitor.submit(
                campaign.page(),
                "contact-compact",
                Map.of(
                        "naam",
                        "Campagne Twee",
                        "email",
                        "campagne2@prospect.example",
                        "organisatie",
                        "",
                        "bericht",
                        "Hallo",
                        "toestemming",
                        "ja"));
        assertEquals(422, back.status(), back.body());
        assertEquals(
                "nieuwsbrief",
                back.page().selectFirst("#contact-form input[name=utm_source]").val());
        assertEquals(
                303,
                visitor.submit(back.page(), "contact-form", Map.of("organisatie", "Org"))
                        .status());
        String[] second = stored(visitor, "campagne2@prospect.example").get(0);
        assertEquals(landing, second[4]);
        assertEquals("herfst-2026", second[6]);
    }

    @Test
    void aFormWithProblemsComesBackWithFieldMessagesAndWhatWasTyped() throws Exception {
        ContactClient visitor = visitor();
        Document page = visitor.page("/contact");
        Thread.sleep(FILL_TIME);
        ContactClient.Answer answer = visitor.submit(
                page,
                "contact-form",
                Map.of(
                        "naam", "Karel <b>Kwast</b>",
                        "email", "geen-adres",
                        "organisatie", "",
                        "telefoon", "bel me",
                        "bericht", "Mijn vraag",
                        "onderwerp", "teamcoaching"));
        assertEquals(422, answer.status(), answer.body());
        Document back = answer.page();
        assertEquals("Karel <b>Kwast</b>", back.getElementById("naam").val(), "typed values are kept, escaped");
        assertTrue(back.select("#veld-naam b").isEmpty());
        assertEquals("geen-adres", back.getElementById("email").val());
        assertEquals("Mijn vraag", back.getElementById("bericht").text());
        assertEquals(
                "teamcoaching", back.selectFirst("#onderwerp option[selected]").val());
        assertTrue(back.getElementById("fout-email").text().contains("e-mailadres"));
        assertTrue(back.getElementById("fout-organisatie").text().contains("organisatie"));
        assertTrue(back.getElementById("fout-telefoon").text().contains("cijfers"));
        assertTrue(back.getElementById("fout-toestemming").text().contains("toestemming"));
        assertFalse(back.select("#fout-naam").size() > 0, "the name was fine");
        assertEquals("true", back.getElementById("email").attr("aria-invalid"));
        assertNotNull(back.getElementById("form-problem"));
        assertEquals("no-store", answer.headers().get("cache-control").get(0));
        assertTrue(stored(visitor, "geen-adres").isEmpty());

        // Corrected, from the page it came back as: accepted.
        ContactClient.Answer corrected = visitor.submit(
                back,
                "contact-form",
                Map.of(
                        "email",
                        "karel@prospect.example",
                        "organisatie",
                        "Kwast BV",
                        "telefoon",
                        "06 12345678",
                        "toestemming",
                        "ja"));
        assertEquals(303, corrected.status(), corrected.body());
        assertEquals(1, stored(visitor, "karel@prospect.example").size());
    }

    @Test
    void theSpamGuardExplainsEveryRefusalAndCountsIt() throws Exception {
        ContactClient visitor = visitor();
        Document page = visitor.page("/contact");
        Map<String, String> filled = Map.of(
                "naam",
                "Snel",
                "email",
                "snel@prospect.example",
                "organisatie",
                "Org",
                "bericht",
                "Hallo",
                "toestemming",
                "ja");
        // A token this site never signed: refused, with a freshly rendered form to send again.
        ContactClient.Answer forged = visitor.submit(page, "contact-form", with(filled, "form-token", "contact.1.abc"));
        assertEquals(422, forged.status());
        assertTrue(forged.page().getElementById("form-problem").text().contains("opnieuw"), forged.body());
        // That fresh form, sent straight back: faster than a person types.
        ContactClient.Answer tooFast = visitor.submit(forged.page(), "contact-form", Map.of());
        assertEquals(422, tooFast.status());
        assertTrue(tooFast.page().getElementById("form-problem").text().contains("sneller"), tooFast.body());
        assertEquals("Snel", tooFast.page().getElementById("naam").val(), "what was typed is kept");

        Thread.sleep(FILL_TIME);
        Map<String, String> trap = new HashMap<>(filled);
        trap.put("website", "http://spam.example");
        ContactClient.Answer honeypot = visitor.submit(page, "contact-form", trap);
        assertEquals(422, honeypot.status());
        assertTrue(honeypot.page().getElementById("form-problem").text().contains("leeg moet blijven"));

        Map<String, String> links = new HashMap<>(filled);
        links.put("bericht", "Kijk op https://a.example en https://b.example en www.c.example");
        ContactClient.Answer tooManyLinks = visitor.submit(page, "contact-form", links);
        assertEquals(422, tooManyLinks.status());
        assertTrue(tooManyLinks.page().getElementById("fout-bericht").text().contains("hoogstens 2 links"));

        ContactClient.Answer crossSite =
                visitor.post("/contact/verzenden", ContactClient.fields(page, "contact-form"), "https://evil.example");
        assertEquals(403, crossSite.status());
        assertTrue(stored(visitor, "snel@prospect.example").isEmpty(), "none of these was stored");

        // Five accepted forms an hour from one address; the sixth is told when to try again.
        for (int i = 0; i < 5; i++) {
            Map<String, String> ok = new HashMap<>(filled);
            ok.put("email", "reeks" + i + "@prospect.example");
            assertEquals(303, visitor.submit(page, "contact-form", ok).status(), "form " + (i + 1));
        }
        ContactClient.Answer limited = visitor.submit(page, "contact-form", filled);
        assertEquals(429, limited.status());
        assertTrue(limited.headers().containsKey("retry-after"));
        assertTrue(limited.page().getElementById("form-problem").text().contains("minuten"));
        assertEquals("Snel", limited.page().getElementById("naam").val());
    }

    @Test
    void oversizedOrBodylessPostsGetA4xx() {
        ContactClient visitor = visitor();
        ContactClient.Answer huge = visitor.post("/contact/verzenden", Map.of("bericht", "x".repeat(70_000)), null);
        assertEquals(413, huge.status());
        assertEquals(303, visitor.get("/contact/verzenden").status());
    }

    @Test
    void aRequestStillNewAfterTheWorkingHoursIsEscalatedOnceToTheGeneralInbox() throws Exception {
        ContactClient visitor = visitor();
        sendCompact(
                visitor, "/consultants/pieter-van-dam", "escalatie@prospect.example", Map.of("naam", "Erik Escalatie"));
        visitor.post("/test-only/contact/age?email=escalatie@prospect.example&hours=200", Map.of(), null);
        assertEquals(
                "1",
                visitor.post("/test-only/contact/upkeep", Map.of(), null).body().split(" ")[0]);
        MimeMessage escalation = mailTo("info@koersvast.example", "Erik Escalatie");
        assertTrue(subject(escalation).contains("8 werkuren"), subject(escalation));
        assertEquals(
                "0",
                visitor.post("/test-only/contact/upkeep", Map.of(), null).body().split(" ")[0],
                "only once");
    }

    @Test
    void requestsOlderThanTheRetentionPeriodAreAnonymisedWithTheirMails() throws Exception {
        ContactClient visitor = visitor();
        sendCompact(visitor, "/consultants/anne-de-vries", "oud@prospect.example", Map.of("naam", "Oud Verzoek"));
        String id = stored(visitor, "oud@prospect.example").get(0)[9];
        mailTo("oud@prospect.example", "Koersvast");
        visitor.post("/test-only/contact/age?email=oud@prospect.example&hours=" + (25 * 31 * 24), Map.of(), null);
        visitor.post("/test-only/contact/upkeep", Map.of(), null);
        String[] after =
                visitor.get("/test-only/contact?id=" + id).body().strip().split("\t");
        assertEquals("null", after[10], "the name is gone");
        assertEquals("true", after[11]);
        assertEquals("CONSULTANT_PAGE", after[0], "the figures stay");
        assertEquals("", visitor.get("/test-only/mail?reference=contact:" + id).body(), "its mails left the outbox");
    }

    @Test
    void everythingAboutOneAddressIsExportedThenErased() throws Exception {
        ContactClient visitor = visitor();
        sendCompact(visitor, "/diensten/intervisie", "Privacy@Prospect.example", Map.of("naam", "Paula Privacy"));
        mailTo("Privacy@Prospect.example", "Koersvast");
        String export = visitor.post("/test-only/contact/export?email=privacy@prospect.example", Map.of(), null)
                .body();
        assertTrue(export.contains("\"contact-requests\""), export);
        assertTrue(export.contains("Paula Privacy"), export);
        assertTrue(export.contains("\"mails\""), export);
        assertTrue(export.contains("Uw bericht aan"), "the confirmation mail is part of it: " + export);
        String erased = visitor.post("/test-only/contact/erase?email=privacy@prospect.example", Map.of(), null)
                .body();
        assertTrue(erased.contains("contact-requests=1"), erased);
        String again = visitor.post("/test-only/contact/export?email=privacy@prospect.example", Map.of(), null)
                .body();
        assertFalse(again.contains("Paula Privacy"), again);
        assertTrue(stored(visitor, "Privacy@Prospect.example").isEmpty());
    }

    @Test
    void inTheBrowserAFormWithMistakesComesBackAndOnceCorrectedSaysThankYou() throws Exception {
        ContactClient visitor = visitor();
        Document contact = visitor.page("/contact");
        assertTrue(PublicPagesIT.runsNoScriptButOurs(contact), "/contact runs no script but ours");
        assertTrue(PublicPagesIT.runsNoScriptButOurs(visitor.page("/artikelen/leren-van-je-eigen-praktijk")));
        try (AdminBrowser browser = AdminBrowser.start()) {
            ChromeDriver driver = browser.driver;
            String origin = base.toString().replaceAll("/$", "");
            driver.get(origin + "/contact");
            driver.findElement(By.id("naam")).sendKeys("Bea Browser");
            driver.findElement(By.id("email")).sendKeys("bea-at-example");
            driver.findElement(By.id("bericht")).sendKeys("Graag een kennismaking.");
            Thread.sleep(FILL_TIME);
            driver.findElement(By.id("contact-submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.id("fout-email")).isEmpty());
            assertEquals("Bea Browser", driver.findElement(By.id("naam")).getAttribute("value"));
            assertEquals(
                    "Graag een kennismaking.",
                    driver.findElement(By.id("bericht")).getAttribute("value"));
            assertTrue(driver.findElement(By.id("fout-organisatie")).isDisplayed());
            assertTrue(driver.findElement(By.id("fout-toestemming")).isDisplayed());
            assertTrue(driver.manage().getCookies().isEmpty(), "no cookie, no session");

            driver.findElement(By.id("email")).clear();
            driver.findElement(By.id("email")).sendKeys("bea@prospect.example");
            driver.findElement(By.id("organisatie")).sendKeys("Browser BV");
            driver.findElement(By.id("toestemming")).click();
            driver.findElement(By.id("contact-submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().endsWith("/contact/bedankt"));
            assertEquals(
                    "Bedankt voor uw bericht",
                    driver.findElement(By.tagName("h1")).getText());
        }
        assertEquals(1, stored(visitor, "bea@prospect.example").size());
    }

    @Test
    void theAdminsInboxShowsARequestThatCanBeTakenUpWithItsOutboxAndSpamCounts() throws Exception {
        ContactClient visitor = visitor();
        sendCompact(visitor, "/consultants/ilse-bakker", "inbox@prospect.example", Map.of("naam", "Ida Inbox"));
        String id = stored(visitor, "inbox@prospect.example").get(0)[9];
        AdminClient admin = new AdminClient(base);
        assertEquals(
                302,
                admin.logIn("redactie@koersvast.example", "Redactie-Wachtwoord-2026")
                        .status());
        AdminClient.Answer inbox = admin.page("/admin/inbox.xhtml");
        assertTrue(inbox.body().contains("Ida Inbox"), "the editor sees every request");
        AdminClient.Answer request = admin.page("/admin/request.xhtml?id=" + id);
        assertEquals("Ida Inbox", request.page().getElementById("request-name").text());
        assertTrue(request.page().getElementById("request-rule").text().contains("Profielpagina"));
        assertTrue(request.page().getElementById("request-rule").text().contains("Ilse Bakker"));
        admin.submit(request, "request", "start", Map.of());
        assertEquals("IN_PROGRESS", stored(visitor, "inbox@prospect.example").get(0)[2]);
        AdminClient.Answer taken = admin.page("/admin/request.xhtml?id=" + id);
        assertTrue(taken.page().getElementById("request-status").text().contains("In behandeling"));

        AdminClient.Answer outbox = admin.page("/admin/outbox.xhtml");
        assertTrue(outbox.body().contains("inbox@prospect.example"), "the confirmation is in the outbox");
        assertTrue(outbox.page().select("#outbox-not-sending").isEmpty(), "SMTP is configured here");
        assertEquals(200, admin.page("/admin/spam.xhtml").status());
        assertEquals(200, admin.page("/admin/routing.xhtml").status());
        assertEquals(200, admin.page("/admin/privacy.xhtml").status());
    }

    @Test
    void aConsultantSeesOnlyTheirOwnRequestsAndAnEditorSeesThemAll() throws Exception {
        sendCompact(visitor(), "/consultants/bram-jansen", "eigen@prospect.example", Map.of("naam", "Olga Eigen"));
        ContactClient visitor = visitor();
        sendCompact(visitor, "/consultants/ilse-bakker", "ander@prospect.example", Map.of("naam", "Otto Ander"));
        String own = stored(visitor, "eigen@prospect.example").get(0)[9];
        String others = stored(visitor, "ander@prospect.example").get(0)[9];
        AdminClient editor = new AdminClient(base);
        editor.logIn("redactie@koersvast.example", "Redactie-Wachtwoord-2026");
        new UsersPage(editor)
                .createConsultant(
                        "bram.account@koersvast.example", "Bram Account", "Bram-Wachtwoord-2026", "Bram Jansen");

        AdminClient bram = new AdminClient(base);
        assertEquals(
                302,
                bram.logIn("bram.account@koersvast.example", "Bram-Wachtwoord-2026")
                        .status());
        String inbox = bram.page("/admin/inbox.xhtml").body();
        assertTrue(inbox.contains("Olga Eigen"), "the consultant sees the request routed to them");
        assertFalse(inbox.contains("Otto Ander"), "and not another consultant's");
        assertEquals(
                "Olga Eigen",
                bram.page("/admin/request.xhtml?id=" + own)
                        .page()
                        .getElementById("request-name")
                        .text());
        AdminClient.Answer refused = bram.get("/admin/request.xhtml?id=" + others);
        assertEquals(403, refused.status(), "another consultant's request by its id");
        assertFalse(refused.body().contains("Otto Ander"), "shows nothing of it");

        String all = editor.page("/admin/inbox.xhtml").body();
        assertTrue(all.contains("Olga Eigen") && all.contains("Otto Ander"), "the editor sees both");
    }

    /**
     * Many forms at once (bench/contact-load sends 2,000 from 50 clients): every one is
     * acknowledged and stored, none is answered with a 5xx or a request to send it again.
     */
    @Test
    void twentyFormsSentAtOnceAreAllAcknowledgedAndStored() throws Exception {
        int forms = 20;
        List<ContactClient> visitors = new java.util.ArrayList<>();
        List<Document> pages = new java.util.ArrayList<>();
        for (int i = 0; i < forms; i++) {
            visitors.add(visitor());
            pages.add(visitors.get(i).page("/contact"));
        }
        Thread.sleep(FILL_TIME);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(forms);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ContactClient.Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < forms; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return visitors.get(n)
                            .submit(
                                    pages.get(n),
                                    "contact-form",
                                    Map.of(
                                            "naam", "Gelijktijdig " + n,
                                            "email", "tegelijk-" + n + "@prospect.example",
                                            "organisatie", "Drukte BV",
                                            "bericht", "Allemaal tegelijk.",
                                            "toestemming", "ja"));
                }));
            }
            start.countDown();
            for (int i = 0; i < forms; i++) {
                ContactClient.Answer answer = answers.get(i).get(2, java.util.concurrent.TimeUnit.MINUTES);
                assertEquals(303, answer.status(), "form " + i + ": " + answer.body());
                assertEquals(
                        1,
                        stored(visitors.get(i), "tegelijk-" + i + "@prospect.example")
                                .size(),
                        "form " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> more = new HashMap<>(fields);
        more.put(name, value);
        return more;
    }

    /** Waits for the one mail to this address whose subject or body names the text. */
    static MimeMessage mailTo(String address, String text) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> to(message).contains(address))
                    .filter(message -> subject(message).contains(text)
                            || GreenMailUtil.getBody(message).contains(text))
                    .toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " about " + text);
    }

    private static String to(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
