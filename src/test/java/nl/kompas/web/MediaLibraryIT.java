package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import nl.kompas.SiteDeployment;
import nl.kompas.account.AdminClient;
import nl.kompas.media.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media library as an editor and a visitor notice it: what may be uploaded and by whom, with
 * the message each refusal shows; one image for the same bytes; hashed URLs that browsers keep for
 * a year; scaled copies in srcset on public pages; no deleting what content uses.
 */
@ExtendWith(ArquillianExtension.class)
class MediaLibraryIT {

    private static final String EDITOR = "editor";
    private static final String CONSULTANT = "consultant";

    /** The admin of the "payara-micro-admin" container (arquillian.xml): uploads need a login. */
    private static final String ADMIN_EMAIL = "redactie@koersvast.example";

    private static final String ADMIN_PASSWORD = "Redactie-Wachtwoord-2026";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-admin")
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(MediaActions.class);
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** What the test servlet answered: its status and its key=value lines. */
    record Answer(int status, Map<String, String> fields) {
        String get(String key) {
            return fields.get(key);
        }
    }

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    @Test
    void theTypeIsTheContentsNotTheFileName() {
        Answer png = upload("vakantie.jpg", TestImages.png(320, 200), EDITOR);
        assertEquals(200, png.status(), png.fields().toString());
        assertTrue(png.get("url").matches("/media/vakantie-[0-9a-f]{16}\\.png"), png.get("url"));
        HttpResponse<byte[]> served = bytes(png.get("url"));
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());

        Answer text = upload("foto.png", "Dit is geen afbeelding.".getBytes(StandardCharsets.UTF_8), EDITOR);
        assertRefused(text, "FILE", "media.file.not-an-image", "Dit bestand is geen JPEG-, PNG- of WebP-afbeelding.");

        Answer truncated = upload("half.jpg", TestImages.truncated(TestImages.jpeg(800, 600)), EDITOR);
        assertRefused(truncated, "FILE", "media.file.unreadable", "beschadigd of onvolledig");

