package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The editorial workflow in a real browser, logged in for real, as the issue asks: an editor writes
 * a case in Markdown, sees the preview, publishes it, and a visitor sees it at its address; a
 * consultant cannot publish, not even with a forged request; and an article scheduled in the
 * editor appears on its own when its time comes. Visitors are plain HTTP without cookies.
 */
@ExtendWith(ArquillianExtension.class)
class EditorialBrowserIT {

    static final String ADMIN = "redactie@koersvast.example";
    static final String EDITOR = "els@koersvast.example";
    static final String CONSULTANT = "bram@koersvast.example";
    static final String PASSWORD = "een lange zin als wachtwoord";

    private static AdminBrowser browser;
    private static boolean accountsMade;

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-admin")
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(TestAccounts.class);
    }

    @ArquillianResource
    URL base;

    SiteClient visitor;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = AdminBrowser.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /** An editor, and a consultant whose profile is Bram Jansen's, made as the users page makes them. */
    @BeforeEach
    void accounts() {
        browser.on(base);
        visitor = new SiteClient(base);
        if (!accountsMade) {
            makeAccount(EDITOR, "Els Redacteur", "EDITOR", null);
            makeAccount(CONSULTANT, "Bram Jansen", "CONSULTANT", "bram-jansen");
            accountsMade = true;
        }
        browser.logOut();
    }

    @Test
    void anEditorWritesACaseInMarkdownSeesThePreviewPublishesItAndAVisitorSeesIt() {
        browser.logIn(EDITOR, PASSWORD);
        browser.open("/admin/cases.xhtml");
        browser.driver.findElement(By.linkText("Nieuwe case")).click();
        browser.waitUntil(() -> browser.exists("case:title"), "the case editor opens");

        browser.field("case", "title").sendKeys("Stichting Duinrand: samen leren in de wijk");
        browser.waitUntil(
                () -> "stichting-duinrand-samen-leren-in-de-wijk"
                        .equals(browser.field("case", "slug").getDomProperty("value")),
                "the slug follows the title");
        browser.type("case", "client", "Stichting Duinrand");
        browser.type("case", "sector", "Welzijn");
        browser.field("case", "body").sendKeys("## Wat we deden\n\nWe leerden *samen* in de wijk.");
        browser.waitUntil(() -> browser.preview().contains("<em>samen</em>"), "the preview follows the text");
        assertTrue(browser.preview().contains("id=\"wat-we-deden\""), browser.preview());
        assertTrue(browser.previewStylesheet().endsWith("/style.css"), "in the public theme's stylesheet");

        browser.click("case:addQuote");
        browser.waitUntil(
                () -> browser.driver.findElements(By.cssSelector(".quote-row")).size() == 1, "a quote row");
        browser.driver.findElement(By.cssSelector(".quote-row textarea")).sendKeys("We kijken nu anders naar elkaar.");
        browser.driver.findElement(By.cssSelector(".quote-row input")).sendKeys("Mirjam, buurtwerker");
        browser.choose("case", "offerings", "Teamcoaching");

        browser.click("case:publish");
        browser.waitUntil(() -> browser.text(".editor-state").contains("Gepubliceerd"), "published");
        assertTrue(browser.driver.getCurrentUrl().contains("case.xhtml?id="), "the new case has its own address");

        HttpResponse<String> page = visitor.get("/cases/stichting-duinrand-samen-leren-in-de-wijk");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "a visitor gets no session");
        Document html = Jsoup.parse(page.body());
        assertTrue(html.title().startsWith("Stichting Duinrand: samen leren in de wijk ·"), html.title());
        assertTrue(
                html.select(".prose h2#wat-we-deden").text().contains("Wat we deden"),
                html.select(".prose").html());
        assertEquals("samen", html.select(".prose em").text());
        assertEquals("Stichting Duinrand", html.select(".client").text());
        assertEquals(
                "We kijken nu anders naar elkaar.",
                html.select(".quote blockquote").text());
        assertEquals("Teamcoaching", html.select(".services a").text());
    }

    @Test
    void aConsultantCannotPublishNotEvenWithAForgedRequest() {
        browser.logIn(CONSULTANT, PASSWORD);
        browser.open("/admin/articles.xhtml");
        browser.driver.findElement(By.partialLinkText("Netwerksamenwerking")).click();
        browser.waitUntil(() -> browser.exists("article:title"), "their own draft opens");
        assertTrue(browser.text(".editor-state").contains("Concept"));
        assertTrue(browser.exists("article:saveDraft") && browser.exists("article:submit"), "they save and submit");
        for (String button : List.of("article:publish", "article:schedule", "article:publishAt", "article:unpublish")) {
            assertFalse(browser.exists(button), "no " + button + " for a consultant");
        }

        // The form posted as if the publish button were there: the page's view state, their session.
        browser.driver.executeScript("var form = document.getElementById('article');"
                + "var publish = document.createElement('input');"
                + "publish.type = 'hidden'; publish.name = 'article:publish'; publish.value = 'article:publish';"
                + "form.appendChild(publish); form.submit();");
        browser.waitUntil(
                () -> browser.exists("article:title")
                        && browser.text(".editor-state").contains("Concept"),
                "the page comes back with the draft still a draft");
        assertEquals(
                404,
                visitor.get("/artikelen/netwerksamenwerking-wie-trekt-de-kar").statusCode());

        browser.open("/admin/cases.xhtml");
        assertFalse(browser.driver.getPageSource().contains("casesTable"), "the cases are for editors only");
    }

    @Test
    void anArticleScheduledInTheEditorAppearsWhenItsTimeComes() {
        browser.logIn(EDITOR, PASSWORD);
        browser.open("/admin/article.xhtml");
        browser.field("article", "title").sendKeys("Verschijnt vanzelf");
        browser.choose("article", "authors", "Anne de Vries");
        // The picker takes minutes: the next whole minute at least five seconds from now.
        ZonedDateTime at = ZonedDateTime.now(ZoneId.of("Europe/Amsterdam"))
                .plusSeconds(5)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        browser.type(
                "article",
                "publishAt",
                DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").format(at));
        browser.field("article", "publishAt").sendKeys(Keys.ESCAPE);
        browser.click("article:schedule");
        browser.waitUntil(() -> browser.text(".editor-state").contains("Ingepland"), "scheduled");
        assertEquals(404, visitor.get("/artikelen/verschijnt-vanzelf").statusCode(), "not before its time");

        browser.waitUntil(
                () -> visitor.get("/artikelen/verschijnt-vanzelf").statusCode() == 200,
                "the article appears on its own",
                Duration.ofSeconds(120));
        assertTrue(visitor.get("/artikelen").body().contains("/artikelen/verschijnt-vanzelf"), "in the list");
        browser.open(browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
        assertTrue(browser.text(".editor-state").contains("Gepubliceerd"), browser.text(".editor-state"));
    }

    @Test
    void anEditorFindsServicePagesAndConsultantsInTheirListsAndEditsThem() {
        browser.logIn(EDITOR, PASSWORD);
        browser.open("/admin/services.xhtml");
        browser.driver.findElement(By.linkText("Teamcoaching")).click();
        browser.waitUntil(() -> browser.exists("service:section"), "the service editor opens");
        assertEquals(
                "Coaching en intervisie", browser.field("service", "section").getDomProperty("value"));
        browser.type("service", "order", "5");
        browser.click("service:save");
        browser.waitUntil(() -> browser.text(".ui-growl").contains("Opgeslagen"), "saved");
        browser.waitUntil(
                () -> browser.driver
                                .findElements(By.cssSelector("#revisions\\:lines tbody tr"))
                                .size()
                        == 2,
                "the loaded file and the save are two revisions");

        browser.open("/admin/consultants.xhtml");
        browser.driver.findElement(By.linkText("Sanne Visser")).click();
        browser.waitUntil(() -> browser.exists("consultant:name"), "the consultant editor opens");
        assertEquals("sanne-visser", browser.field("consultant", "slug").getDomProperty("value"));
        browser.type("consultant", "linkedin", "http://www.linkedin.com/in/sanne");
        browser.click("consultant:save");
        browser.waitUntil(
                () -> browser.text("#consultant")
                        .contains("Een LinkedIn-adres is een webadres dat met https:// begint"),
                "the message sits beside the field");
        assertFalse(visitor.get("/consultants/sanne-visser").body().contains("http://www.linkedin.com/in/sanne"));
    }

    @Test
    void aConsultantEditsTheirOwnProfileAndNoOther() {
        browser.logIn(CONSULTANT, PASSWORD);
        browser.open("/admin/consultants.xhtml");
        assertEquals(
                1,
                browser.driver
                        .findElements(By.cssSelector("#consultants\\:rows tbody tr"))
                        .size());
        String own = browser.driver.findElement(By.linkText("Bram Jansen")).getDomAttribute("href");
        long ownId = Long.parseLong(own.substring(own.indexOf("id=") + 3));

        browser.open("/admin/consultant.xhtml");
        browser.waitUntil(() -> browser.exists("consultant:name"), "their own profile opens");
        assertEquals("Bram Jansen", browser.field("consultant", "name").getDomProperty("value"));
        browser.type("consultant", "role", "Adviseur netwerken en samenwerking");
        browser.click("consultant:save");
        browser.waitUntil(() -> browser.text(".ui-growl").contains("Opgeslagen"), "saved");
        assertTrue(visitor.get("/consultants/bram-jansen").body().contains("Adviseur netwerken en samenwerking"));

        browser.open("/admin/consultant.xhtml?id=" + (ownId == 1 ? 2 : 1));
        assertTrue(
                browser.text("body").contains("Je kunt alleen je eigen profiel openen en wijzigen."),
                browser.text("body"));
        assertFalse(browser.exists("consultant:name"), "no form for another's profile");
    }

    @Test
    void anEditorPicksALibraryImageForAnArticleAndACaseWhichThenUseItAndKeepItFromDeletion() throws IOException {
        browser.logIn(EDITOR, PASSWORD);
        Path photo = Path.of(System.getProperty("it.dir", "target"), "kantoor-aan-de-gracht.jpg");
        Files.write(photo, nl.kompas.media.TestImages.jpeg(640, 400));
        browser.upload(photo, "Het kantoor aan de gracht");

        // The article: chosen from the library, shown as a thumbnail, its alt text filled in.
        browser.open("/admin/articles.xhtml");
        browser.driver
                .findElement(By.partialLinkText("verandermakelaar (deel 1)"))
                .click();
        browser.waitUntil(() -> browser.exists("article:imageLibrary"), "the article editor opens with the picker");
        browser.pickImage("article", "Het kantoor aan de gracht");
        String url = browser.field("article", "image").getDomProperty("value");
        assertTrue(url.matches("/media/kantoor-aan-de-gracht-[0-9a-f]{16}\\.jpg"), url);
        assertEquals(
                "Het kantoor aan de gracht",
                browser.field("article", "imageAlt").getDomProperty("value"));
        browser.click("article:save");
        browser.waitUntil(() -> browser.text("#admin-growl_container").contains("Opgeslagen"), "saved");

        Document article = Jsoup.parse(visitor.get("/artikelen/de-adviseur-als-verandermakelaar-deel-1")
                .body());
        assertTrue(
                article.select("figure.lead-image img").attr("src").contains("kantoor-aan-de-gracht-"),
                article.select("figure").outerHtml());
        assertEquals(
                "Het kantoor aan de gracht",
                article.select("figure.lead-image img").attr("alt"));
        assertTrue(
                SharePreviewsIT.meta(article, "og:image").contains("/media/kantoor-aan-de-gracht-"),
                "the share preview is the image");
        assertEquals("Het kantoor aan de gracht", SharePreviewsIT.meta(article, "og:image:alt"));

        // The case: chosen, cleared (no thumbnail, no image), chosen again and saved.
        browser.open("/admin/cases.xhtml");
        browser.driver.findElement(By.partialLinkText("Bitwerf Software")).click();
        browser.waitUntil(() -> browser.exists("case:imageLibrary"), "the case editor opens with the picker");
        browser.pickImage("case", "Het kantoor aan de gracht");
        browser.click("case:imageClear");
        browser.waitUntil(
                () -> browser.field("case", "image").getDomProperty("value").isEmpty()
                        && browser.driver
                                .findElements(By.cssSelector("[id='case:imagePreview'] img"))
                                .isEmpty(),
                "the image is cleared");
        browser.pickImage("case", "Het kantoor aan de gracht");
        browser.click("case:save");
        browser.waitUntil(() -> browser.text("#admin-growl_container").contains("Opgeslagen"), "the case is saved");
        Document caseStudy =
                Jsoup.parse(visitor.get("/cases/bitwerf-projectmatig-werken").body());
        assertTrue(
                caseStudy.select("figure.lead-image img").attr("src").contains("kantoor-aan-de-gracht-"),
                caseStudy.select("article").outerHtml());
        assertTrue(SharePreviewsIT.meta(caseStudy, "og:image").contains("/media/kantoor-aan-de-gracht-"));

        // In use by both: the library refuses to delete it, and says by what.
        browser.open("/admin/media.xhtml");
        browser.driver
                .findElement(
                        By.xpath(
                                "//tr[.//strong[starts-with(., 'kantoor-aan-de-gracht-')]]//button[.//span[normalize-space()='Verwijderen']]"))
                .click();
        browser.waitUntil(
                () -> browser.driver
                        .findElement(By.cssSelector(".ui-confirmdialog-yes"))
                        .isDisplayed(),
                "asked to confirm");
        browser.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitUntil(() -> browser.text("#admin-growl_container").contains("Gebruikt door"), "the refusal");
        String refusal = browser.text("#admin-growl_container");
        assertTrue(refusal.contains("artikel ‘De adviseur als verandermakelaar (deel 1)"), refusal);
        assertTrue(refusal.contains("case ‘Bitwerf Software"), refusal);
        assertTrue(browser.text(".media-table").contains("kantoor-aan-de-gracht-"), "still in the library");
    }

    private void makeAccount(String email, String name, String role, String consultant) {
        String form = "admin=" + encode(ADMIN) + "&email=" + encode(email) + "&name=" + encode(name) + "&password="
                + encode(PASSWORD) + "&role=" + role + (consultant == null ? "" : "&consultant=" + consultant);
        HttpResponse<String> answer = visitor.post("/test-only/accounts-for-editing", form);
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
