package nl.kompas.web;

import static nl.kompas.community.CommunitySite.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URL;
import java.time.Duration;
import nl.kompas.SiteDeployment;
import nl.kompas.community.CommunityProbe;
import nl.kompas.community.CommunitySite;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The newsletter and comments in headless Chromium: signing up in the footer and confirming with
 * the link from the mail GreenMail caught; a comment that waits, is approved in the admin's
 * moderation queue and then appears under the article. Public pages run no script of ours here:
 * the forms are plain HTML.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityBrowserIT {

    private static final String EDITOR = "redactie@koersvast.example";
    private static final String PASSWORD = "Redactie-Wachtwoord-2026";
    private static final String ARTICLE = "/artikelen/intervisie-die-blijft-werken";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-community")
    static WebArchive deployment() {
        return SiteDeployment.war().addPackage(CommunityProbe.class.getPackage());
    }

    @ArquillianResource
    URL base;

    static AdminBrowser browser;
    static GreenMail smtp;

    @BeforeAll
    static void start() throws Exception {
        smtp = CommunitySite.startSmtp();
        browser = AdminBrowser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        browser.close();
        smtp.stop();
    }

    @Test
    void signingUpInTheFooterThenConfirmingWithTheLinkFromTheMail() {
        CommunitySite site = new CommunitySite(base);
        browser.on(base).open("/");
        String email = "browser-lezer@example.test";
        browser.driver.findElement(By.id("footer-newsletter-email")).sendKeys(email);
        CommunitySite.likeAPerson();
        browser.driver
                .findElement(By.cssSelector(".footer-newsletter button[type=submit]"))
                .click();
        browser.waitUntil(
                () -> browser.driver.getCurrentUrl().endsWith("/nieuwsbrief/aangevraagd"), "the check-your-mail page");
        assertTrue(browser.text("h1").contains("Kijk in uw mail"), browser.text("h1"));

        String link = site.link(
                CommunitySite.text(CommunitySite.waitForMails(smtp, email, 1).get(0)),
                "/nieuwsbrief/bevestigen?token=");
        browser.driver.get(link);
        browser.driver
                .findElement(By.cssSelector("form.newsletter-confirm button"))
                .click();
        browser.waitUntil(
                () -> browser.driver.getCurrentUrl().endsWith("/nieuwsbrief/bevestigd"), "the confirmed page");
        assertTrue(browser.text("h1").contains("aangemeld"), browser.text("h1"));
        assertTrue(site.probe("/subscriber?email=" + q(email)).startsWith("CONFIRMED "));
    }

    @Test
    void aCommentWaitsIsApprovedInTheAdminAndThenAppears() {
        CommunitySite site = new CommunitySite(base);
        browser.on(base).open(ARTICLE);
        // First without a name: the message is at the field, and the text stays.
        browser.driver.findElement(By.id("comment-email")).sendKeys("reageerder@example.test");
        browser.driver.findElement(By.id("comment-text")).sendKeys("Herkenbaar stuk.\nVooral de tweede tip.");
        CommunitySite.likeAPerson();
        browser.driver
                .findElement(By.cssSelector("form.comment-form button[type=submit]"))
                .click();
        browser.waitUntil(() -> browser.exists("comment-name-error"), "the name's message");
        assertEquals(
                "Herkenbaar stuk.\nVooral de tweede tip.",
                browser.driver.findElement(By.id("comment-text")).getAttribute("value"));

        browser.driver.findElement(By.id("comment-name")).sendKeys("Karin Reageert");
        browser.driver
                .findElement(By.cssSelector("form.comment-form button[type=submit]"))
                .click();
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("/reactie-ontvangen"), "the thank-you page");
        assertFalse(pageText(site).contains("Karin Reageert"), "not shown before approval");

        assertTrue(site.probe("/comments?article=intervisie-die-blijft-werken").contains("PENDING Karin Reageert"));
        // Both authors of the article are told, by mail.
        for (String author : new String[] {"sanne@koersvast.example", "ilse@koersvast.example"}) {
            String mail = CommunitySite.text(
                    CommunitySite.waitForMails(smtp, author, 1).get(0));
            assertTrue(mail.contains("Karin Reageert") && mail.contains("Vooral de tweede tip."), mail);
            assertTrue(mail.contains("/admin/comments.xhtml"), mail);
        }

        browser.logIn(EDITOR, PASSWORD);
        browser.open("/admin/comments.xhtml");
        browser.waitUntil(() -> browser.driver.getPageSource().contains("Karin Reageert"), "the comment in the queue");
        browser.driver
                .findElements(By.cssSelector("button[id$=':approve']"))
                .get(0)
                .click();
        browser.waitUntil(
                () -> !browser.driver.getPageSource().contains("Karin Reageert"),
                "the queue without it",
                Duration.ofSeconds(20));
        browser.logOut();

        browser.open(ARTICLE);
        assertTrue(browser.text("#reacties").contains("Karin Reageert"), browser.text("#reacties"));
        assertTrue(browser.text("#reacties").contains("Vooral de tweede tip."));
        assertFalse(browser.driver.getPageSource().contains("reageerder@example.test"), "the address is never shown");
    }

    @Test
    void anEditorComposesPreviewsTestsAndSendsAnIssue() {
        CommunitySite site = new CommunitySite(base);
        site.probePost("/subscribers?prefix=browser-abonnee&count=3");
        browser.on(base).logIn(EDITOR, PASSWORD);
        browser.open("/admin/newsletter.xhtml");
        browser.click("issues:new");
        browser.waitUntil(
                () -> browser.driver.getCurrentUrl().contains("/admin/newsletter-issue.xhtml?id="), "the new issue");
        String issue = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.type("issue", "subject", "Nieuws uit de browser");
        browser.type("issue", "body", "Dit is **de tekst** van de nieuwsbrief.");
        browser.click("issue:preview");
        browser.waitUntil(
                () -> browser.exists("issue:preview")
                        && browser.driver.getPageSource().contains("<strong>de tekst</strong>"),
                "the preview");

        browser.click("issue:test");
        String test =
                CommunitySite.text(CommunitySite.waitForMails(smtp, EDITOR, 1).get(0));
        assertTrue(test.contains("de tekst"), test);

        browser.click("issue:send");
        browser.waitUntil(
                () -> browser.driver
                        .findElement(By.cssSelector(".ui-confirmdialog-yes"))
                        .isDisplayed(),
                "the question");
        browser.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitUntil(() -> browser.exists("issue:progress"), "the progress bar");
        for (int i = 0; i < 50 && !site.probePost("/batch?issue=" + issue).equals("0"); i++) {
            // the batches that the site's own poll would send
        }
        browser.waitUntil(
                () -> browser.driver.getPageSource().contains("browser-abonnee-3@example.test")
                        && browser.text("#progress-count").matches("(\\d+) / \\1"),
                "every recipient listed, the bar full",
                Duration.ofSeconds(30));
        CommunitySite.waitForMails(smtp, "browser-abonnee-3@example.test", 1);
        browser.logOut();
    }

    private String pageText(CommunitySite site) {
        return Jsoup.parse(site.get(ARTICLE).body()).text();
    }
}
