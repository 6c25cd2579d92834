package nl.kompas.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first admin of a fresh installation, in a real browser (Debian's headless Chromium, started
 * as BrowserIT starts it): the setup, a mistyped password, logging in, PrimeFaces at work under the
 * admin's Content-Security-Policy, and logging out. The site runs with an http address (see
 * arquillian.xml), as the browser reaches it over plain HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class AdminBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String INSTALL_HINT =
            "Browser tests need Debian's Chromium and its driver: apt-get install chromium chromium-driver";
    private static final String EMAIL = "eerste@koersvast.example";
    private static final String PASSWORD = "een lange zin als wachtwoord";

    private static ChromeDriver browser;
    private static Path profile;

    /** On a site whose address is https the browser would refuse the Secure session cookie over plain HTTP. */
    @Deployment(testable = false)
    @TargetsContainer("payara-micro-plain-http")
    static WebArchive deployment() {
        return SiteDeployment.war();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        String driverPath = System.getProperty("webdriver.chrome.driver");
        if (driverPath == null || !new File(driverPath).canExecute() || !new File(CHROMIUM).canExecute()) {
            fail("No chromedriver at " + driverPath + " or no Chromium at " + CHROMIUM + ". " + INSTALL_HINT);
        }
        Path target = Path.of(System.getProperty("it.dir", "target"));
        Files.createDirectories(target);
        profile = Files.createTempDirectory(target, "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
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
                "--window-size=1280,900",
                "--lang=nl-NL",
                "--user-data-dir=" + profile.toAbsolutePath());
        // A Dutch person's browser: the admin speaks the language the browser prefers (AdminLanguage).
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver is given explicitly, so Selenium Manager never looks for (or downloads) one.
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(driverPath))
                        .build(),
                options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void theFirstAdminSetsUpLogsInManagesUsersAndLogsOut() {
        open("/admin");
        assertEquals(
                "Eerste beheerder",
                browser.findElement(By.tagName("h1")).getText(),
                "the admin asks for its first admin");
        type("setup:email", EMAIL);
        type("setup:name", "Eerste Beheerder");
        type("setup:password", PASSWORD);
        type("setup:passwordAgain", PASSWORD);
        submit("setup:submit");

        assertEquals("Inloggen", browser.findElement(By.tagName("h1")).getText());
        assertEquals(
                "Het beheerdersaccount is aangemaakt. Log nu in.",
                browser.findElement(By.cssSelector(".entrance-messages")).getText());

        logIn(EMAIL, "een verkeerd wachtwoord");
        WebElement problem = browser.findElement(By.cssSelector(".entrance-messages"));
        assertTrue(problem.isDisplayed());
        assertEquals("Het e-mailadres of het wachtwoord klopt niet.", problem.getText());

        logIn(EMAIL, PASSWORD);
        assertEquals(
                "Eerste Beheerder",
                browser.findElement(By.cssSelector(".admin-user")).getText());

        browser.manage().logs().get(LogType.BROWSER); // from here on the console must stay clean
        browser.findElement(By.cssSelector(".admin-nav a[href='/admin/users.xhtml']"))
                .click();
        type("create:email", "redacteur@koersvast.example");
        type("create:name", "Rita Redacteur");
        type("create:password", PASSWORD);
        browser.findElement(By.cssSelector("label[for='create:roles:1']")).click();
        browser.findElement(By.id("create:submit")).click();
        // PrimeFaces draws the growl with script: it shows only if the policy lets its scripts run.
        WebElement growl = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains("Het account redacteur@koersvast.example is aangemaakt."), growl.getText());
        assertTrue(
                browser.findElement(By.id("accounts")).getText().contains("Rita Redacteur"),
                "the table lists the new account");
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertEquals(List.of(), errors, "the admin's pages run without errors (a refused script shows here)");

        submit("logout:submit");
        assertEquals(
                "Je bent uitgelogd.",
                browser.findElement(By.cssSelector(".entrance-messages")).getText());
        open("/admin/users.xhtml");
        assertEquals("Inloggen", browser.findElement(By.tagName("h1")).getText(), "logged out for real");
    }

    private void logIn(String email, String password) {
        type("login:email", email);
        type("login:password", password);
        submit("login:submit");
    }

    /**
     * Sends a form and waits for the answer's page: until it arrives, the page that was sent is
     * still there, and its heading or messages would be read (or go stale while they are).
     */
    private static void submit(String buttonId) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(buttonId)).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void open(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        browser.get(URI.create(root).resolve(path.substring(1)).toString());
    }
}
