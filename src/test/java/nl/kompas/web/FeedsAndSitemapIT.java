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
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * The article feeds (of the site, of a category, of a consultant), the sitemap and robots.txt, as
 * feed readers and search engines get them.
 */
@ExtendWith(ArquillianExtension.class)
class FeedsAndSitemapIT {

    static final String BASE = PublicPagesIT.BASE;

    /** Published in content/ and src/test/it-content: 7 sample articles and 5 extra. */
    static final int PUBLISHED_ARTICLES = 12;

    static final String DRAFT_ARTICLE = "netwerksamenwerking-wie-trekt-de-kar";

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

    @ParameterizedTest
    @ValueSource(strings = {"rss.xml", "atom.xml"})
    void aCategoryHasFeedsOfExactlyItsArticlesWithTheirWholeBodies(String file) throws Exception {
        SyndFeed all = parse(site.get("/artikelen/" + file));
        SyndFeed feed = parse(site.get("/artikelen/categorie/adviseren/" + file));

        assertEquals("Koersvast Advies: artikelen over Adviseren", feed.getTitle());
        assertEquals(BASE + "/artikelen/categorie/adviseren", pageLink(feed));
        List<String> inCategory = all.getEntries().stream()
                .filter(entry ->
                        entry.getCategories().stream().anyMatch(c -> c.getName().equals("Adviseren")))
                .map(SyndEntry::getLink)
                .toList();
        assertEquals(2, inCategory.size(), "the sample site has two published articles on Adviseren");
        assertEquals(inCategory, links(feed), "the category's articles, newest first, and nothing else");
        Document body = Jsoup.parseBodyFragment(entry(feed, "de-adviseur-als-verandermakelaar-deel-2")
                .getContents()
                .get(0)
                .getValue());
        assertTrue(body.text().contains("Tip 4: Behandel weerstand als informatie"), "the whole article");
        assertTrue(
                body.select("a[href]").eachAttr("href").stream().allMatch(href -> href.matches("(https|mailto):.*")));
        assertEquals(
                List.of(BASE + "/consultants/anne-de-vries"),
                authorsOf(entry(feed, "de-adviseur-als-verandermakelaar-deel-2"), feed),
                "the author, with their profile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rss.xml", "atom.xml"})
    void aConsultantHasFeedsOfTheArticlesTheyWroteOrCoWrote(String file) throws Exception {
        SyndFeed all = parse(site.get("/artikelen/" + file));
        SyndFeed feed = parse(site.get("/consultants/ilse-bakker/" + file));

        assertEquals("Koersvast Advies: artikelen van Ilse Bakker", feed.getTitle());
        assertEquals(BASE + "/consultants/ilse-bakker", pageLink(feed));
        List<String> byIlse = all.getEntries().stream()
                .filter(entry -> authorsOf(entry, all).contains(BASE + "/consultants/ilse-bakker"))
                .map(SyndEntry::getLink)
                .toList();
        assertEquals(2, byIlse.size(), "one of her own and one co-written");
        assertEquals(byIlse, links(feed));
        assertEquals(
                List.of(BASE + "/consultants/sanne-visser", BASE + "/consultants/ilse-bakker"),
                authorsOf(entry(feed, "intervisie-die-blijft-werken"), feed),
                "a co-written article names both authors, in byline order");
        for (SyndEntry entry : feed.getEntries()) {
            assertFalse(entry.getContents().get(0).getValue().isBlank(), entry.getLink());
        }
    }

    /** The authors of an entry as their profile addresses: Atom links them, RSS names them in dc:creator. */
    private static List<String> authorsOf(SyndEntry entry, SyndFeed feed) {
        if (feed.getFeedType().startsWith("atom")) {
            return entry.getAuthors().stream().map(SyndPerson::getUri).toList();
        }
        return ((DCModule) entry.getModule(DCModule.URI))
                .getCreators().stream()
                        .map(name -> BASE + "/consultants/"
                                + name.toLowerCase(Locale.ROOT).replace(' ', '-'))
                        .toList();
    }

    /** The page a feed follows: RSS's link, Atom's alternate link. */
    private static String pageLink(SyndFeed feed) {
        return feed.getLinks().isEmpty()
                ? feed.getLink()
                : feed.getLinks().stream()
                        .filter(link -> link.getRel().equals("alternate"))
                        .findFirst()
                        .orElseThrow()
                        .getHref();
    }

