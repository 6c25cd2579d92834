package nl.kompas.web;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.kompas.SiteDeployment;
import nl.kompas.media.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * Takes the screenshots of the README's "For editors" section (docs/admin-*.png) in headless
 * Chromium, 1280×800, on the sample site. Not a test: it runs only when asked, so CI never
 * rewrites the pictures:
 *
 * <pre>mvn verify -Dit.test=EditorScreenshotsIT -Ddocs.screenshots=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "docs.screenshots", matches = "true")
class EditorScreenshotsIT {

    private static final String ADMIN = "redactie@koersvast.example";
    private static final String PASSWORD = "Redactie-Wachtwoord-2026";
    private static final Path DOCS = Path.of("docs");

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-admin")
    static WebArchive deployment() {
        return SiteDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void screenshotsOfTheAdmin() throws IOException {
        try (AdminBrowser browser = AdminBrowser.start()) {
            browser.on(base);
            // The page itself 1280×800, whatever room the headless window gives it.
            browser.driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            browser.logIn(ADMIN, PASSWORD);

            Path photo = Path.of(System.getProperty("it.dir", "target"), "teamoverleg.jpg");
            Files.write(photo, TestImages.jpeg(1200, 800));
            browser.upload(photo, "Een team in overleg aan een lange tafel");
            browser.driver.executeScript("document.querySelector('#library').scrollIntoView({block: 'start'})");
            shoot(browser, "admin-media.png");

            browser.open("/admin/articles.xhtml");
            browser.driver
                    .findElement(By.partialLinkText("verandermakelaar (deel 1)"))
                    .click();
            browser.waitUntil(() -> browser.exists("article:imageLibrary"), "the article editor");
            browser.pickImage("article", "Een team in overleg");
            browser.field("article", "body").sendKeys("\n\n## Tot slot\n\nWat neem je *morgen* mee?");
            browser.waitUntil(() -> browser.preview().contains("<em>morgen</em>"), "the preview follows the text");
            // At this width the preview sits under the Markdown: show both.
            browser.driver.executeScript("document.getElementById('article:body').scrollIntoView({block: 'start'})");
            shoot(browser, "admin-article-editor.png");

            browser.click("article:save");
            browser.waitUntil(
                    () -> browser.driver
                                    .findElements(By.cssSelector("#revisions\\:lines tbody tr"))
                                    .size()
                            >= 2,
                    "a second revision");
            browser.click("revisions:compare");
            browser.waitUntil(
                    () -> !browser.driver
                            .findElements(By.cssSelector(".diff-view ins"))
                            .isEmpty(),
                    "a diff");
            browser.driver.executeScript("document.querySelector('#revisions').scrollIntoView({block: 'start'})");
            shoot(browser, "admin-revisions.png");

            browser.open("/admin/articles.xhtml");
            shoot(browser, "admin-articles.png");
            browser.open("/admin/index.xhtml");
            shoot(browser, "admin-dashboard.png");
        }
    }

    /** A picture of the page as it is, without the growl's passing notes. */
    private static void shoot(AdminBrowser browser, String name) throws IOException {
        browser.driver.executeScript(
                "var growl = document.getElementById('admin-growl_container'); if (growl) growl.style.display = 'none';");
        Files.createDirectories(DOCS);
        Files.write(DOCS.resolve(name), browser.driver.getScreenshotAs(OutputType.BYTES));
    }
}
