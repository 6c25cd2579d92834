package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The article feeds, the sitemap and robots.txt, as feed readers and search engines get them. */
@ExtendWith(ArquillianExtension.class)
class FeedsAndSitemapIT {

    static final String BASE = PublicPagesIT.BASE;

    /** Published in content/ and src/test/it-content: 7 sample articles and 5 extra. */
    static final int PUBLISHED_ARTICLES = 12;

    static final String DRAFT_ARTICLE = "netwerksamenwerking-wie-trekt-de-kar";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteDeployment.war();
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    @Test
    void rssFeedHasEveryPublishedArticleNewestFirstWithItsWholeBody() throws Exception {
        HttpResponse<String> response = site.get("/artikelen/rss.xml");
        assertContentType("application/rss+xml;charset=utf-8", response);
        SyndFeed feed = parse(response);

        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Koersvast Advies: artikelen", feed.getTitle());
        assertEquals(BASE + "/artikelen", feed.getLink());
        assertPublishedArticlesNewestFirst(feed);
        SyndEntry coAuthored = entry(feed, "intervisie-die-blijft-werken");
        assertEquals(
                List.of("Sanne Visser", "Ilse Bakker"),
                ((DCModule) coAuthored.getModule(DCModule.URI)).getCreators(),
                "RSS names authors in dc:creator, in byline order");
        assertEquals(coAuthored.getLink(), coAuthored.getUri(), "the link is the guid: a permanent, unique address");
    }

    @Test
    void atomFeedHasEveryPublishedArticleWithAuthorsThatLinkToTheirProfiles() throws Exception {
        HttpResponse<String> response = site.get("/artikelen/atom.xml");
        assertContentType("application/atom+xml;charset=utf-8", response);
        SyndFeed feed = parse(response);

        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(BASE + "/artikelen/atom.xml", feed.getUri(), "the feed's id");
        assertPublishedArticlesNewestFirst(feed);
        SyndEntry coAuthored = entry(feed, "intervisie-die-blijft-werken");
        assertEquals(coAuthored.getLink(), coAuthored.getUri(), "the entry's id");
        assertEquals(
                Map.of(
                        "Sanne Visser", BASE + "/consultants/sanne-visser",
                        "Ilse Bakker", BASE + "/consultants/ilse-bakker"),
                coAuthored.getAuthors().stream().collect(Collectors.toMap(SyndPerson::getName, SyndPerson::getUri)));
        assertFalse(coAuthored.getUpdatedDate().before(coAuthored.getPublishedDate()));
    }

    /** What both feeds hold: entries a reader can show on its own, away from the site. */
    private static void assertPublishedArticlesNewestFirst(SyndFeed feed) {
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(PUBLISHED_ARTICLES, entries.size(), "every published article: fewer than 20");
        assertEquals(
                BASE + "/artikelen/interview-sanne-visser-teamcoaching",
                entries.get(0).getLink());
        for (SyndEntry entry : entries) {
            assertTrue(entry.getLink().startsWith(BASE + "/artikelen/"), entry.getLink());
            assertFalse(entry.getLink().contains(DRAFT_ARTICLE), "never a draft");
            assertFalse(entry.getContents().get(0).getValue().isBlank(), entry.getLink() + " has its body");
        }
        SyndEntry article = entry(feed, "de-adviseur-als-verandermakelaar-deel-2");
        assertEquals("De adviseur als verandermakelaar (deel 2): vier tips voor de praktijk", article.getTitle());
        assertEquals(
                LocalDate.of(2025, 9, 23).atStartOfDay(ZoneOffset.UTC).toInstant(),
                article.getPublishedDate().toInstant());
        assertEquals(
                List.of("Adviseren", "Leren en ontwikkelen"),
                article.getCategories().stream().map(SyndCategory::getName).toList());
        Document body = Jsoup.parseBodyFragment(article.getContents().get(0).getValue());
        assertTrue(body.text().contains("Tip 4: Behandel weerstand als informatie"), "the whole article");
        for (Element link : body.select("a[href]")) {
            assertTrue(link.attr("href").matches("(https|mailto):.*"), "absolute: " + link);
        }
        assertTrue(
                body.select("a[href]")
                        .eachAttr("href")
                        .contains(BASE + "/artikelen/de-adviseur-als-verandermakelaar-deel-1"),
                "a link to another article is absolute");
        Element image = Jsoup.parseBodyFragment(entry(feed, "leren-van-je-eigen-praktijk")
                        .getContents()
                        .get(0)
                        .getValue())
                .selectFirst("img");
        assertEquals(BASE + "/media/leercyclus.svg", image.attr("src"));
    }

