package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every public route, as a visitor sees it, on a real Payara Micro with real Derby. */
@ExtendWith(ArquillianExtension.class)
public class PublicPagesIT {

    static final String BASE = "https://www.koersvast.example";

    static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/artikelen",
            "/artikelen/pagina/2",
            "/artikelen/categorie/adviseren",
            "/artikelen/tag/reflectie",
            "/artikelen/archief/2025",
            "/series/de-adviseur-als-verandermakelaar",
            "/artikelen/de-adviseur-als-verandermakelaar-deel-2",
            "/artikelen/intervisie-die-blijft-werken",
            "/cases",
            "/cases/gemeente-lindenburg-wijkaanpak",
            "/diensten",
            "/diensten/teamcoaching",
            "/consultants",
            "/consultants/anne-de-vries",
            "/contact");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(FailingServlet.class);
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    @Test
    void everyPublicPageIsComplete() {
        for (String path : PUBLIC_PAGES) {
            HttpResponse<String> response = site.get(path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " must not set a cookie");
            Document page = site.page(path);
            assertEquals("nl", page.selectFirst("html").attr("lang"), path);
            assertFalse(page.title().isBlank(), path + " has a title");
            assertFalse(page.select("meta[name=description]").attr("content").isBlank(), path + " has a description");
            assertEquals(
                    BASE + (path.equals("/") ? "/" : path),
                    page.select("link[rel=canonical]").attr("href"),
                    path);
            for (String landmark : List.of("header", "nav", "main", "footer")) {
                assertNotNull(page.selectFirst(landmark), path + " has a " + landmark);
            }
            assertEquals(1, page.select("h1").size(), path + " has one h1");
            for (Element image : page.select("img")) {
                assertTrue(image.hasAttr("alt"), path + ": every image has alt text: " + image);
            }
        }
    }

    /** The one script public pages may run: our copy-link script, a content-hashed theme asset. */
    static final String OWN_SCRIPT = "/theme/[0-9a-f]{12}/copy-link\\.js";

    /**
     * No script but what every public page carries: our own copy-link script from this site, and
     * JSON-LD, which is data that browsers never run.
     */
    public static boolean runsNoScriptButOurs(Document page) {
        return page.select("script").stream()
                .allMatch(script -> "application/ld+json".equals(script.attr("type"))
                        || (script.attr("src").matches(OWN_SCRIPT)
                                && script.data().isBlank()));
    }

    @Test
    void publicPagesLoadNothingFromElsewhereAndNoScriptButOurOwn() {
        for (String path : PUBLIC_PAGES) {
            Document page = site.page(path);
            for (Element script : page.select("script")) {
                if ("application/ld+json".equals(script.attr("type"))) {
                    assertFalse(script.hasAttr("src"), path + ": JSON-LD is written in the page: " + script);
                    continue;
                }
                assertTrue(
                        script.attr("src").matches(OWN_SCRIPT),
                        path + " runs no script but our own copy-link script from this site: " + script);
                assertTrue(script.hasAttr("defer"), path + ": our script waits for the page: " + script);
                assertTrue(script.data().isBlank(), path + " has no inline script: " + script);
            }
            assertTrue(
                    page.select("script:not([type=application/ld+json])").size() <= 1,
                    path + " loads our script at most once");
            for (Element resource : page.select("link[href], img[src], iframe, source[src]")) {
                String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                // The canonical and hreflang links name pages by their absolute address; they load nothing.
                if (!"canonical".equals(resource.attr("rel")) && !resource.hasAttr("hreflang")) {
                    assertTrue(url.startsWith("/"), path + " loads " + url + " from another host");
                }
            }
            String html = page.html().toLowerCase();
            assertFalse(
                    html.contains("primefaces") || html.contains("jquery") || html.contains("jakarta.faces.resource"),
                    path + " loads no Faces or PrimeFaces resources");
        }
    }

    @Test
    void homeShowsNewestArticlesCasesServicesAndContact() {
        Document home = site.page("/");
        assertEquals(
                3,
                home.select("#newest ~ .cards .article-card, section[aria-labelledby=newest] .article-card")
                        .size());
        assertEquals(
                List.of(
                        "/cases/gemeente-lindenburg-wijkaanpak",
                        "/cases/bitwerf-projectmatig-werken",
                        "/cases/hogeschool-vechtstede-adviseurs"),
                home.select("section[aria-labelledby=cases] .case-card h3 a").eachAttr("href"),
                "the two featured cases first, newest first, then the newest other case");
        assertEquals(
                List.of("Coaching en intervisie", "Opleidingen", "Organisatieontwikkeling"),
                home.select(".service-section h3").eachText());
        assertEquals("/contact", home.selectFirst("main .cta a").attr("href"), "the contact call to action");
    }

    @Test
    void articleListPagesTenAtATimeWithoutTheDraft() {
        Document first = site.page("/artikelen");
        assertEquals(10, first.select(".list .article-card").size());
        assertEquals("/artikelen/pagina/2", first.select("a[rel=next]").attr("href"));
        Document second = site.page("/artikelen/pagina/2");
        assertEquals(2, second.select(".list .article-card").size());
        assertEquals("/artikelen", second.select("a[rel=prev]").attr("href"));
        assertFalse(first.html().contains("netwerksamenwerking-wie-trekt-de-kar"));
        assertFalse(second.html().contains("netwerksamenwerking-wie-trekt-de-kar"));
    }

    @Test
    void articleListFiltersByCategoryAndTag() {
        Document category = site.page("/artikelen/categorie/adviseren");
        assertEquals("Categorie: Adviseren", category.selectFirst("h1").text());
        assertEquals(2, category.select(".list .article-card").size());
        Document tag = site.page("/artikelen/tag/testlabel");
        assertEquals(5, tag.select(".list .article-card").size());
        assertTrue(
                category.select("a[href=/artikelen/categorie/samenwerken]").size() > 0,
                "filter links to other categories");
        assertFalse(
                category.select(".sidebar").html().contains("geheim"),
                "no category or tag that only a draft has: "
                        + category.select(".sidebar a").eachText());
    }

    @Test
    void articleShowsBylineSeriesAuthorBoxShareLinksAndCallToAction() {
        Document article = site.page("/artikelen/de-adviseur-als-verandermakelaar-deel-2");
        assertEquals(
                "De adviseur als verandermakelaar (deel 2): vier tips voor de praktijk",
                article.selectFirst("h1").text());
        assertEquals("Artikel", article.selectFirst(".article-header .type").text());
        assertEquals(
                "23 september 2025", article.selectFirst(".article-header time").text());
        assertTrue(article.selectFirst(".reading-time").text().matches("\\d+ min leestijd"));
        Element byline = article.selectFirst(".byline");
        assertTrue(byline.text().startsWith("Geschreven door Anne de Vries"));
        assertEquals(
                "/consultants/anne-de-vries", byline.selectFirst("a.author").attr("href"));
        assertTrue(byline.selectFirst("a.linkedin").attr("href").startsWith("https://www.linkedin.com/in/"));
        Element series = article.selectFirst(".series");
        assertTrue(series.text().startsWith("Deel 2 van 2"));
        assertEquals(
                "/artikelen/de-adviseur-als-verandermakelaar-deel-1",
                series.selectFirst("ol li a").attr("href"));
        assertEquals("Over de auteur", article.selectFirst(".authors h2").text());
        assertEquals(1, article.select(".author-box").size());
        assertEquals(
                "https://www.linkedin.com/sharing/share-offsite/?url="
                        + "https%3A%2F%2Fwww.koersvast.example%2Fartikelen%2Fde-adviseur-als-verandermakelaar-deel-2",
                article.selectFirst("a.share-linkedin").attr("href"));
        assertTrue(article.selectFirst("a.share-x").attr("href").startsWith("https://x.com/intent/tweet?url="));
        assertTrue(article.selectFirst("a.share-facebook").attr("href").startsWith("https://www.facebook.com/sharer/"));
        assertTrue(article.selectFirst("a.share-whatsapp").attr("href").startsWith("https://wa.me/?text="));
        assertTrue(article.selectFirst("a.share-email").attr("href").startsWith("mailto:?subject="));
        for (Element link : article.select(".share a")) {
            assertTrue(
                    link.attr("aria-label").startsWith(link.text() + ":"),
                    "the accessible name starts with the visible name and says what the link does: " + link);
        }
        Element copy = article.selectFirst(".share [data-copy-link]");
        assertTrue(copy.hasAttr("hidden"), "without script the copy button is not shown");
        assertEquals(
                BASE + "/artikelen/de-adviseur-als-verandermakelaar-deel-2",
                copy.selectFirst("button").attr("data-url"));
        assertEquals("Kopieer link", copy.selectFirst("button").text());
        assertTrue(article.select(".article-footer .categories a").eachText().contains("Adviseren"));
        assertFalse(article.select(".article-footer .tags a").isEmpty());
        assertEquals("/contact", article.selectFirst(".cta a").attr("href"));
    }

    @Test
    void coAuthoredArticleNamesBothAuthors() {
        Document article = site.page("/artikelen/intervisie-die-blijft-werken");
        assertEquals(
                List.of("Sanne Visser", "Ilse Bakker"),
                article.select(".byline a.author").eachText());
        assertTrue(article.selectFirst(".byline").text().contains("Sanne Visser (LinkedIn) en Ilse Bakker"));
        assertEquals("Over de auteurs", article.selectFirst(".authors h2").text());
        assertEquals(2, article.select(".author-box").size());
    }

    @Test
    void figureWithCaptionAndHeadingAnchors() {
        Document article = site.page("/artikelen/leren-van-je-eigen-praktijk");
        Element figure = article.selectFirst(".prose figure");
        assertNotNull(figure, "the captioned image is a figure");
        assertEquals(
                "Figuur 1: De leercyclus in vier stappen",
                figure.selectFirst("figcaption").text());
        assertEquals(200, site.get(figure.selectFirst("img").attr("src")).statusCode());
        Element heading = article.selectFirst(".prose h2[id]");
        assertEquals("#" + heading.id(), heading.selectFirst("a.heading-anchor").attr("href"));
    }

    @Test
    void caseShowsClientSectorServicesConsultantsAndQuotes() {
        Document page = site.page("/cases/gemeente-lindenburg-wijkaanpak");
        assertEquals("Gemeente Lindenburg", page.selectFirst(".facts .client").text());
        assertEquals("Overheid", page.selectFirst(".facts .sector").text());
        assertFalse(page.select(".facts .services a[href^=/diensten/]").isEmpty());
        assertTrue(page.select(".facts .consultants a").eachText().contains("Bram Jansen"));
        assertFalse(page.select(".quotes .quote blockquote").isEmpty());
        assertFalse(page.select(".quotes .quote figcaption").first().text().isBlank());
        assertFalse(
                page.select(".facts .services a").eachText().stream()
                        .anyMatch(s -> s.contains("Leiderschapsprogramma")),
                "a draft service is not linked from a published case");
    }

    @Test
    void aDraftServiceAppearsNowhere() {
        for (String path : List.of("/", "/diensten", "/cases/gemeente-lindenburg-wijkaanpak")) {
            assertFalse(site.page(path).html().contains("leiderschapsprogramma-in-voorbereiding"), path);
        }
        assertEquals(
                404,
                site.get("/diensten/leiderschapsprogramma-in-voorbereiding").statusCode());
    }

    @Test
    void servicesAreGroupedAndAServiceHasBreadcrumbCasesAndClients() {
        Document list = site.page("/diensten");
        assertEquals(
                List.of("Coaching en intervisie", "Opleidingen", "Organisatieontwikkeling"),
                list.select(".service-section > h2").eachText());
        Document page = site.page("/diensten/teamcoaching");
        assertEquals(
                List.of("Home", "Diensten", "Coaching en intervisie", "Teamcoaching"),
                page.select(".breadcrumb li").eachText());
        assertEquals("/diensten", page.select(".breadcrumb li a").get(1).attr("href"));
        assertEquals(
                "/diensten#coaching-en-intervisie",
                page.select(".breadcrumb li a").get(2).attr("href"));
        assertEquals(
                "In deze organisaties werkten wij",
                page.selectFirst(".clients h2").text());
        assertTrue(page.select(".client-list li").eachText().contains("Zorggroep Rivierzicht"));
        assertTrue(
                page.select(".related-cases a").eachAttr("href").contains("/cases/zorggroep-rivierzicht-teamcoaching"));
        assertEquals(
                List.of("/consultants/sanne-visser"),
                page.select(".contact-people li a").eachAttr("href"),
                "the consultant who covers the service is the visitor's contact");
    }

    @Test
    void consultantProfileListsTheirArticlesAndCases() {
        Document list = site.page("/consultants");
        assertEquals(5, list.select(".person").size());
        Document profile = site.page("/consultants/anne-de-vries");
        assertEquals("Anne de Vries", profile.selectFirst("h1").text());
        List<String> articles = profile.select("section[aria-labelledby=their-articles] .article-card h3 a")
                .eachAttr("href");
        assertTrue(articles.contains("/artikelen/de-adviseur-als-verandermakelaar-deel-1"));
        assertFalse(profile.select("section[aria-labelledby=their-cases] .case-card")
                .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/artikelen/bestaat-niet",
                "/artikelen/netwerksamenwerking-wie-trekt-de-kar",
                "/artikelen/categorie/bestaat-niet",
                "/artikelen/tag/bestaat-niet",
                "/artikelen/categorie/nog-geheim",
                "/artikelen/tag/geheim-label",
                "/artikelen/pagina/9",
                "/cases/bestaat-niet",
                "/diensten/bestaat-niet",
                "/consultants/bestaat-niet",
                "/bestaat-niet",
                "/views/home.xhtml",
                "/artikelen.xhtml"
            })
    void unknownPagesAndDraftsAreRealNotFoundPagesInTheSiteLayout(String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(404, response.statusCode(), path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
        Document page = org.jsoup.Jsoup.parse(response.body());
        assertEquals("Pagina niet gevonden", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("header nav"), "the 404 page has the site's navigation");
        assertFalse(response.body().contains("Exception"), "no stack trace");
    }

    @Test
    void aServerErrorShowsAFriendlyPageWithoutStackTrace() {
        HttpResponse<String> response = site.get("/test-only/failure");
        assertEquals(500, response.statusCode());
        Document page = org.jsoup.Jsoup.parse(response.body());
        assertEquals("Er ging iets mis", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("header nav"), "the 500 page has the site's layout");
        assertFalse(
                response.body().contains("IllegalStateException")
                        || response.body().contains("Deliberate"),
                "no exception details reach the visitor");
    }

    /**
     * Payara's HTTP layer answers a path with a broken percent-escape itself, with an empty
     * response, before any application code runs. What we can hold it to: no server error, and
     * nothing of the site is served for it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/artikelen/%zz", "/artikelen/%E0%A4%A"})
    void malformedPathsGetNoServerError(String path) {
        int status = site.raw(path).status();
        assertTrue(status < 500, path + " answered " + status);
    }

    @Test
    void anOversizedRequestLineIsRefusedWithAClientError() {
        int status = site.get("/artikelen/" + "a".repeat(20_000)).statusCode();
        assertTrue(status >= 400 && status < 500, "answered " + status);
    }

    @Test
    void aPathThatLooksLikeAnotherHostIsNeverRedirectedThere() {
        SiteClient.RawAnswer answer = site.raw("//evil.example/");
        assertEquals(301, answer.status());
        assertEquals("/evil.example", answer.headers().get("location"));
    }

    @Test
    void pageOneOfAListIsTheListItself() {
        for (String list : List.of("/artikelen", "/artikelen/categorie/adviseren", "/artikelen/tag/reflectie")) {
            HttpResponse<String> response = site.get(list + "/pagina/1");
            assertEquals(301, response.statusCode(), list);
            assertEquals(list, response.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void trailingSlashRedirectsAndOtherMethodsAreRefused() {
        HttpResponse<String> slash = site.get("/artikelen/");
        assertEquals(301, slash.statusCode());
        assertEquals("/artikelen", slash.headers().firstValue("Location").orElseThrow());
        assertEquals(405, site.post("/artikelen").statusCode());
    }

    /** Above Payara's 2 MB form limit; the error page must not try to read it. */
    @ParameterizedTest
    @ValueSource(strings = {"/contact", "/bestaat-niet"})
    void anOversizedFormPostGetsTheSitesErrorPageNotAServerError(String path) {
        HttpResponse<String> response = site.post(path, "x=" + "a".repeat(3 * 1024 * 1024));
        assertEquals(path.equals("/contact") ? 405 : 404, response.statusCode(), path);
        assertNotNull(org.jsoup.Jsoup.parse(response.body()).selectFirst("header nav"), "in the site's layout");
    }

    @Test
    void pagesAndErrorPagesForbidScriptsButOurOwnAndForeignResources() {
        for (String path : List.of("/", "/artikelen/de-adviseur-als-verandermakelaar-deel-2", "/bestaat-niet")) {
            HttpResponse<String> response = site.get(path);
            String policy =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'none'"), path + ": " + policy);
            assertTrue(
                    policy.contains("script-src 'self';"),
                    path + " allows scripts from this site only (our copy-link script): " + policy);
            for (String loosening : List.of("'unsafe-inline'", "'unsafe-eval'", "http:", "https:", "*", "data:")) {
                assertFalse(policy.contains(loosening), path + " allows no " + loosening + ": " + policy);
            }
            assertEquals(
                    "max-age=31536000",
                    response.headers().firstValue("Strict-Transport-Security").orElse(""),
                    path + ": the site's base URL is https");
            assertTrue(response.headers().firstValue("Permissions-Policy").isPresent(), path);
        }
    }

    @Test
    void themeAssetsAreVersionedAndCachedForAYear() {
        String css = site.page("/").select("link[rel=stylesheet]").attr("href");
        assertTrue(css.matches("/theme/[0-9a-f]{12}/style\\.css"), css);
        HttpResponse<String> response = site.get(css);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertEquals(
                "public, max-age=31536000, immutable",
                response.headers().firstValue("Cache-Control").orElseThrow());
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, site.get(css, "If-None-Match", etag).statusCode());
    }

    @Test
    void themeTextAssetsAreSentCompressedWhenAccepted() {
        String css = site.page("/").select("link[rel=stylesheet]").attr("href");
        HttpResponse<String> plain = site.get(css);
        HttpResponse<String> gzipped = site.get(css, "Accept-Encoding", "gzip");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals("Accept-Encoding", gzipped.headers().firstValue("Vary").orElseThrow());
        long plainLength =
                Long.parseLong(plain.headers().firstValue("Content-Length").orElseThrow());
        long gzippedLength =
                Long.parseLong(gzipped.headers().firstValue("Content-Length").orElseThrow());
        assertTrue(gzippedLength * 3 < plainLength, gzippedLength + " bytes gzipped of " + plainLength);
        assertFalse(
                plain.headers().firstValue("ETag").equals(gzipped.headers().firstValue("ETag")),
                "each encoding has its own ETag");
    }

    /**
     * The issue's budget: HTML, CSS and our own script of an article page together at most 60 KB
     * uncompressed, with nothing from another host and no web fonts to wait for.
     */
    @Test
    void anArticlePageWithItsStylesheetsStaysUnder60Kilobytes() {
        for (String path : List.of(
                "/artikelen/de-adviseur-als-verandermakelaar-deel-1", "/artikelen/intervisie-die-blijft-werken", "/")) {
            HttpResponse<String> page = site.get(path);
            long total = utf8Length(page.body());
            Document html = site.page(path);
            for (Element resource : html.select("link[rel=stylesheet], script[src]")) {
                String href = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
                assertTrue(href.startsWith("/"), path + " loads only from its own host: " + href);
                String body = site.get(href).body();
                assertFalse(body.contains("@font-face"), href + " uses system fonts, no web font");
                total += utf8Length(body);
            }
            assertTrue(total <= 60 * 1024, path + " with its CSS and JS is " + total + " bytes");
        }
    }

    private static long utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    @Test
    void healthIsReadyDespiteBrokenContentFiles() {
        HttpResponse<String> health = site.get("/health/ready");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    }
}
