package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's article pages in a real browser, as an editor uses them: the slug follows the title,
 * the preview follows the text, a bad form gets its messages beside the fields, saving and
 * publishing work, and revisions can be compared and restored. The list and the dashboard show
 * every status. The editor logs in for real, as the admin named in configuration.
 */
@ExtendWith(ArquillianExtension.class)
class AdminEditorIT {

    private static ChromeDriver browser;
    private static Path profile;

    private static final String EMAIL = "redactie@koersvast.example";
    private static final String PASSWORD = "Redactie-Wachtwoord-2026";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-admin")
    static WebArchive deployment() {
        return SiteDeployment.war();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        File driver = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        if (!driver.canExecute() || !new File("/usr/bin/chromium").canExecute()) {
            fail("Browser tests need Debian's Chromium and its driver: apt-get install chromium chromium-driver");
        }
        Path target = Path.of(System.getProperty("it.dir", "target"));
        Files.createDirectories(target);
        profile = Files.createTempDirectory(target, "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-proxy-server",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void anEditorWritesComparesRestoresAndPublishesAnArticle() {
        logIn();
        browser.get(url("/admin/article.xhtml"));
        WebElement title = field("title");
        title.sendKeys("Een artikel uit de browser");
        waitUntil(
                () -> "een-artikel-uit-de-browser".equals(field("slug").getDomProperty("value")),
                "the slug follows the title");

        field("body").sendKeys("## Tussenkop\n\nEen alinea met *nadruk*.");
        waitUntil(() -> preview().contains("<em>nadruk</em>"), "the preview follows the text");
        assertTrue(preview().contains("id=\"tussenkop\""), "rendered as visitors get it: " + preview());
        assertTrue(
                frameStylesheet().startsWith("/theme/") && frameStylesheet().endsWith("/style.css"),
                "styled by the public theme: " + frameStylesheet());

        click("save");
        waitUntil(() -> browser.getCurrentUrl().contains("article.xhtml?id="), "a new article gets its own address");
        assertTrue(text(".editor-state").contains("Concept"), text(".editor-state"));

        field("title").clear();
        click("save");
        waitUntil(
                () -> text("#article .ui-message-error").contains("Geef het artikel een titel."),
                "the message sits beside the field");

        field("title").sendKeys("Een artikel uit de browser, herzien");
        waitUntil(
                () -> "een-artikel-uit-de-browser-herzien".equals(field("slug").getDomProperty("value")),
                "the slug of a draft keeps following its title");
        click("publish");
        waitUntil(() -> text("#article").contains("Kies minstens één auteur"), "publishing needs an author");
        chooseAuthor("Anne de Vries");
        click("save");
        waitUntil(
                () -> browser.findElements(By.cssSelector("#revisions\\:lines tbody tr"))
                                .size()
                        == 2,
                "two saves, two revisions");

        click("revisions:compare");
        waitUntil(() -> !browser.findElements(By.cssSelector(".diff-view del")).isEmpty(), "a diff");
        assertTrue(text(".diff-view").contains("title: Een artikel uit de browser"), text(".diff-view"));
        assertTrue(text(".diff-view").contains("anne-de-vries"), "the author added: " + text(".diff-view"));
        assertEquals("title: Een artikel uit de browser, herzien", text(".diff-view ins"));

        click("publish");
        waitUntil(() -> text(".editor-state").contains("Gepubliceerd"), "published");
        SiteClient site = new SiteClient(base);
        String address = "/artikelen/een-artikel-uit-de-browser-herzien";
        assertTrue(
                site.page(address).title().startsWith("Een artikel uit de browser, herzien ·"),
                "the slug of a draft follows its title");

        field("title").clear();
        field("title").sendKeys("Een derde titel");
        click("save");
        waitUntil(() -> site.page(address).title().startsWith("Een derde titel ·"), "the change is public at once");
        assertEquals(
                "een-artikel-uit-de-browser-herzien",
                field("slug").getDomProperty("value"),
                "a published article keeps its address when retitled");

        browser.findElements(By.cssSelector("#revisions\\:lines tbody tr")).stream()
                .filter(row -> row.getText().startsWith("2 "))
                .findFirst()
                .orElseThrow()
                .findElement(By.tagName("button"))
                .click();
        waitUntil(
                () -> "Een artikel uit de browser, herzien"
                        .equals(field("title").getDomProperty("value")),
                "revision 2's title is back");
        assertTrue(site.page(address).title().startsWith("Een artikel uit de browser, herzien ·"));
        assertEquals(
                5,
                browser.findElements(By.cssSelector("#revisions\\:lines tbody tr"))
                        .size(),
                "the restore is a revision of its own");
    }

    @Test
    void theListAndTheDashboardShowArticlesOfEveryStatus() {
        SiteClient site = new SiteClient(base);
        Document list = admin(site, "/admin/articles.xhtml");
        assertTrue(list.select("#articles\\:rows tbody tr").size() >= 10, list.text());
        assertTrue(list.text().contains("Netwerksamenwerking"), "drafts are listed");
        assertTrue(list.select(".status-draft").size() >= 1);

        Document dashboard = admin(site, "/admin/index.xhtml");
        assertTrue(dashboard.text().contains("Wacht op beoordeling"), dashboard.text());
        assertTrue(dashboard.text().contains("Ingepland"));
        assertTrue(dashboard.text().contains("Recente wijzigingen"));

        HttpResponse<String> anonymous = site.get("/admin/articles.xhtml");
        assertFalse(
                anonymous.statusCode() == 200 && anonymous.body().contains("Netwerksamenwerking"),
                "nobody who is not logged in sees the list");
    }

    private Document admin(SiteClient site, String path) {
        logIn();
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> response = site.get(path, "Cookie", "JSESSIONID=" + session);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    /** Logs in through the login page, unless the browser's session is still logged in. */
    private void logIn() {
        browser.get(url("/admin/index.xhtml"));
        if (browser.findElements(By.id("login:email")).isEmpty()) {
            return;
        }
        browser.findElement(By.id("login:email")).sendKeys(EMAIL);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.findElements(By.id("login:email")).isEmpty());
    }

    private void chooseAuthor(String name) {
        browser.findElement(By.id("article:authors")).click();
        WebElement item = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                        "//div[@id='article:authors_panel']//li[.//label[normalize-space()='" + name + "']]")));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.findElement(By.id("article:title")).click();
    }

    private String preview() {
        browser.switchTo().frame("preview-frame");
        try {
            return browser.findElement(By.cssSelector(".prose")).getDomProperty("innerHTML");
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    private String frameStylesheet() {
        browser.switchTo().frame("preview-frame");
        try {
            return browser.findElement(By.cssSelector("link[rel=stylesheet]")).getDomAttribute("href");
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    private WebElement field(String id) {
        WebElement element = browser.findElement(By.id("article:" + id));
        return "textarea".equals(element.getTagName()) || "input".equals(element.getTagName())
                ? element
                : element.findElement(By.cssSelector("input, textarea"));
    }

    private void click(String id) {
        browser.findElement(By.id(id.contains(":") ? id : "article:" + id)).click();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            fail(what + " did not happen; page: "
                    + browser.findElement(By.tagName("body")).getText());
        }
    }

    private String url(String path) {
        String text = base.toString();
        return (text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path;
    }
}