    private static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/artikelen/categorie/adviseren/rss.xml",
                "/artikelen/categorie/adviseren/atom.xml",
                "/consultants/bram-jansen/rss.xml",
                "/consultants/bram-jansen/atom.xml"
            })
    void feedsOfCategoriesAndConsultantsAnswerAConditionalGetWith304(String path) {
        HttpResponse<String> first = site.get(path);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), "a strong ETag: " + etag);

        HttpResponse<String> byTag = site.get(path, "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(304, site.get(path, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, site.get(path, "If-None-Match", "\"older\"").statusCode());
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void aCategoryPageAndAConsultantPageLinkTheirOwnFeedsBesideTheSitesFeeds() {
        assertOwnFeeds(
                "/artikelen/categorie/adviseren",
                "/artikelen/categorie/adviseren",
                "Koersvast Advies: artikelen over Adviseren");
        assertOwnFeeds(
                "/consultants/ilse-bakker", "/consultants/ilse-bakker", "Koersvast Advies: artikelen van Ilse Bakker");
        assertEquals(
                2,
                site.page("/artikelen").select("head link[rel=alternate][type]").size(),
                "the list of all articles has the site's feeds only (beside its hreflang links)");
        assertEquals(
                2,
                site.page("/artikelen/tag/reflectie")
                        .select("head link[rel=alternate][type]")
                        .size());
    }

    private void assertOwnFeeds(String page, String feedPath, String title) {
        List<String> feeds = site.page(page).select("head link[rel=alternate]").stream()
                .map(link -> link.attr("type") + " " + link.attr("href") + " " + link.attr("title"))
                .toList();
        assertTrue(
                feeds.contains("application/rss+xml " + feedPath + "/rss.xml " + title + " (RSS)"),
                page + ": " + feeds);
        assertTrue(
                feeds.contains("application/atom+xml " + feedPath + "/atom.xml " + title + " (Atom)"),
                page + ": " + feeds);
        assertTrue(feeds.contains("application/rss+xml /artikelen/rss.xml Koersvast Advies: artikelen (RSS)"), page);
        for (String feed : List.of(feedPath + "/rss.xml", feedPath + "/atom.xml")) {
            assertEquals(200, site.get(feed).statusCode(), feed);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/artikelen/categorie/bestaat-niet/rss.xml",
                "/artikelen/categorie/nog-geheim/atom.xml",
                "/consultants/bestaat-niet/rss.xml",
                "/consultants/bram-jansen/feed.xml",
                "/consultants/bram-jansen/rss.xml/meer",
                "/artikelen/categorie/adviseren/extra/rss.xml"
            })
    void anUnknownFeedIsNotFound(String path) {
        assertEquals(404, site.get(path).statusCode(), path + " (a category of drafts only is not public yet)");
    }

    @Test
    void anEditedArticleShowsAtOnceInTheFeedsOfItsCategoryAndAuthor() throws Exception {
        String slug = "de-adviseur-als-verandermakelaar-deel-2";
        String title = "De adviseur als verandermakelaar (deel 2): vier tips voor de praktijk";
        List<String> feeds = List.of(
                "/artikelen/categorie/adviseren/atom.xml",
                "/artikelen/categorie/adviseren/rss.xml",
                "/consultants/anne-de-vries/rss.xml",
                "/consultants/anne-de-vries/atom.xml");
        for (String path : feeds) {
            site.get(path);
            assertEquals("hit", site.get(path).headers().firstValue("X-Cache").orElseThrow(), path + " is cached");
        }
        try {
            assertEquals(
                    204,
                    site.post("/test-only/articles/" + slug, "title=Vier+nieuwe+tips")
                            .statusCode());
            for (String path : feeds) {
                assertEquals(
                        "Vier nieuwe tips", entry(parse(site.get(path)), slug).getTitle(), path);
            }
        } finally {
            assertEquals(
                    204,
                    site.post(
                                    "/test-only/articles/" + slug,
                                    "title=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                            .statusCode());
        }
        assertEquals(title, entry(parse(site.get(feeds.get(0))), slug).getTitle());
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
                    .collect(Collectors.toMap(
                            link -> link.attr("type"), Function.identity(), (sitesFeed, pagesOwn) -> sitesFeed));
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
