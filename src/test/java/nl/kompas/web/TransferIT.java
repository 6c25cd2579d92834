package nl.kompas.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import nl.kompas.SiteDeployment;
import nl.kompas.content.ContentFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Export and import as an admin uses them, on two sites: the sample site, and an empty one with
 * its own database and an empty content folder. An export of the sample site imported into the
 * empty one gives the same site: the same export, byte for byte, and the same public pages. An
 * import shows what it adds and changes before it writes, refuses broken files, unsafe and
 * oversized zips with a message, and is for admins only.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransferIT {

    @Deployment(name = "site", testable = false)
    static WebArchive site() {
        return SiteDeployment.war().addClasses(TransferProbe.class, AuditProbe.class);
    }

    @Deployment(name = "empty", testable = false)
    @TargetsContainer("payara-micro-empty-site")
    static WebArchive emptySite() throws IOException {
        // The folder outlives a test run; images from an earlier import must not be there.
        Path folder = Path.of(System.getProperty("it.dir", "target"), "empty-site");
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
        return SiteDeployment.war().addClass(TransferProbe.class);
    }

    @ArquillianResource
    @OperateOnDeployment("site")
    URL siteUrl;

    @ArquillianResource
    @OperateOnDeployment("empty")
    URL emptyUrl;

    SiteClient site;
    SiteClient empty;

    @BeforeEach
    void connect() {
        site = new SiteClient(siteUrl);
        empty = new SiteClient(emptyUrl);
    }

    /**
     * Last, so that the site it copies also holds what the other tests imported: a media library
     * image, an article in review and a scheduled one.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void anExportImportedIntoAnEmptySiteGivesTheSameSite() {
        byte[] export = export(site);
        Map<String, byte[]> files = unzip(export);
        assertTrue(files.containsKey("articles/concept-met-eigen-categorie.md"), "a draft article is exported");
        assertTrue(files.containsKey("services/leiderschapsprogramma-in-voorbereiding.md"), "a draft service");
        assertTrue(files.containsKey("cases/gemeente-lindenburg-wijkaanpak.md"));
        assertTrue(files.containsKey("consultants/anne-de-vries.md"));
        assertArrayEquals(readSample("media/leercyclus.svg"), files.get("media/leercyclus.svg"), "media/ as it is");
        assertFalse(files.containsKey("articles/foute-datum.md"), "a file that never loaded is no content");
        files.forEach((path, bytes) -> {
            if (path.endsWith(".md")) {
                // Exactly the content folder's format: {slug}.md that the loader reads back.
                ContentFile file = ContentFile.parse(path, new String(bytes, UTF_8));
                assertEquals(path.substring(path.indexOf('/') + 1), file.slug() + ".md");
            }
        });
        String article = "/artikelen/de-adviseur-als-verandermakelaar-deel-2";
        assertEquals(404, empty.get(article).statusCode(), "the empty site starts empty");

        List<String> preview = lines(empty.post("/test-only/transfer/preview", export, "application/zip"));
        assertEquals(
                files.size(),
                preview.stream().filter(line -> line.startsWith("item|new|")).count(),
                preview::toString);
        assertEquals(files.size(), preview.size(), "nothing but new items: " + preview);
        assertEquals(404, empty.get(article).statusCode(), "a preview writes nothing");

        List<String> applied = lines(empty.post("/test-only/transfer/apply", export, "application/zip"));
        assertEquals("applied", applied.get(applied.size() - 1), applied::toString);

        assertArrayEquals(export, export(empty), "the second site exports exactly the same zip");
        for (String page : List.of(
                article,
                "/cases/gemeente-lindenburg-wijkaanpak",
                "/diensten/teamcoaching",
                "/consultants/anne-de-vries",
                "/artikelen",
                "/diensten")) {
            assertEquals(main(site, page), main(empty, page), page + " shows the same content");
        }
        assertEquals(
                404,
                empty.get("/diensten/leiderschapsprogramma-in-voorbereiding").statusCode(),
                "a draft stays a draft");
        assertArrayEquals(
                files.get("media/leercyclus.svg"),
                empty.getBytes("/media/leercyclus.svg").body());
    }

    @Test
    void previewSaysWhatIsNewChangedOrUnchangedAndApplyingShowsOnThePages() {
        Map<String, byte[]> files = unzip(export(site));
        String path = "articles/intervisie-die-blijft-werken.md";
        String edited = new String(files.get(path), UTF_8)
                        .replaceFirst("(?m)^title: .*$", "title: \"Intervisie die blijft werken, ook na een jaar\"")
                + "\nEen alinea die de import toevoegt.\n";
        files.put(path, edited.getBytes(UTF_8));
        files.put("articles/nieuw-uit-de-import.md", newArticle("Nieuw uit de import", "2026-01-15"));
        files.put(
                "articles/ter-beoordeling.md", newArticle("Ter beoordeling", "2026-01-16", "status: ter-beoordeling"));
        files.put(
                "articles/gepland.md",
                newArticle("Gepland", "2026-01-17", "status: gepland", "publish_at: 2040-01-01T09:00:00+01:00"));
        byte[] png = png();
        String libraryName = "logo-" + sha256(png).substring(0, 16) + ".png";
        files.put("media/" + libraryName, png);
        files.put("__MACOSX/articles/._nieuw-uit-de-import.md", new byte[] {0});
        files.put("README.txt", "Export van de site".getBytes(UTF_8));
        byte[] zip = zip(files);
        // The page is in the cache with its old title before the import.
        assertTrue(site.page("/artikelen/intervisie-die-blijft-werken")
                .selectFirst("h1")
                .text()
                .startsWith("Waarom intervisie"));

        List<String> preview = lines(site.post("/test-only/transfer/preview", zip, "application/zip"));
        assertTrue(
                preview.contains("item|changed|" + path + "|Intervisie die blijft werken, ook na een jaar|title,body"),
                preview::toString);
        assertTrue(
                preview.contains("item|new|articles/nieuw-uit-de-import.md|Nieuw uit de import|"), preview::toString);
        assertTrue(preview.contains("item|new|media/" + libraryName + "|" + libraryName + "|"), preview::toString);
        long unchanged = preview.stream()
                .filter(line -> line.startsWith("item|unchanged|"))
                .count();
        int junk = 2;
        int changedOrNew = 5;
        assertEquals(files.size() - junk - changedOrNew, unchanged, "every other file is unchanged: " + preview);
        assertTrue(
                preview.contains("notice|__MACOSX/articles/._nieuw-uit-de-import.md|0|transfer.notice.system-file|"));
        assertTrue(preview.contains("notice|README.txt|0|transfer.notice.not-content|"));
        assertEquals(404, site.get("/artikelen/nieuw-uit-de-import").statusCode(), "a preview writes nothing");

        List<String> applied = lines(site.post("/test-only/transfer/apply", zip, "application/zip"));
        assertEquals("applied", applied.get(applied.size() - 1), applied::toString);
        var page = site.page("/artikelen/intervisie-die-blijft-werken");
        assertEquals(
                "Intervisie die blijft werken, ook na een jaar",
                page.selectFirst("h1").text(),
                "the cached page was replaced");
        assertTrue(page.text().contains("Een alinea die de import toevoegt."));
        assertEquals(200, site.get("/artikelen/nieuw-uit-de-import").statusCode());
        HttpResponse<byte[]> image = site.getBytes("/media/" + libraryName);
        assertArrayEquals(png, image.body());
        assertTrue(
                image.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
                "a library image's name keeps its URL, now served by the media library");
        assertEquals(404, site.get("/artikelen/ter-beoordeling").statusCode(), "in review: not public");
        assertEquals(404, site.get("/artikelen/gepland").statusCode(), "scheduled: not public yet");
        Map<String, byte[]> exported = unzip(export(site));
        assertTrue(new String(exported.get("articles/ter-beoordeling.md"), UTF_8).contains("\nstatus: in-review\n"));
        assertArrayEquals(png, exported.get("media/" + libraryName), "the library's images are exported");
        assertTrue(new String(exported.get("articles/gepland.md"), UTF_8)
                .contains("\nstatus: scheduled\npublish_at: 2040-01-01T08:00:00Z\n"));
        assertEquals(
                List.of("Test admin|transfer.updated", "systeem|article.loaded"),
                lines(site.get("/test-only/transfer/revisions?slug=intervisie-die-blijft-werken")),
                "the article's history keeps the state before the import and what the import made of it");
        String audit = site.get("/test-only/audit?prefix=transfer.").body();
        assertTrue(audit.contains("Test admin|transfer.updated|Intervisie die blijft werken, ook na een jaar"), audit);
        assertTrue(audit.contains("Test admin|transfer.created|Nieuw uit de import"), audit);
        assertTrue(audit.contains("Test admin|transfer.imported|"), audit);

        List<String> again = lines(site.post("/test-only/transfer/preview", zip, "application/zip"));
        assertTrue(
                again.stream()
                        .filter(line -> line.startsWith("item|"))
                        .allMatch(line -> line.startsWith("item|unchanged|")),
                "once applied, the same zip changes nothing: " + again);
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndNothingIsApplied() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("articles/nog-een-nieuw-artikel.md", newArticle("Nog een nieuw artikel", "2026-02-01"));
        files.put("articles/kapotte-datum.md", newArticle("Kapotte datum", "gisteren"));
        String path = "articles/leren-van-je-eigen-praktijk.md";
        files.put(
                path,
                new String(unzip(export(site)).get(path), UTF_8)
                        .replaceFirst("(?m)^title: .*$", "title: Niet toegepast")
                        .getBytes(UTF_8));
        byte[] zip = zip(files);

        List<String> preview = lines(site.post("/test-only/transfer/preview", zip, "application/zip"));
        assertTrue(
                preview.contains("problem|articles/kapotte-datum.md:3: 'date' is 'gisteren', which is not a date;"
                        + " write it as YYYY-MM-DD, such as 2025-03-25"),
                preview::toString);

        List<String> applied = lines(site.post("/test-only/transfer/apply", zip, "application/zip"));
        assertTrue(
                applied.get(0).startsWith("refused|transfer.refused.problems|Er is niets geïmporteerd"),
                applied::toString);
        assertEquals(
                404, site.get("/artikelen/nog-een-nieuw-artikel").statusCode(), "the good file was not applied either");
        assertNotEquals(
                "Niet toegepast",
                site.page("/artikelen/leren-van-je-eigen-praktijk")
                        .selectFirst("h1")
                        .text());
    }

    @Test
    void unsafeDamagedAndOversizedZipsAreRefusedWithAMessage() {
        Map<String, byte[]> escaping = new LinkedHashMap<>();
        escaping.put("articles/goed.md", newArticle("Goed", "2026-01-01"));
        escaping.put("media/../../ontsnapt.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(UTF_8));
        assertEquals(
                List.of("refused|transfer.refused.unsafe-path|De zip is geweigerd: het bestand"
                        + " \"media/../../ontsnapt.svg\" zou buiten de inhoudsmap terechtkomen."),
                lines(site.post("/test-only/transfer/apply", zip(escaping), "application/zip")));
        assertEquals(404, site.get("/artikelen/goed").statusCode());

        assertEquals(
                List.of(
                        "refused|transfer.refused.not-zip|Dit is geen zip-bestand. Kies een zip zoals de export die maakt."),
                lines(site.post("/test-only/transfer/preview", "geen zip".getBytes(UTF_8), "application/zip")));

        // The empty site takes zips of at most 1 MB, unpacking to at most 5 MB.
        byte[] noise = new byte[1_200_000];
        new Random(7).nextBytes(noise);
        assertEquals(
                List.of(
                        "refused|transfer.refused.too-large|Het bestand is groter dan 1 MB; dat is de grens voor een import."),
                lines(empty.post(
                        "/test-only/transfer/apply", zip(Map.of("media/ruis.png", noise)), "application/zip")));
        byte[] bomb = zip(Map.of("media/bom.svg", new byte[6 * 1024 * 1024]));
        assertTrue(bomb.length < 100_000, "small on the wire");
        assertEquals(
                List.of("refused|transfer.refused.unpacked-too-large|De zip pakt uit tot meer dan 5 MB;"
                        + " dat is de grens voor een import."),
                lines(empty.post("/test-only/transfer/apply", bomb, "application/zip")));
        assertEquals(404, empty.get("/media/bom.svg").statusCode());
    }

    @Test
    void onlyAdminsExportAndImport() {
        // Until login exists no one is an admin on the page itself: it renders without its tools.
        HttpResponse<String> page = site.get("/admin/transfer.xhtml");
        assertNotEquals(500, page.statusCode());
        if (page.statusCode() == 200) {
            assertTrue(page.body().contains("Export en import zijn alleen voor beheerders."), page.body());
        }

        assertEquals(
                403, site.getBytes("/test-only/transfer/export?role=editor").statusCode());
        byte[] zip = zip(Map.of("articles/van-een-redacteur.md", newArticle("Van een redacteur", "2026-01-01")));
        HttpResponse<String> preview = site.post("/test-only/transfer/preview?role=editor", zip, "application/zip");
        assertEquals(403, preview.statusCode());
        assertEquals(
                403,
                site.post("/test-only/transfer/apply?role=editor", zip, "application/zip")
                        .statusCode());
        assertEquals(404, site.get("/artikelen/van-een-redacteur").statusCode());
    }

    private static byte[] newArticle(String title, String date, String... moreFields) {
        String fields = moreFields.length == 0 ? "" : String.join("\n", moreFields) + "\n";
        return ("---\ntitle: \"" + title + "\"\ndate: " + date + "\nauthors: [anne-de-vries]\n" + fields
                        + "---\nTekst van " + title + ".\n")
                .getBytes(UTF_8);
    }

    /** A small PNG, different at every run of the test class. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, new Random().nextInt(0xFFFFFF));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] export(SiteClient client) {
        HttpResponse<byte[]> response = client.getBytes("/test-only/transfer/export");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/zip"));
        return response.body();
    }

    /**
     * The page's content. The spam guard's form tokens (comments, contact) are signed with each
     * site's own key and the moment of rendering, so they differ between any two sites: left out.
     */
    private static String main(SiteClient client, String path) {
        Element main = client.page(path).selectFirst("main");
        main.select("input[name=form-token]").remove();
        return main.outerHtml();
    }

    private static List<String> lines(HttpResponse<String> response) {
        return response.body().lines().toList();
    }

    private static byte[] readSample(String path) {
        try {
            return Files.readAllBytes(Path.of("content", path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
