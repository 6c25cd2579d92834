package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public site in a real browser: Debian's headless Chromium, driven through its own
 * chromedriver. Checks what a visitor notices and plain HTTP cannot show: layout on a phone,
 * visible keyboard focus, that the browser fetches nothing from elsewhere and keeps no cookie, that
 * no page breaks its Content-Security-Policy, and that the share row's copy button works.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String INSTALL_HINT =
            "Browser tests need Debian's Chromium and its driver: apt-get install chromium chromium-driver";
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 900;

    private static ChromeDriver browser;
    private static Path profile;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteDeployment.war();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        String driverPath = System.getProperty("webdriver.chrome.driver");
        if (driverPath == null || driverPath.isBlank()) {
            fail("System property webdriver.chrome.driver is not set (failsafe sets it to /usr/bin/chromedriver). "
                    + INSTALL_HINT);
        }
        File driver = new File(driverPath);
        if (!driver.canExecute()) {
            fail("No chromedriver at " + driverPath + ". " + INSTALL_HINT);
        }
        if (!new File(CHROMIUM).canExecute()) {
            fail("No Chromium at " + CHROMIUM + ". " + INSTALL_HINT);
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
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT,
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver is given explicitly, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Runs before any page's own code and outside its Content-Security-Policy: every
        // violation the policy reports on a page is collected in window.cspViolations.
        browser.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.cspViolations = [];"
                                + "document.addEventListener('securitypolicyviolation', e =>"
                                + " window.cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI));"));
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
    void onAPhoneEveryPageFitsTheScreenAndTheNavigationIsReachable() {
        List<Executable> checks = new ArrayList<>();
        for (String path : PublicPagesIT.PUBLIC_PAGES) {
            open(path);
            viewport(PHONE_WIDTH, PHONE_HEIGHT);
            long scrollWidth = number("return document.documentElement.scrollWidth");
            long innerWidth = number("return window.innerWidth");
            String tooWide = scrollWidth > innerWidth ? widestElements() : "";
            checks.add(() -> assertTrue(
                    scrollWidth <= innerWidth,
                    path + " on a " + innerWidth + "px wide phone is " + scrollWidth
                            + "px wide: the visitor has to scroll sideways. Wider than the screen: " + tooWide));

            List<WebElement> navLinks = browser.findElements(By.cssSelector("header nav a"));
            checks.add(() -> assertFalse(navLinks.isEmpty(), path + " on a phone shows no main navigation"));
            for (WebElement link : navLinks) {
                String text = link.getText();
                boolean shown = link.isDisplayed();
                @SuppressWarnings("unchecked")
                Map<String, Number> box = (Map<String, Number>) js(
                        "const r = arguments[0].getBoundingClientRect();"
                                + "return {left: r.left, right: r.right, width: r.width, height: r.height};",
                        link);
                boolean onScreen = box.get("left").doubleValue() >= 0
                        && box.get("right").doubleValue() <= innerWidth
                        && box.get("width").doubleValue() > 0
                        && box.get("height").doubleValue() > 0;
                checks.add(() -> assertTrue(
                        shown && onScreen,
                        path + " on a phone: the navigation link '" + text + "' is "
                                + (shown ? "off screen " + box : "hidden")));
            }
        }
        assertAll(checks);
    }

    @Test
    void keyboardFocusIsVisibleAndTheSkipLinkLeadsToTheContent() {
        List<Executable> checks = new ArrayList<>();
        for (String path : PublicPagesIT.PUBLIC_PAGES) {
            open(path);
            viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);

            tab();
            @SuppressWarnings("unchecked")
            Map<String, Object> skip = (Map<String, Object>) js("const e = document.activeElement;"
                    + "const r = e.getBoundingClientRect(); const s = getComputedStyle(e);"
                    + "return {skip: e.classList.contains('skip-link'), what: e.outerHTML.replace(/\\s+/g, ' ').substring(0, 80),"
                    + " left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width,"
                    + " height: r.height, clip: s.clipPath, visibility: s.visibility, opacity: s.opacity,"
                    + " innerWidth: innerWidth, innerHeight: innerHeight};");
            checks.add(() -> assertEquals(
                    true,
                    skip.get("skip"),
                    path + ": the first Tab should focus the skip link, but focuses " + skip.get("what")));
            checks.add(() -> assertTrue(
                    readable(skip),
                    path + ": the focused skip link is not visible on screen (too small, clipped or off screen): "
                            + skip));

            new Actions(browser).sendKeys(Keys.ENTER).perform();
            String focused = waitForFocus("MAIN");
            checks.add(() -> assertEquals(
                    "MAIN",
                    focused,
                    path + ": following the skip link should move focus to the page content (<main>), but focus is on "
                            + focused));

            // From <main>, Tab goes to the first link of the content; from the top, the second Tab to
            // the first link of the header.
            tab();
            String contentRing = focusRing();
            checks.add(() -> assertTrue(
                    contentRing.startsWith("visible"),
                    path + ": the first link of the content gets no visible focus ring when tabbed to: "
                            + contentRing));
            open(path);
            tab();
            tab();
            String headerRing = focusRing();
            checks.add(() -> assertTrue(
                    headerRing.startsWith("visible"),
                    path + ": the first header link gets no visible focus ring when tabbed to: " + headerRing));
        }
        assertAll(checks);
    }

    @Test
    void noPageLoadsAnythingFromElsewhereRunsAScriptOfOthersOrLogsAnError() {
        browser.manage().logs().get(LogType.BROWSER); // start with an empty console
        List<Executable> checks = new ArrayList<>();
        for (String path : PublicPagesIT.PUBLIC_PAGES) {
            open(path);
            String origin = (String) js("return location.origin");
            @SuppressWarnings("unchecked")
            List<List<String>> fetched = (List<List<String>>) js("return performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource')).map(e => e.name).filter((url, i, all) => all.indexOf(url) === i)"
                    + ".map(url => [url, new URL(url).origin])");
            checks.add(() -> assertTrue(fetched.size() > 1, path + " loads no stylesheet at all: " + fetched));
            for (List<String> entry : fetched) {
                checks.add(() -> assertEquals(
                        origin,
                        entry.get(1),
                        path + " makes the visitor's browser fetch " + entry.get(0) + " from another host"));
            }
            @SuppressWarnings("unchecked")
            List<String> scripts = (List<String>) js("return [...document.scripts]"
                    + ".filter(s => s.type !== 'application/ld+json').map(s => s.src || s.outerHTML)");
            for (String script : scripts) {
                checks.add(() -> assertTrue(
                        script.startsWith(origin + "/theme/") && script.endsWith("/copy-link.js"),
                        path + " runs a script that is not our own copy-link script: " + script));
            }
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) js("return window.cspViolations");
            checks.add(() -> assertEquals(
                    List.of(), violations, path + " breaks its own Content-Security-Policy (JSON-LD, our script)"));
            List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    .toList();
            checks.add(() -> assertTrue(errors.isEmpty(), path + " shows errors in the browser console: " + errors));
        }
        assertAll(checks);
    }

    /**
     * Through localhost: browsers offer the Clipboard API only in a secure context (HTTPS, or
     * localhost), and the site runs on plain HTTP here. Elsewhere on plain HTTP the button stays
     * hidden, as it does without script.
     */
    @Test
    void theCopyButtonCopiesThePagesAddress() {
        String path = "/artikelen/de-adviseur-als-verandermakelaar-deel-2";
        browser.get(URI.create(base.toString().replace("//" + base.getHost() + ":", "//localhost:"))
                .resolve(path)
                .toString());
        viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        String origin = (String) js("return location.origin");
        browser.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of("origin", origin, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement button = browser.findElement(By.cssSelector(".share [data-copy-link] button"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> button.isDisplayed());
        String address = button.getAttribute("data-url");

        button.click();

        WebElement status = browser.findElement(By.cssSelector(".share [data-copy-link] [role=status]"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> !status.getText().isBlank());
        assertEquals("Link gekopieerd", status.getText(), "the visitor is told the link was copied");
        Object copied = ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, e => done('unreadable: ' + e));");
        assertEquals(address, copied, "the clipboard holds the page's address");
        assertEquals(PublicPagesIT.BASE + path, address);
    }

    @Test
    void withoutScriptTheCopyButtonIsNotShownAndTheOtherShareLinksRemain() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("/artikelen/de-adviseur-als-verandermakelaar-deel-2");
            assertFalse(browser.findElement(By.cssSelector(".share [data-copy-link] button"))
                    .isDisplayed());
            assertTrue(browser.findElement(By.cssSelector(".share a.share-linkedin"))
                    .isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void browsingThePublicPagesLeavesNoCookie() {
        for (String path : PublicPagesIT.PUBLIC_PAGES) {
            open(path);
        }
        assertEquals(
                List.of(),
                List.copyOf(browser.manage().getCookies()),
                "after browsing the public pages the visitor's browser holds cookies from the site");
    }

    @Test
    void onADesktopAnArticleShowsItsBylineAndSeries() {
        String path = "/artikelen/de-adviseur-als-verandermakelaar-deel-2";
        open(path);
        viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        assertAll(
                () -> assertTrue(
                        browser.findElement(By.cssSelector(".byline")).isDisplayed(),
                        path + " on a desktop does not show who wrote the article (.byline hidden)"),
                () -> assertTrue(
                        browser.findElement(By.cssSelector(".series")).isDisplayed(),
                        path + " on a desktop does not show the series box (.series hidden)"));
    }

    private void open(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        browser.get(URI.create(root).resolve(path).toString());
    }

    /** Sizes the window so the page itself gets width x height CSS pixels. */
    private static void viewport(int width, int height) {
        for (int attempt = 0; attempt < 3; attempt++) {
            long innerWidth = number("return window.innerWidth");
            long innerHeight = number("return window.innerHeight");
            if (innerWidth == width && innerHeight == height) {
                return;
            }
            Dimension outer = browser.manage().window().getSize();
            browser.manage().window().setSize(new Dimension((int) (outer.getWidth() + width - innerWidth), (int)
                    (outer.getHeight() + height - innerHeight)));
        }
        assertEquals(width, number("return window.innerWidth"), "the browser window could not be sized");
    }

    private static void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    private static String waitForFocus(String tagName) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(2)).until(driver -> {
                String tag = (String) js("return document.activeElement.tagName");
                return tag.equals(tagName) ? tag : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            return (String) js("return document.activeElement.outerHTML.replace(/\\s+/g, ' ').substring(0, 80)");
        }
    }

    /**
     * Describes the ring around the focused element: "visible ..." when it, or a pseudo-element
     * drawn over it, has an outline, or a box-shadow it lacks without focus.
     */
    private static String focusRing() {
        return (String) js("const e = document.activeElement;"
                + "if (!e || e === document.body) return 'nothing is focused';"
                + "const what = e.outerHTML.replace(/\\s+/g, ' ').substring(0, 80);"
                + "const looks = [null, '::before', '::after'].map(p => {"
                + "  const s = getComputedStyle(e, p);"
                + "  return {outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0"
                + "      ? s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor : null,"
                + "    shadow: s.boxShadow};"
                + "});"
                + "e.blur();"
                + "const unfocused = [null, '::before', '::after'].map(p => getComputedStyle(e, p).boxShadow);"
                + "for (let i = 0; i < looks.length; i++) {"
                + "  if (looks[i].outline) return 'visible outline ' + looks[i].outline + ' on ' + what;"
                + "  if (looks[i].shadow !== 'none' && looks[i].shadow !== unfocused[i])"
                + "    return 'visible box-shadow ' + looks[i].shadow + ' on ' + what;"
                + "}"
                + "return 'no outline or box-shadow on ' + what;");
    }

    private static boolean readable(Map<String, Object> box) {
        double width = ((Number) box.get("width")).doubleValue();
        double height = ((Number) box.get("height")).doubleValue();
        return width >= 20
                && height >= 10
                && ((Number) box.get("left")).doubleValue() >= 0
                && ((Number) box.get("top")).doubleValue() >= 0
                && ((Number) box.get("right")).doubleValue() <= ((Number) box.get("innerWidth")).doubleValue()
                && ((Number) box.get("bottom")).doubleValue() <= ((Number) box.get("innerHeight")).doubleValue()
                && "none".equals(box.get("clip"))
                && "visible".equals(box.get("visibility"))
                && !"0".equals(box.get("opacity"));
    }

    /** The innermost elements that stick out past the right edge of the screen, for the message. */
    private static String widestElements() {
        return (String) js("const w = window.innerWidth; const out = [];"
                + "for (const e of document.body.querySelectorAll('*')) {"
                + "  const r = e.getBoundingClientRect();"
                + "  if (r.right <= w + 0.5 || r.width === 0) continue;"
                + "  const inner = [...e.children].some(c => c.getBoundingClientRect().right > w + 0.5);"
                + "  if (inner) continue;"
                + "  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "    + (e.classList.length ? '.' + [...e.classList].join('.') : '')"
                + "    + ' (right edge at ' + Math.round(r.right) + 'px)');"
                + "}"
                + "return out.slice(0, 5).join(', ') || 'none found';");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static long number(String script) {
        return ((Number) js(script)).longValue();
    }
}
