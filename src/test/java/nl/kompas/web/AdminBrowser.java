package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driving the admin, for the browser tests of the editors: logging in
 * through the login page, typing into an editor's fields, its live preview, its buttons and what
 * they answer. One per test class.
 */
public final class AdminBrowser implements AutoCloseable {

    public final ChromeDriver driver;
    private final Path profile;
    private String base;

    private AdminBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static AdminBrowser start() throws IOException {
        File executable = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        if (!executable.canExecute() || !new File("/usr/bin/chromium").canExecute()) {
            fail("Browser tests need Debian's Chromium and its driver: apt-get install chromium chromium-driver");
        }
        Path target = Path.of(System.getProperty("it.dir", "target"));
        Files.createDirectories(target);
        Path profile = Files.createTempDirectory(target, "chromium-profile-");
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
                "--lang=nl-NL",
                "--user-data-dir=" + profile.toAbsolutePath());
        // A Dutch editor's browser: the admin's messages from opening a page follow Accept-Language.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        // The driver is given explicitly, so Selenium Manager never looks for (or downloads) one.
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(executable)
                        .build(),
                options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new AdminBrowser(driver, profile);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    /** The site the browser works on: Arquillian gives each test class's deployment its own port. */
    AdminBrowser on(URL site) {
        String text = site.toString();
        base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        return this;
    }

    String url(String path) {
        return base + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** Logs in through the login page, unless the browser is logged in already (as anyone). */
    void logIn(String email, String password) {
        open("/admin/index.xhtml");
        if (driver.findElements(By.id("login:email")).isEmpty()) {
            return;
        }
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("login:email")).isEmpty());
    }

    /** Logs out with the header's button, if logged in. */
    void logOut() {
        open("/admin/index.xhtml");
        if (!driver.findElements(By.id("logout:submit")).isEmpty()) {
            driver.findElement(By.id("logout:submit")).click();
            waitUntil(() -> !driver.findElements(By.id("login:email")).isEmpty(), "logged out");
        }
    }

    /** The text input of a field of a form, also inside a PrimeFaces widget such as a date picker. */
    WebElement field(String form, String id) {
        WebElement element = driver.findElement(By.id(form + ":" + id));
        return "textarea".equals(element.getTagName()) || "input".equals(element.getTagName())
                ? element
                : element.findElement(By.cssSelector("input, textarea"));
    }

    void type(String form, String id, String text) {
        WebElement field = field(form, id);
        field.clear();
        field.sendKeys(text);
    }

    void click(String clientId) {
        driver.findElement(By.id(clientId)).click();
    }

    boolean exists(String clientId) {
        return !driver.findElements(By.id(clientId)).isEmpty();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Ticks the option with this label in a PrimeFaces checkbox menu, and closes the menu. */
    void choose(String form, String menu, String label) {
        driver.findElement(By.id(form + ":" + menu)).click();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[@id='" + form + ":" + menu
                        + "_panel']//li[.//label[normalize-space()='" + label + "']]")));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        driver.findElement(By.tagName("h1")).click();
    }

    /** What the preview frame shows of the text: the rendered Markdown. */
    String preview() {
        driver.switchTo().frame("preview-frame");
        try {
            return driver.findElement(By.cssSelector(".prose")).getDomProperty("innerHTML");
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /** The stylesheet the preview frame is styled by. */
    String previewStylesheet() {
        driver.switchTo().frame("preview-frame");
        try {
            return driver.findElement(By.cssSelector("link[rel=stylesheet]")).getDomAttribute("href");
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /** The session cookie, to look at an admin page as this browser's person with plain HTTP. */
    String sessionId() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(condition, what, Duration.ofSeconds(20));
    }

    void waitUntil(BooleanSupplier condition, String what, Duration patience) {
        try {
            new WebDriverWait(driver, patience).until(d -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            fail(what + " did not happen; page: "
                    + driver.findElement(By.tagName("body")).getText());
        }
    }
}
