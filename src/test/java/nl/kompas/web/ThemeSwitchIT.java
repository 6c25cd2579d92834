package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same site started with site.theme=noord wears the Noord theme's layout and stylesheet, and
 * draws its share images in Noord's colours.
 */
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

    @Test
    void shareImagesAreDrawnInNoordsColours() throws IOException {
        SiteClient site = new SiteClient(base);
        String image =
                SharePreviewsIT.meta(site.page("/artikelen/de-adviseur-als-verandermakelaar-deel-1"), "og:image");
        HttpResponse<byte[]> response = site.bytes(image.substring(SharePreviewsIT.BASE.length()));

        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertEquals(new Color(0x14213d), new Color(picture.getRGB(10, 10)), "Noord's navy background");
        assertEquals(new Color(0x8ecae6), new Color(picture.getRGB(600, 625)), "Noord's sky accent");
    }

    @Test
    void theFirmsLogoInStructuredDataIsOneNoordHas() {
        SiteClient site = new SiteClient(base);
        String logo = SharePreviewsIT.jsonLd(site.page("/"))
                .get(0)
                .getJsonObject("logo")
                .getString("url");

        assertTrue(logo.endsWith("/favicon.svg"), "Noord has no logo.svg, so its favicon stands in: " + logo);
        assertEquals(
                200, site.get(logo.substring(SharePreviewsIT.BASE.length())).statusCode());
    }
}