    @Test
    void sitemapListsEveryPublishedPageAndNothingElse() {
        HttpResponse<String> response = site.get("/sitemap.xml");
        assertContentType("application/xml;charset=utf-8", response);
        Document sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
        Element urlset = sitemap.selectFirst("urlset");
        assertNotNull(urlset);
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.attr("xmlns"));
        Map<String, Instant> lastModified = sitemap.select("url").stream()
                .collect(Collectors.toMap(
                        url -> url.selectFirst("loc").text(),
                        url -> Instant.parse(url.selectFirst("lastmod").text())));

        List<String> paths = lastModified.keySet().stream()
                .peek(url -> assertTrue(url.startsWith(BASE + "/"), url))
                .map(url -> url.substring(BASE.length()))
                .toList();
        assertTrue(paths.containsAll(PublicPagesIT.PUBLIC_PAGES.stream()
                .filter(path -> !path.contains("/pagina/"))
                .toList()));
        assertTrue(paths.containsAll(List.of(
                "/artikelen/extra-5",
                "/diensten/intervisie",
                "/consultants/pieter-van-dam",
                "/artikelen/archief/2024",
                "/artikelen/archief/2026")));
        assertEquals(
                PUBLISHED_ARTICLES,
                paths.stream()
                        .filter(path -> path.matches("/artikelen/[a-z0-9-]+"))
                        .count());
        assertFalse(paths.contains("/artikelen/" + DRAFT_ARTICLE), "never a draft");
        assertFalse(paths.contains("/diensten/leiderschapsprogramma-in-voorbereiding"), "never a draft");
        assertFalse(
                paths.stream().anyMatch(path -> path.contains("geheim")),
                "no category or tag that only drafts have: " + paths);
        assertFalse(paths.stream().anyMatch(path -> path.contains("/pagina/")), "lists once, by their first page");
        for (String path : paths) {
            assertEquals(200, site.get(path).statusCode(), path + " is in the sitemap");
        }
        assertFalse(lastModified.values().stream().anyMatch(at -> at.isAfter(Instant.now())), "no change ahead");
        assertFalse(
                lastModified.get(BASE + "/artikelen").isBefore(lastModified.get(BASE + "/artikelen/extra-5")),
                "a list changed when the newest of its items did");
    }

    @Test
    void robotsKeepSearchEnginesOutOfTheAdminAndSearchResultsAndPointToTheSitemap() {
        HttpResponse<String> response = site.get("/robots.txt");
        assertContentType("text/plain;charset=utf-8", response);
        assertEquals(
                "User-agent: *\nDisallow: /admin\nDisallow: /zoeken\n\nSitemap: " + BASE + "/sitemap.xml\n",
                response.body());
    }

    @Test
    void everyPageLinksBothFeedsForReadersToFind() {
        for (String path : PublicPagesIT.PUBLIC_PAGES) {
            Map<String, Element> feeds = site.page(path).select("head link[rel=alternate]").stream()
                    .collect(Collectors.toMap(link -> link.attr("type"), Function.identity()));
            assertEquals("/artikelen/rss.xml", feeds.get("application/rss+xml").attr("href"), path);
            assertEquals(
                    "/artikelen/atom.xml", feeds.get("application/atom+xml").attr("href"), path);
            assertEquals(
                    "Koersvast Advies: artikelen (RSS)",
                    feeds.get("application/rss+xml").attr("title"),
                    path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/artikelen/rss.xml", "/artikelen/atom.xml", "/sitemap.xml", "/robots.txt"})
    void documentsGetThePagesSecurityHeadersAndOnlyGetAndHead(String path) {
        HttpResponse<String> response = site.get(path);
        assertTrue(
                response.headers()
                        .firstValue("Content-Security-Policy")
                        .orElse("")
                        .contains("default-src 'none'"),
                path);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""),
                path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path);
        HttpResponse<String> post = site.post(path);
        assertEquals(405, post.statusCode(), path);
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""), path);
    }

    private static SyndFeed parse(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode());
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private static SyndEntry entry(SyndFeed feed, String slug) {
        return feed.getEntries().stream()
                .filter(entry -> entry.getLink().equals(BASE + "/artikelen/" + slug))
                .findFirst()
                .orElseThrow(() -> new AssertionError(slug + " is not in the feed"));
    }

    private static void assertContentType(String expected, HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertEquals(
                expected,
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .replace(" ", "")
                        .toLowerCase(Locale.ROOT));
    }
}
