package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Site search as a visitor uses it, on a real Payara Micro with the index on disk: Dutch word forms
 * found, matches marked, results paged and typed, drafts never found, changes found within moments
 * of their commit and never before, odd input answered calmly, nothing cached or remembered, and
 * too many searches from one address slowed down.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIT {

    /** Where the container of this test keeps its index (arquillian.xml, payara-micro-search). */
    private static final Path INDEX = Path.of(System.getProperty("it.dir", "target"), "search-index-it");

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-search")
    static WebArchive deployment() {
        // A fresh folder: the site must build the index itself, from this test's fresh database.
        deleteIndexFolder();
        return SiteDeployment.war().addClasses(ContentEdits.class, SearchEdits.class);
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    @Test
    void theIndexIsBuiltOnDiskAtStart() throws IOException {
        try (Stream<Path> files = Files.list(INDEX)) {
            assertTrue(
                    files.anyMatch(file -> file.getFileName().toString().startsWith("segments_")),
                    "a commit in " + INDEX);
        }
    }

    @Test
    void aPluralFindsAnArticleThatOnlyUsesTheSingular() {
        Document page = search("adviseurs intervisie");
        Element result = resultLinkingTo(page, "/artikelen/intervisie-die-blijft-werken");
        assertNotNull(result, "the intervisie article, which says 'adviseur' once and never 'adviseurs'");
        assertTrue(
                result.select("mark").eachText().stream().anyMatch(word -> word.equalsIgnoreCase("adviseur")),
                "its matched word is marked: " + result.html());
    }

    @Test
    void resultsShowTheirTypeATitleAndAMarkedSnippet() {
        Document page = search("adviseur");
        List<String> types = page.select(".search-result .search-type").eachText();
        for (String type : List.of("Artikel", "Case", "Dienst", "Consultant")) {
            assertTrue(types.contains(type), type + " in " + types);
        }
        Element first = page.selectFirst(".search-result");
        assertTrue(first.selectFirst("h2 a").attr("href").startsWith("/"), "links to its page");
        assertFalse(page.select(".search-snippet mark").isEmpty(), "snippets mark the word");
        for (Element mark : page.select(".search-result mark")) {
            assertTrue(mark.text().toLowerCase().startsWith("advis"), "only the searched word is marked: " + mark);
        }
        assertEquals("adviseur", page.selectFirst("#search-q").attr("value"), "the form shows the search again");
        assertTrue(page.title().startsWith("Zoeken: adviseur"), page.title());
    }

    @Test
    void textFromTheContentIsEscapedAroundTheMarks() {
        String slug = "leren-van-je-eigen-praktijk";
        String oldTitle = site.page("/artikelen/" + slug).selectFirst("h1").text();
        String title = "Walrusexpeditie <b>vet</b> & \"co\" <script>alert(1)</script>";
        try {
            edit(slug, "title=" + encode(title));
            Document page = awaitResults("walrusexpeditie", true);
            Element link = page.selectFirst(".search-result h2 a");
            assertEquals(title, link.text(), "the title as written, as text");
            assertTrue(link.select("b, script").isEmpty(), "no markup from the content: " + link.html());
            assertEquals("Walrusexpeditie", link.selectFirst("mark").text());
            assertTrue(page.select("script").isEmpty());
        } finally {
            edit(slug, "title=" + encode(oldTitle));
        }
    }

    @Test
    void resultsComeTenAPageWithTheListsPagination() {
        Document first = search("adviseur");
        int total = Integer.parseInt(first.selectFirst(".search-summary").text().split(" ")[0]);
        assertTrue(total > 10, "the sample content uses 'adviseur' in more than ten items: " + total);
        assertEquals(10, first.select(".search-result").size());
        assertEquals(
                "/zoeken?q=adviseur&pagina=2",
                first.selectFirst(".pagination a[rel=next]").attr("href"));
        assertEquals("1", first.selectFirst(".pagination [aria-current=page]").text());

        Document second = search("adviseur", "&pagina=2");
        assertEquals(Math.min(10, total - 10), second.select(".search-result").size());
        assertEquals(
                "/zoeken?q=adviseur",
                second.selectFirst(".pagination a[rel=prev]").attr("href"));
        assertEquals("11", second.selectFirst(".search-results").attr("start"));
        List<String> all = new ArrayList<>(links(first));
        all.addAll(links(second));
        assertEquals(all.size(), all.stream().distinct().count(), "no item on both pages: " + all);
        assertTrue(second.title().contains("Pagina 2"), second.title());
    }

    @Test
    void nothingFoundSaysSoAndSuggestsWhatToTry() {
        Document page = search("xyzzyplofkip");
        assertTrue(page.select(".search-result").isEmpty());
        assertEquals(
                "Niets gevonden voor ‘xyzzyplofkip’",
                page.selectFirst(".search-empty h2").text());
        assertEquals(
                List.of("/artikelen", "/cases", "/diensten", "/consultants"),
                page.select(".search-empty .search-browse a").eachAttr("href"));
        assertEquals(3, page.select(".search-empty li:not(.search-browse li)").size(), "three tips");

        Document misspelt = search("intervsie");
        Element suggestion = misspelt.selectFirst(".search-suggestion a");
        assertNotNull(suggestion, "did you mean");
        assertEquals("intervisie", suggestion.text());
        assertEquals("/zoeken?q=intervisie", suggestion.attr("href"));
    }

    @Test
    void anEmptySearchShowsTheForm() {
        for (String path : List.of("/zoeken", "/zoeken?q=", "/zoeken?q=+++", "/zoeken?pagina=3")) {
            Document page = site.page(path);
            assertEquals("Zoeken", page.selectFirst("h1").text(), path);
            assertNotNull(page.selectFirst("main form[role=search][action=/zoeken][method=get] input[name=q]"), path);
            assertTrue(page.select(".search-result, .search-empty").isEmpty(), path);
        }
    }

    @Test
    void draftsAreNeverFound() {
        // Words that only the draft article, the draft service page and the draft with its own category use.
        for (String words : List.of("intentieverklaring", "leiderschapsprogramma", "geheim")) {
            Document page = search(words);
            assertTrue(page.select(".search-result").isEmpty(), words + " finds " + links(page));
            assertNotNull(page.selectFirst(".search-empty"), words);
        }
    }

    @Test
    void publishingAndUnpublishingReachTheSearchWithinMoments() {
        String draft = "netwerksamenwerking-wie-trekt-de-kar";
        try {
            edit(draft, "status=published");
            assertTrue(links(awaitResults("intentieverklaring", true)).contains("/artikelen/" + draft));
        } finally {
            edit(draft, "status=draft");
        }
        awaitResults("intentieverklaring", false);

        String published = "intervisie-die-blijft-werken";
        assertTrue(links(search("intervisie stilvalt")).contains("/artikelen/" + published), "found by its title");
        String oldTitle = site.page("/artikelen/" + published).selectFirst("h1").text();
        try {
            edit(published, "title=" + encode("Grondverzet in de intervisie"));
            assertEquals(List.of("/artikelen/" + published), links(awaitResults("grondverzet", true)));
            edit(published, "status=draft");
            awaitResults("grondverzet", false);
        } finally {
            edit(published, "status=published&title=" + encode(oldTitle));
        }
        awaitResults("grondverzet", false);
        await(
                () -> links(search("intervisie stilvalt")).contains("/artikelen/" + published),
                "found again by its own title once published again");
    }

    @Test
    void aRolledBackChangeNeverReachesTheSearch() {
        assertEquals(
                204,
                site.post(
                                "/test-only/search/rolled-back/de-adviseur-als-verandermakelaar-deel-2",
                                "title=" + encode("Zoekvolgorde die nooit bestond"))
                        .statusCode());
        // A committed change after it: once the search shows that one, it would show the other too.
        String slug = "leren-van-je-eigen-praktijk";
        String oldTitle = site.page("/artikelen/" + slug).selectFirst("h1").text();
        try {
            edit(slug, "title=" + encode("Kwakzalverij en " + oldTitle));
            awaitResults("kwakzalverij", true);
            assertTrue(search("zoekvolgorde").select(".search-result").isEmpty(), "the rolled-back title");
            assertFalse(links(search("verandermakelaar")).isEmpty(), "the article is still found by its real title");
        } finally {
            edit(slug, "title=" + encode(oldTitle));
        }
    }

    @Test
    void aRenamedTagFindsItsArticlesByItsNewName() {
        assertTrue(search("spiegeltijd").select(".search-result").isEmpty());
        try {
            assertEquals(
                    204,
                    site.post("/test-only/search/renamed-tag/reflectie", "name=Spiegeltijd")
                            .statusCode());
            List<String> found = links(awaitResults("spiegeltijd", true));
            assertTrue(found.contains("/artikelen/leren-van-je-eigen-praktijk"), found.toString());
        } finally {
            assertEquals(
                    204,
                    site.post("/test-only/search/renamed-tag/spiegeltijd", "name=Reflectie")
                            .statusCode());
        }
        awaitResults("spiegeltijd", false);
    }

    @Test
    void aDeletedArticleIsNoLongerFound() {
        assertTrue(links(search("testartikel")).contains("/artikelen/extra-5"));
        assertEquals(204, site.post("/test-only/search/deleted/extra-5", "x=1").statusCode());
        await(() -> !links(search("testartikel")).contains("/artikelen/extra-5"), "extra-5 gone from the search");
        assertEquals(4, links(search("testartikel")).size(), "the other four stay");
    }

    @Test
    void oddSearchesAreAnsweredCalmly() {
        List<String> odd = List.of(
                "\"adviseur",
                "adviseur\"\"\"",
                "*",
                "AND(",
                "adviseur AND(",
                "title:adviseur",
                "adv*",
                "adviseur~2",
                "[a TO z]",
                "\\",
                "((((",
                "%00",
                "<script>alert(1)</script>",
                "' OR 1=1 --",
                "\u0000\u0001",
                "😀 adviseur",
                "x".repeat(3000),
                "adviseur ".repeat(300));
        for (String q : odd) {
            HttpResponse<String> response = site.get("/zoeken?q=" + encode(q));
            String shown = q.length() > 40 ? q.substring(0, 40) + "…" : q;
            assertEquals(200, response.statusCode(), shown);
            Document page = Jsoup.parse(response.body());
            assertEquals("Zoeken", page.selectFirst("h1").text(), shown);
            assertTrue(page.select("script").isEmpty(), shown);
        }
        Document everything = search("*");
        assertTrue(everything.select(".search-result").isEmpty(), "a star is not everything");
        Document longSearch = search("adviseur ".repeat(300));
        assertNotNull(longSearch.selectFirst(".search-note"), "a long search says it was cut");
        for (String page : List.of("abc", "0", "-1", "99999999", "1e3")) {
            assertEquals(200, site.get("/zoeken?q=adviseur&pagina=" + page).statusCode(), "pagina=" + page);
        }
        Document last = search("adviseur", "&pagina=999");
        assertEquals(
                last.selectFirst(".pagination li:last-child").text(),
                last.selectFirst(".pagination [aria-current=page]").text(),
                "a page past the last shows the last");
    }

    @Test
    void searchPagesAreNeverCachedNorRememberAnything() {
        HttpResponse<String> adviseur = site.get("/zoeken?q=adviseur");
        HttpResponse<String> intervisie = site.get("/zoeken?q=intervisie");
        HttpResponse<String> again = site.get("/zoeken?q=adviseur");
        List<String> adviseurLinks = links(Jsoup.parse(adviseur.body()));
        List<String> intervisieLinks = links(Jsoup.parse(intervisie.body()));
        assertNotEquals(adviseurLinks, intervisieLinks, "two searches, two answers");
        assertEquals(adviseurLinks, links(Jsoup.parse(again.body())));
        for (HttpResponse<String> response : List.of(adviseur, intervisie, again, site.get("/zoeken"))) {
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("X-Cache").isEmpty(), "not from the page cache");
            assertEquals(
                    "no-store", response.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie");
            assertTrue(response.headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .contains("default-src 'none'"));
            Document page = Jsoup.parse(response.body());
            assertEquals("noindex", page.select("meta[name=robots]").attr("content"));
            assertTrue(page.select("script").isEmpty());
        }
        assertEquals(405, site.post("/zoeken", "q=adviseur").statusCode(), "GET only");
    }

    @Test
    void everyPublicPageHasTheSearchBoxInItsHeader() {
        List<String> pages = new ArrayList<>(PublicPagesIT.PUBLIC_PAGES);
        pages.add("/zoeken?q=adviseur");
        for (String path : pages) {
            Document page = site.page(path);
            Element form = page.selectFirst("header form[role=search]");
            assertNotNull(form, path);
            assertEquals("/zoeken", form.attr("action"), path);
            assertEquals("get", form.attr("method"), path);
            Element input = form.selectFirst("input[name=q]");
            assertEquals("search", input.attr("type"), path);
            Element label = form.selectFirst("label[for=" + input.id() + "]");
            assertEquals("Zoeken op de site", label.text(), path);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it uses up this address's searches
    void tooManySearchesFromOneAddressGetAPoliteRefusal() {
        HttpResponse<String> refused = null;
        for (int i = 0; i < 400 && refused == null; i++) {
            HttpResponse<String> response = site.get("/zoeken?q=" + encode("poging " + i));
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode());
            }
        }
        assertNotNull(refused, "a 429 within 400 searches");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty());
        Document page = Jsoup.parse(refused.body());
        assertEquals("Even rustig aan", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("header form[role=search]"), "in the site's layout");
        assertEquals(200, site.get("/zoeken").statusCode(), "the empty form does not count");
        assertEquals(200, site.get("/artikelen").statusCode(), "other pages are not limited");
    }

    private Document search(String q) {
        return search(q, "");
    }

    private Document search(String q, String more) {
        return site.page("/zoeken?q=" + encode(q) + more);
    }

    /** Searches until the words find something (or nothing), for at most 15 seconds. */
    private Document awaitResults(String q, boolean found) {
        Document[] last = new Document[1];
        await(
                () -> {
                    last[0] = search(q);
                    return last[0].select(".search-result").isEmpty() != found;
                },
                "'" + q + "' " + (found ? "found" : "no longer found"));
        return last[0];
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited 15 s for: " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void edit(String slug, String form) {
        assertEquals(204, site.post("/test-only/articles/" + slug, form).statusCode(), "edit " + form);
    }

    private static List<String> links(Document page) {
        return page.select(".search-result h2 a").eachAttr("href");
    }

    private static Element resultLinkingTo(Document page, String path) {
        for (Element result : page.select(".search-result")) {
            if (path.equals(result.selectFirst("h2 a").attr("href"))) {
                return result;
            }
        }
        return null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void deleteIndexFolder() {
        if (!Files.exists(INDEX)) {
            return;
        }
        try (Stream<Path> files = Files.walk(INDEX)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
