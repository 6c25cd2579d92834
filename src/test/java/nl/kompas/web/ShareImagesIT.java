package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The share images the site draws: real PNGs of 1200×630 in the theme's colours, at addresses that
 * change with the title and may be cached for a year, and titles that cannot break out of the
 * JSON-LD they are written in.
 */
@ExtendWith(ArquillianExtension.class)
class ShareImagesIT {

    private static final String BASE = SharePreviewsIT.BASE;
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(ContentEdits.class);
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    private String imagePath(String page) {
        String image = SharePreviewsIT.meta(site.page(page), "og:image");
        assertTrue(image.startsWith(BASE + "/deelbeeld/"), page + " has a drawn share image: " + image);
        return image.substring(BASE.length());
    }

    private static BufferedImage png(HttpResponse<byte[]> response) throws IOException {
        assertEquals(200, response.statusCode(), response.uri().toString());
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertNotNull(image, "a PNG that ImageIO reads");
        return image;
    }

    private void retitle(String slug, String title) {
        HttpResponse<String> edit =
                site.post("/test-only/articles/" + slug, "title=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertEquals(204, edit.statusCode());
    }

    @Test
    void anArticlesImageIsA1200By630PngInTheThemesColoursCachedForAYear() throws IOException {
        String path = imagePath("/artikelen/intervisie-die-blijft-werken");
        HttpResponse<byte[]> response = site.bytes(path);

        BufferedImage image = png(response);
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(new Color(0x163a47), new Color(image.getRGB(10, 10)), "the default theme's background");
        assertEquals(new Color(0xc8553d), new Color(image.getRGB(600, 625)), "the default theme's accent");
        assertEquals(IMMUTABLE, response.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, site.bytes(path, "If-None-Match", etag).statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/cases/gemeente-lindenburg-wijkaanpak"})
    void theSitesAndACasesImagesArePngsToo(String page) throws IOException {
        HttpResponse<byte[]> response = site.bytes(imagePath(page));

        BufferedImage image = png(response);
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(IMMUTABLE, response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aNewTitleIsANewPictureAtANewAddressAndTheOldAddressLeadsThere() throws IOException {
        String slug = "projectmatig-werken-begint-bij-de-opdracht";
        String before = imagePath("/artikelen/" + slug);
        byte[] oldPicture = site.bytes(before).body();

        retitle(slug, "Projectmatig werken begint bij een heldere opdracht");

        String after = imagePath("/artikelen/" + slug);
        assertNotEquals(before, after, "the page names the new picture");
        assertTrue(after.matches("/deelbeeld/artikelen/" + slug + "-[0-9a-f]{12}\\.png"), after);
        HttpResponse<byte[]> fresh = site.bytes(after);
        png(fresh);
        assertFalse(java.util.Arrays.equals(oldPicture, fresh.body()), "the picture shows the new title");
        HttpResponse<byte[]> old = site.bytes(before);
        assertEquals(302, old.statusCode(), "the old address leads to the new picture");
        assertTrue(old.headers().firstValue("Location").orElse("").endsWith(after));
        assertEquals("no-cache", old.headers().firstValue("Cache-Control").orElse(""));

        retitle(slug, "Projectmatig werken begint bij een heldere opdracht");
        assertEquals(after, imagePath("/artikelen/" + slug), "the same title, the same address");
        assertArrayEquals(fresh.body(), site.bytes(after).body(), "and the same picture");
    }

    @Test
    void aTitleThatTriesToEndTheScriptElementStaysText() {
        String slug = "wat-blijft-er-over-als-de-gedetacheerde-vertrekt";
        String hostile = "</script><script>alert(1)</script><!-- \"quoted\" & more";
        retitle(slug, hostile);

        HttpResponse<String> response = site.get("/artikelen/" + slug);
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("<script>alert"), "the title never becomes a script element");
        Document page = Jsoup.parse(response.body());
        assertEquals(hostile, page.selectFirst("h1").text());
        List<JsonObject> data = SharePreviewsIT.jsonLd(page);
        assertEquals(1, data.size(), "the JSON-LD block is still one whole block");
        assertEquals(hostile, data.get(0).getString("headline"), "and reads back as the title");
        assertEquals(hostile, SharePreviewsIT.meta(page, "og:title"));
        assertTrue(
                page.select("script").stream().allMatch(script -> script.hasAttr("src") || script.hasAttr("type")),
                "no script element without a source or type appeared: " + page.select("script"));
        assertEquals(200, site.bytes(imagePath("/artikelen/" + slug)).statusCode(), "and its picture is drawn");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/deelbeeld/artikelen/bestaat-niet-0123456789ab.png",
                "/deelbeeld/artikelen/netwerksamenwerking-wie-trekt-de-kar-0123456789ab.png",
                "/deelbeeld/cases/bestaat-niet-0123456789ab.png",
                "/deelbeeld/artikelen/intervisie-die-blijft-werken.png",
                "/deelbeeld/artikelen/intervisie-die-blijft-werken-0123456789ab.jpg",
                "/deelbeeld/diensten/teamcoaching-0123456789ab.png",
                "/deelbeeld"
            })
    void noPictureForUnknownOrDraftItemsOrOtherAddresses(String path) {
        HttpResponse<String> response = site.get(path);

        assertEquals(404, response.statusCode(), path);
        assertFalse(response.body().contains("Exception"), path);
    }
}
