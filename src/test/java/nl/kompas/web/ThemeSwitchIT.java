package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same site started with site.theme=noord wears the Noord theme's layout and stylesheet. */
@ExtendWith(ArquillianExtension.class)
class ThemeSwitchIT {

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-noord")
    static WebArchive deployment() {
        return SiteDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void noordThemeDrawsItsOwnHeaderAndStylesheet() {
        SiteClient site = new SiteClient(base);
        Document home = site.page("/");
        assertNotNull(home.selectFirst("header.band .wordmark"), "Noord's header band");
        assertNull(home.selectFirst(".site-header"), "not the default theme's header");
        assertEquals(
                "/zoeken",
                home.select("header.band form[role=search]").attr("action"),
                "Noord's header has the search box too");
        assertEquals(
                "Zoeken op de site",
                home.select("header.band label[for=site-search-q]").text());
        String css = site.get(home.select("link[rel=stylesheet]").attr("href")).body();
        assertTrue(css.contains("#14213d"), "Noord's palette");
        Document article = site.page("/artikelen/de-adviseur-als-verandermakelaar-deel-1");
        assertEquals("Deel 1 van 2", article.selectFirst(".series-part").text().substring(0, 12));
    }
}