        Answer bomb = upload("bom.png", TestImages.decompressionBomb(), EDITOR);
        assertRefused(bomb, "FILE", "media.file.too-many-pixels", "100.000 × 100.000 pixels");
    }

    @Test
    void aFileOverTheLimitGetsAMessageAtTheFileField() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        new Random(1).nextBytes(large);
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        assertRefused(upload("groot.jpg", large, EDITOR), "FILE", "media.file.too-large", "groter dan 10 MB");
    }

    @Test
    void altTextIsRequiredAtUploadAndWhenChanged() {
        Answer missing = post("/test-only/media/upload?file=a.jpg&alt=%20&roles=editor", TestImages.jpeg(50, 40));
        assertRefused(missing, "ALT", "media.alt.required", "Geef een alt-tekst");

        Answer image = upload("zonder-alt.jpg", TestImages.jpeg(51, 40), EDITOR);
        Answer cleared = post("/test-only/media/alt?roles=editor&alt=&url=" + encode(image.get("url")), new byte[0]);
        assertRefused(cleared, "ALT", "media.alt.required", "Geef een alt-tekst");
        assertEquals("Een testafbeelding", find(image.get("url")).get("alt"), "the old alt text stays");
    }

    @Test
    void theSameBytesAreStoredOnce() {
        byte[] photo = TestImages.jpeg(640, 480);
        Answer first = upload("eerste.jpg", photo, EDITOR);
        Answer again = upload("tweede-naam.jpg", photo, CONSULTANT);
        assertEquals(first.get("id"), again.get("id"));
        assertEquals(first.get("url"), again.get("url"));
        long listed = site.get("/test-only/media/list")
                .body()
                .lines()
                .filter(first.get("url")::equals)
                .count();
        assertEquals(1, listed);
    }

    @Test
    void filesAreServedUnderTheirHashForAYearWithA304() {
        byte[] photo = TestImages.jpeg(1000, 500);
        Answer image = upload("cache.jpg", photo, EDITOR);
        for (String url : List.of(image.get("url"), scaled(image.get("url"), 480, "jpg"))) {
            HttpResponse<byte[]> first = bytes(url);
            assertEquals(200, first.statusCode(), url);
            assertEquals(
                    "public, max-age=31536000, immutable",
                    first.headers().firstValue("Cache-Control").orElseThrow());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(etag.matches("\"[0-9a-f]{16}(-480w)?\""), "a strong ETag: " + etag);
            assertTrue(first.headers().allValues("Set-Cookie").isEmpty());

            HttpResponse<byte[]> again = bytes(url, "If-None-Match", etag);
            assertEquals(304, again.statusCode());
            assertEquals(0, again.body().length);
            assertEquals(200, bytes(url, "If-None-Match", "\"ander\"").statusCode());
        }
        assertArrayEquals(photo, bytes(image.get("url")).body(), "the upload itself, byte for byte");
        String hash = image.get("url").replaceAll(".*-([0-9a-f]{16})\\.jpg", "$1");
        assertEquals(404, bytes("/media/cache-" + hash + "-1600w.jpg").statusCode(), "no copy wider than 1000");
        assertEquals(404, bytes("/media/anders-" + hash + ".jpg").statusCode(), "only the image's own name");
        assertEquals(404, bytes("/media/cache-0000000000000000.jpg").statusCode());
        assertEquals(200, bytes("/media/leercyclus.svg").statusCode(), "the content folder's media still work");
    }

    @Test
    void copiesAreMadeAtEachWidthBelowTheImagesOwnAndNeverLarger() throws IOException {
        Answer wide = upload("breed.jpg", TestImages.jpeg(2000, 1000), EDITOR);
        for (int width : List.of(240, 480, 960, 1600)) {
            BufferedImage copy = image(scaled(wide.get("url"), width, "jpg"));
            assertEquals(width, copy.getWidth());
            assertEquals(width / 2, copy.getHeight());
        }

        Answer webp = upload("landschap.webp", TestImages.webp(), EDITOR);
        assertEquals("image/webp", webp.get("type"));
        assertEquals("1200", webp.get("width"));
        assertEquals(960, image(scaled(webp.get("url"), 960, "jpg")).getWidth(), "WebP copies are JPEGs");
        assertEquals(404, bytes(scaled(webp.get("url"), 1600, "jpg")).statusCode(), "never scaled up");

        Answer small = upload("klein.webp", TestImages.transparentWebp(), EDITOR);
        assertEquals(small.get("url"), small.get("thumbnail"), "an image of 64 pixels has no copies");

        Answer upright = upload("staand.jpg", TestImages.jpegWithOrientation(600, 400, 6), EDITOR);
        assertEquals("400", upright.get("width"), "a phone's upright photo is as wide as it is shown");
        BufferedImage copy = image(scaled(upright.get("url"), 240, "jpg"));
        assertEquals(360, copy.getHeight(), "and its copies are turned");
    }

    @Test
    void publicPagesShowLibraryImagesWithSrcsetAndTheirSize() {
        Answer image = upload("lead.jpg", TestImages.jpeg(2400, 1200), EDITOR);
        String url = image.get("url");
        use("article:intervisie-die-blijft-werken", url);
        use("consultant:ilse-bakker", url);
        try {
            Document article = site.page("/artikelen/intervisie-die-blijft-werken");
            Element lead = article.selectFirst("figure.lead-image img");
            assertNotNull(lead, "the article shows its image");
            assertEquals(scaled(url, 960, "jpg"), lead.attr("src"));
            assertEquals("960", lead.attr("width"));
            assertEquals("480", lead.attr("height"));
            assertFalse(lead.attr("sizes").isBlank());
            assertEquals("Een afbeelding bij het artikel", lead.attr("alt"));
            List<String> candidates = List.of(lead.attr("srcset").split(",\\s*"));
            assertEquals(
                    List.of(
                            scaled(url, 240, "jpg") + " 240w",
                            scaled(url, 480, "jpg") + " 480w",
                            scaled(url, 960, "jpg") + " 960w",
                            scaled(url, 1600, "jpg") + " 1600w"),
                    candidates);
            for (String candidate : candidates) {
                assertEquals(200, bytes(candidate.split(" ")[0]).statusCode(), candidate);
            }
            HttpResponse<String> page = site.get("/artikelen/intervisie-die-blijft-werken");
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "still no session");
            assertTrue(PublicPagesIT.runsNoScriptButOurs(article), "still no script but ours");

            Element card = site.page("/artikelen")
                    .selectFirst("a[href=/artikelen/intervisie-die-blijft-werken]")
                    .closest("article");
            Element cardImage = card.selectFirst("img.card-image");
            assertNotNull(cardImage, "the article's card shows it too");
            assertTrue(cardImage.attr("srcset").contains(scaled(url, 480, "jpg") + " 480w"));
            assertTrue(cardImage.hasAttr("alt"), "a decorative image has an empty alt");
            assertEquals("", cardImage.attr("alt"), "the card's title says what it is");

            Element portrait = site.page("/consultants/ilse-bakker").selectFirst("img.portrait");
            assertEquals("160", portrait.attr("width"));
            assertEquals("160", portrait.attr("height"));
            assertEquals("160px", portrait.attr("sizes"));
            assertTrue(portrait.attr("srcset").contains(scaled(url, 240, "jpg") + " 240w"));
        } finally {
            unuse("article:intervisie-die-blijft-werken", url);
            unuse("consultant:ilse-bakker", url);
        }
        Element plain = site.page("/artikelen/leren-van-je-eigen-praktijk").selectFirst("figure.lead-image img");
        assertEquals("/media/leercyclus.svg", plain.attr("src"), "a content folder image stays a plain img");
        assertFalse(plain.hasAttr("srcset"));
        assertFalse(plain.hasAttr("width"), "of a size the page does not know");
        Element plainCard = site.page("/artikelen")
                .selectFirst("a[href=/artikelen/leren-van-je-eigen-praktijk]")
                .closest("article")
                .selectFirst("img.card-image");
        assertEquals("/media/leercyclus.svg", plainCard.attr("src"));
        assertTrue(plainCard.hasAttr("alt"), "a decorative image has an empty alt");
    }

    @Test
    void anImageInUseCannotBeDeletedAndTheMessageSaysWhere() {
        Answer image = upload("in-gebruik.jpg", TestImages.jpeg(300, 300), EDITOR);
        String url = image.get("url");
        String copy = scaled(url, 240, "jpg");
        use("article:projectmatig-werken-begint-bij-de-opdracht", url);
        use("case:bitwerf-projectmatig-werken", copy);
        use("service:teamcoaching", "https://www.koersvast.example" + url);
        use("consultant:bram-jansen", url);
        use("article-body:wat-blijft-er-over-als-de-gedetacheerde-vertrekt", copy);

        Answer refused = delete(url, EDITOR);
        assertRefused(
                refused,
                "NONE",
                "media.delete.in-use",
                "Gebruikt door: artikel ‘Projectmatig werken begint bij een scherpe opdracht’,"
                        + " artikel ‘Wat blijft er over als de gedetacheerde vertrekt?’,"
                        + " case ‘Bitwerf Software: implementaties die wél op tijd landen’,"
                        + " dienst ‘Teamcoaching’, consultant ‘Bram Jansen’.");
        assertEquals(200, bytes(url).statusCode(), "still there");

        unuse("article:projectmatig-werken-begint-bij-de-opdracht", url);
        unuse("case:bitwerf-projectmatig-werken", copy);
        unuse("service:teamcoaching", "https://www.koersvast.example" + url);
        unuse("article-body:wat-blijft-er-over-als-de-gedetacheerde-vertrekt", copy);
        assertRefused(delete(url, EDITOR), "NONE", "media.delete.in-use", "Gebruikt door: consultant ‘Bram Jansen’.");

        unuse("consultant:bram-jansen", url);
        Answer deleted = delete(url, EDITOR);
        assertEquals("true", deleted.get("deleted"), deleted.fields().toString());
        assertEquals(404, bytes(url).statusCode(), "gone");
        assertEquals(404, bytes(copy).statusCode(), "with its copies");
        assertFalse(site.get("/test-only/media/list").body().contains(url));
    }

    @Test
    void rolesDecideWhoMayUploadDescribeAndDelete() {
        assertRefused(
                post("/test-only/media/upload?file=a.jpg&alt=x&roles=", TestImages.jpeg(60, 40)),
                "NONE",
                "media.not-allowed",
                "Dat mag u niet");

        Answer own = post(
                "/test-only/media/upload?file=eigen.jpg&alt=Mijn+foto&roles=consultant&account=7",
                TestImages.jpeg(61, 40));
        assertEquals(200, own.status(), own.fields().toString());
        Answer others = upload("van-een-ander.jpg", TestImages.jpeg(62, 40), EDITOR);

        assertEquals(
                200, alt(own.get("url"), "Mijn nieuwe foto", "consultant", 7).status(), "a consultant's own image");
        assertRefused(
                alt(others.get("url"), "Niet van mij", "consultant", 7), "NONE", "media.not-allowed", "Dat mag u niet");
        assertEquals(200, alt(own.get("url"), "Door de redactie", "editor", 2).status(), "an editor changes any");
        assertEquals("Door de redactie", find(own.get("url")).get("alt"));

        assertRefused(delete(own.get("url"), CONSULTANT), "NONE", "media.not-allowed", "Dat mag u niet");
        assertEquals("true", delete(own.get("url"), "admin").get("deleted"), "an admin deletes");
        assertEquals("true", delete(others.get("url"), EDITOR).get("deleted"), "an editor deletes");
    }

    @Test
    void theImagePickerFindsAnImageByAnyOfItsUrls() {
        Answer image = upload("kiezen.png", TestImages.png(500, 250), EDITOR);
        assertEquals(image.get("id"), find(image.get("url")).get("id"));
        assertEquals(image.get("id"), find(scaled(image.get("url"), 240, "png")).get("id"));
        assertEquals(
                image.get("id"),
                find("https://www.koersvast.example" + image.get("url")).get("id"));
        assertEquals(
                404,
                site.get("/test-only/media/find?url=" + encode("/media/leercyclus.svg"))
                        .statusCode());
        assertTrue(site.get("/test-only/media/list").body().lines().anyMatch(image.get("url")::equals));
    }

    /** An export writes each image as media/{public name}; an import of that file gives the same URL. */
    @Test
    void anExportedFileIsImportedUnderTheSameUrl() {
        byte[] photo = TestImages.jpeg(700, 350);
        Answer image = upload("Team overleg.jpg", photo, EDITOR);
        String fileName = image.get("file");
        assertEquals(image.get("url"), "/media/" + fileName);
        byte[] exported = bytes(image.get("url")).body();
        assertEquals("true", delete(image.get("url"), EDITOR).get("deleted"));

        Answer imported = post("/test-only/media/import?file=" + encode(fileName) + "&alt=", exported);
        assertEquals(image.get("url"), imported.get("url"));
        assertEquals("team overleg", imported.get("alt"), "the file name stands in for missing alt text");
        assertEquals(200, bytes(scaled(imported.get("url"), 480, "jpg")).statusCode(), "with its copies");

        Answer renamed = post("/test-only/media/import?file=hernoemd.jpg&alt=Iets", TestImages.jpeg(701, 350));
        assertTrue(renamed.get("url").matches("/media/hernoemd-[0-9a-f]{16}\\.jpg"), renamed.get("url"));
    }

    @Test
    void uploadsTooLargeOfUnknownLengthOrMalformedGetA4xxNotA500() throws Exception {
        AdminClient admin = new AdminClient(base);
        assertEquals(302, admin.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).status(), "logged in");
        String session = "JSESSIONID=" + admin.sessionId();
        String boundary = "----kompas";
        byte[] tooLarge = multipart(boundary, new byte[12 * 1024 * 1024]);
        HttpResponse<String> large = http.send(
                HttpRequest.newBuilder(uri("/admin/media.xhtml"))
                        .header("Cookie", session)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, large.statusCode());
        assertTrue(large.body().contains("groter dan 10 MB"), large.body());

        HttpResponse<String> broken = http.send(
                HttpRequest.newBuilder(uri("/admin/media.xhtml"))
                        .header("Cookie", session)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-da"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("onvolledig of beschadigd"), broken.body());

        HttpResponse<String> chunked = http.send(
                HttpRequest.newBuilder(uri("/admin/media.xhtml"))
                        .header("Cookie", session)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(multipart(boundary, new byte[100]))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(411, chunked.statusCode());
    }

    private static byte[] multipart(String boundary, byte[] file) {
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"x.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return body;
    }

    private Answer upload(String fileName, byte[] bytes, String roles) {
        return post(
                "/test-only/media/upload?file=" + encode(fileName) + "&alt=" + encode("Een testafbeelding") + "&roles="
                        + roles,
                bytes);
    }

    private Answer alt(String url, String alt, String roles, long account) {
        return post(
                "/test-only/media/alt?url=" + encode(url) + "&alt=" + encode(alt) + "&roles=" + roles + "&account="
                        + account,
                new byte[0]);
    }

    private Answer delete(String url, String roles) {
        return post("/test-only/media/delete?url=" + encode(url) + "&roles=" + roles, new byte[0]);
    }

    private Answer find(String url) {
        return answer(site.get("/test-only/media/find?url=" + encode(url)));
    }

    private void use(String in, String url) {
        assertEquals(
                200,
                post("/test-only/media/use?in=" + in + "&url=" + encode(url), new byte[0])
                        .status());
    }

    private void unuse(String in, String url) {
        assertEquals(
                200,
                post("/test-only/media/unuse?in=" + in + "&url=" + encode(url), new byte[0])
                        .status());
    }

    private static void assertRefused(Answer answer, String field, String key, String messagePart) {
        assertEquals(422, answer.status(), answer.fields().toString());
        assertEquals(field, answer.get("field"));
        assertEquals(key, answer.get("key"));
        assertTrue(answer.get("message").contains(messagePart), answer.get("message"));
    }

    /** The URL of the copy of the given width: "/media/x-hash.jpg" gives "/media/x-hash-480w.jpg". */
    private static String scaled(String url, int width, String extension) {
        return url.substring(0, url.lastIndexOf('.')) + "-" + width + "w." + extension;
    }

    private BufferedImage image(String url) throws IOException {
        HttpResponse<byte[]> response = bytes(url);
        assertEquals(200, response.statusCode(), url);
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    private Answer post(String path, byte[] body) {
        try {
            return answer(http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/octet-stream")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        Map<String, String> fields = new HashMap<>();
        response.body()
                .lines()
                .filter(line -> line.contains("="))
                .forEach(line ->
                        fields.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return new Answer(response.statusCode(), fields);
    }

    private HttpResponse<byte[]> bytes(String path) {
        return bytes(path, "Accept", "*/*");
    }

    private HttpResponse<byte[]> bytes(String path, String header, String value) {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header(header, value)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private URI uri(String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
