package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
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

/**
 * The page cache as visitors and editors notice it: pages come back with validators and a 304,
 * compressed when asked, never with a cookie; an edit shows at once on every page that showed the
 * item, and nowhere else; a cold page renders once however many ask for it at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class PageCacheIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(ContentEdits.class);
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    @Test
    void conditionalGetAnswers304WithoutABody() {
        String path = "/diensten/teamcoaching";
        HttpResponse<String> first = site.get(path);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), "a strong ETag: " + etag);
        assertEquals(
                "public, max-age=0, must-revalidate",
                first.headers().firstValue("Cache-Control").orElseThrow());

        HttpResponse<String> byTag = site.get(path, "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(etag, byTag.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> byDate = site.get(path, "If-Modified-Since", lastModified);
        assertEquals(304, byDate.statusCode());

        assertEquals(200, site.get(path, "If-None-Match", "\"something-else\"").statusCode());
        assertEquals(
                200,
                site.get(path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                        .statusCode());
    }

    @Test
    void gzipAndBrotliAreTheSamePageWithTheirOwnETag() throws Exception {
        String path = "/cases";
        HttpResponse<String> plain = site.get(path);
        HttpResponse<byte[]> gzipped = bytes(path, "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(gzipped.body().length < plain.body().length() / 2, "compressed well");
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), unzipped.readAllBytes());
        }
        assertEquals("Accept-Encoding", gzipped.headers().firstValue("Vary").orElseThrow());
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plainTag, gzipped.headers().firstValue("ETag").orElseThrow());

        // Brotli is made in the background after the first render; gzip serves until it is there.
        HttpResponse<byte[]> brotli = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            brotli = bytes(path, "Accept-Encoding", "gzip, br");
            if (brotli.headers().firstValue("Content-Encoding").orElse("").equals("br")) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(brotli.body().length < gzipped.body().length, "Brotli is smaller than gzip");

        assertEquals(
                "",
                bytes(path, "Accept-Encoding", "gzip;q=0, br;q=0")
                        .headers()
                        .firstValue("Content-Encoding")
                        .orElse(""),
                "q=0 refuses an encoding");
    }

    @Test
    void noPublicPageSetsACookieOnAMissOrAHit() {
        for (String path : PublicPagesIT.PUBLIC_PAGES) {
            for (int visit = 1; visit <= 2; visit++) {
                HttpResponse<String> response = site.get(path);
                assertEquals(200, response.statusCode(), path);
                assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " visit " + visit);
            }
            assertEquals("hit", site.get(path).headers().firstValue("X-Cache").orElseThrow(), path);
        }
    }

    @Test
    void aQueryStringGetsTheSameCachedPage() {
        HttpResponse<String> plain = site.get("/consultants");
        HttpResponse<String> shared = site.get("/consultants?utm_source=linkedin&utm_medium=social");
        assertEquals("hit", shared.headers().firstValue("X-Cache").orElseThrow());
        assertEquals(plain.headers().firstValue("ETag"), shared.headers().firstValue("ETag"));
    }

    @Test
    void headIsAnsweredFromTheCacheWithoutABody() {
        String path = "/consultants/anne-de-vries";
        HttpResponse<String> get = site.get(path);
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(
                String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void aColdPageRendersOnceForTwentyVisitorsAtTheSameMoment() throws Exception {
        int rendersBefore = Integer.parseInt(site.get("/test-only/slow-renders").body());
        List<HttpResponse<String>> answers = atTheSameMoment(20, "/test-only/slow-page");
        int renders = Integer.parseInt(site.get("/test-only/slow-renders").body()) - rendersBefore;
        assertEquals(1, renders, "renders for 20 concurrent requests");
        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode());
            assertEquals(answers.get(0).body(), answer.body());
        }
        assertEquals(
                1,
                answers.stream()
                        .filter(a ->
                                a.headers().firstValue("X-Cache").orElse("").equals("miss"))
                        .count());

        // A real page too: twenty visitors on a cold case page cause one render between them.
        List<HttpResponse<String>> casePages = atTheSameMoment(20, "/cases/bitwerf-projectmatig-werken");
        assertEquals(
                1,
                casePages.stream()
                        .filter(a ->
                                a.headers().firstValue("X-Cache").orElse("").equals("miss"))
                        .count());
        assertTrue(casePages.stream().allMatch(a -> a.statusCode() == 200));
    }

    @Test
    void anEditShowsAtOnceOnEveryPageThatShowedTheItemAndNowhereElse() throws Exception {
        String slug = newestArticleSlug();
        String articlePath = "/artikelen/" + slug;
        String oldTitle = site.page(articlePath).selectFirst("h1").text();
        List<String> showingIt = List.of(articlePath, "/artikelen", "/", "/artikelen/rss.xml", "/artikelen/atom.xml");
        List<String> notShowingIt = List.of("/diensten", "/cases/gemeente-lindenburg-wijkaanpak");
        for (String path : concat(concat(showingIt, List.of("/sitemap.xml")), notShowingIt)) {
            site.get(path);
            assertEquals("hit", site.get(path).headers().firstValue("X-Cache").orElseThrow(), path);
        }

        String newTitle = "Herzien: " + oldTitle;
        edit(slug, "title=" + encode(newTitle));

        for (String path : showingIt) {
            HttpResponse<String> page = site.get(path);
            assertEquals("miss", page.headers().firstValue("X-Cache").orElseThrow(), path);
            assertTrue(page.body().contains(escaped(newTitle)), path + " shows the new title");
        }
        // The sitemap does not show titles, but its lastmod of the article moved.
        assertEquals(
                "miss", site.get("/sitemap.xml").headers().firstValue("X-Cache").orElseThrow());
        for (String path : notShowingIt) {
            assertEquals("hit", site.get(path).headers().firstValue("X-Cache").orElseThrow(), path + " stays cached");
        }

        edit(slug, "status=draft");
        assertEquals(404, site.get(articlePath).statusCode(), "an unpublished article is gone at once");
        assertFalse(site.get("/artikelen").body().contains(articlePath), "and off the list");
        assertFalse(site.get("/").body().contains(articlePath), "and off the home page");
        assertFalse(site.get("/artikelen/rss.xml").body().contains(articlePath), "and out of the feed");
        assertFalse(site.get("/sitemap.xml").body().contains(articlePath), "and out of the sitemap");

        edit(slug, "status=published&title=" + encode(oldTitle));
        assertEquals(oldTitle, site.page(articlePath).selectFirst("h1").text());
        assertTrue(site.get("/artikelen").body().contains(articlePath), "back on the list");
    }

    @Test
    void noStalePageIsServedOnceAnEditHasCommitted() throws Exception {
        String slug = "leren-van-je-eigen-praktijk";
        String path = "/artikelen/" + slug;
        String oldTitle = site.page(path).selectFirst("h1").text();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<?>> busy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            busy.add(readers.submit(() -> {
                while (running.get()) {
                    site.get(path);
                }
            }));
        }
        try {
            for (int round = 1; round <= 5; round++) {
                String title = "Ronde " + round + ": " + oldTitle;
                edit(slug, "title=" + encode(title));
                for (int read = 0; read < 20; read++) {
                    Document page = Jsoup.parse(site.get(path).body());
                    assertEquals(title, page.selectFirst("h1").text(), "round " + round + ", read " + read);
                }
            }
        } finally {
            running.set(false);
            for (Future<?> reader : busy) {
                reader.get();
            }
            readers.shutdown();
            edit(slug, "title=" + encode(oldTitle));
        }
    }

    private String newestArticleSlug() {
        String href = site.page("/artikelen")
                .select("main article a[href^=/artikelen/]")
                .first()
                .attr("href");
        return href.substring("/artikelen/".length());
    }

    private void edit(String slug, String form) {
        assertEquals(204, site.post("/test-only/articles/" + slug, form).statusCode(), "edit " + form);
    }

    private List<HttpResponse<String>> atTheSameMoment(int visitors, String path) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < visitors; i++) {
                answers.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return site.get(path);
                        },
                        pool));
            }
            start.countDown();
            List<HttpResponse<String>> done = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                done.add(answer.get());
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }

    private HttpResponse<byte[]> bytes(String path, String header, String value)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path)).header(header, value).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** How Faces writes text into HTML: the characters a title may hold that it escapes. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
