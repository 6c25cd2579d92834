package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The site in two languages, as a visitor and a search engine see it: English pages under /en in
 * English, the Dutch site as it was, hreflang links and the language switch joining an item and
 * its translation, lists, feeds and the sitemap per language, and English form messages.
 */
@ExtendWith(ArquillianExtension.class)
class LanguageIT {

    static final String BASE = PublicPagesIT.BASE;

    /** A Dutch sample article and its English translation (content/articles). */
    static final String DUTCH_ARTICLE = "/artikelen/intervisie-die-blijft-werken";

    static final String ENGLISH_ARTICLE = "/en/articles/peer-review-that-keeps-working";

    /** A Dutch sample article without a translation. */
    static final String UNTRANSLATED = "/artikelen/projectmatig-werken-begint-bij-de-opdracht";

    /** The English sample articles: the only ones an English list may show. */
    static final List<String> ENGLISH_ARTICLES =
            List.of(ENGLISH_ARTICLE, "/en/articles/learning-from-your-own-practice");

    /** Past the spam guard's minimum fill time (site.spam.min-fill-seconds=3 by default). */
    private static final long FILL_TIME = 3_100;

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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en",
                "/en/articles",
                "/en/articles/category/leren-en-ontwikkelen",
                "/en/articles/tag/intervisie",
                "/en/articles/archive/2025",
                ENGLISH_ARTICLE,
                "/en/cases",
                "/en/cases/riverside-care-group-team-coaching",
                "/en/services",
                "/en/services/team-coaching",
                "/en/consultants",
                "/en/consultants/sanne-visser",
                "/en/contact",
                "/en/contact/thank-you",
                "/en/search",
                "/en/search?q=peer",
                "/en/newsletter",
                "/en/newsletter/requested"
            })
    void englishPagesAnswerInEnglishWithoutACookieOrAForeignScript(String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), path + " sets no cookie");
        Document page = Jsoup.parse(response.body(), base + path);
        assertEquals("en", page.selectFirst("html").attr("lang"), path);
        assertEquals("Articles", page.selectFirst("nav a[href=/en/articles]").text(), path);
        assertEquals(
                List.of(),
                page.select("a[href^=/artikelen], a[href^=/diensten], a[href^=/consultants]").stream()
                        .filter(link -> !link.hasClass("language-switch"))
                        .map(link -> link.attr("href"))
                        .toList(),
                path + " links to Dutch pages");
        assertTrue(PublicPagesIT.runsNoScriptButOurs(page), path);
    }

    @Test
    void dutchPagesAreAsTheyWere() {
        Document home = site.page("/");
        assertEquals("nl", home.selectFirst("html").attr("lang"));
        assertEquals("Artikelen", home.selectFirst("nav a[href=/artikelen]").text());
        Document article = site.page(DUTCH_ARTICLE);
        assertEquals("nl", article.selectFirst("html").attr("lang"));
        assertTrue(article.selectFirst(".reading-time").text().contains("min"), "Dutch reading time");
    }

    @Test
    void anArticleAndItsTranslationNameEachOtherWithAbsoluteHreflangLinks() {
        Map<String, String> expected = Map.of(
                "nl", BASE + DUTCH_ARTICLE,
                "en", BASE + ENGLISH_ARTICLE,
                "x-default", BASE + DUTCH_ARTICLE);
        assertEquals(expected, hreflang(site.page(DUTCH_ARTICLE)));
        assertEquals(expected, hreflang(site.page(ENGLISH_ARTICLE)));
        assertEquals(
                "en_GB",
                site.page(ENGLISH_ARTICLE)
                        .selectFirst("meta[property=og:locale]")
                        .attr("content"));
        assertEquals(
                "nl_NL",
                site.page(ENGLISH_ARTICLE)
                        .selectFirst("meta[property=og:locale:alternate]")
                        .attr("content"));
    }

    @Test
    void anArticleWithoutTranslationNamesOnlyItself() {
        Document page = site.page(UNTRANSLATED);
        assertEquals(Map.of("nl", BASE + UNTRANSLATED), hreflang(page));
        assertTrue(page.select("meta[property=og:locale:alternate]").isEmpty());
    }

    @Test
    void pagesOfEveryKindHaveTheirTwinInTheOtherLanguage() {
        assertEquals(Map.of("nl", BASE + "/", "en", BASE + "/en", "x-default", BASE + "/"), hreflang(site.page("/en")));
        assertEquals(
                Map.of(
                        "nl", BASE + "/consultants/sanne-visser",
                        "en", BASE + "/en/consultants/sanne-visser",
                        "x-default", BASE + "/consultants/sanne-visser"),
                hreflang(site.page("/consultants/sanne-visser")));
    }

    @Test
    void theLanguageSwitchLeadsToTheTranslationOrElseToTheOtherList() {
        Element toEnglish = site.page(DUTCH_ARTICLE).selectFirst("a.language-switch");
        assertEquals(ENGLISH_ARTICLE, toEnglish.attr("href"));
        assertEquals("English", toEnglish.text());
        assertEquals("en", toEnglish.attr("hreflang"));
        assertEquals("en", toEnglish.attr("lang"));

        Element toDutch = site.page(ENGLISH_ARTICLE).selectFirst("a.language-switch");
        assertEquals(DUTCH_ARTICLE, toDutch.attr("href"));
        assertEquals("Nederlands", toDutch.text());
        assertEquals("nl", toDutch.attr("lang"));

        assertEquals(
                "/en/articles",
                site.page(UNTRANSLATED).selectFirst("a.language-switch").attr("href"));
        assertEquals(
                "/contact",
                site.page("/en/contact").selectFirst("a.language-switch").attr("href"));
        assertEquals(
                "/en/services/team-coaching",
                site.page("/diensten/teamcoaching")
                        .selectFirst("a.language-switch")
                        .attr("href"));
    }

    @Test
    void englishListsShowOnlyEnglishItemsAndDutchListsOnlyDutchOnes() {
        assertEquals(ENGLISH_ARTICLES.stream().sorted().toList(), articleLinks(site.page("/en/articles")));
        assertEquals(
                List.of("/en/cases/riverside-care-group-team-coaching"),
                links(site.page("/en/cases"), "main a[href^=/en/cases/]"));
        List<String> dutch = articleLinks(site.page("/artikelen"));
        assertFalse(dutch.isEmpty());
        assertTrue(dutch.stream().noneMatch(path -> path.startsWith("/en/")), dutch.toString());
        assertTrue(site.get("/artikelen").body().contains("intervisie-die-blijft-werken"));
        assertFalse(site.get("/artikelen").body().contains("peer-review-that-keeps-working"));
        assertFalse(site.get("/").body().contains("/en/articles/"), "the Dutch home shows Dutch articles");
    }

    @Test
    void anEnglishArticleShowsItsDateAndReadingTimeInEnglish() {
        Document page = site.page(ENGLISH_ARTICLE);
        assertEquals("18 March 2025", page.selectFirst("article time").text());
        assertTrue(
                page.selectFirst(".reading-time").text().endsWith("min read"),
                page.selectFirst(".reading-time").text());
    }

    @Test
    void aDutchSlugAtAnEnglishAddressMovesToItsOwnPage() {
        HttpResponse<String> moved = site.get("/en/articles/intervisie-die-blijft-werken");
        assertEquals(301, moved.statusCode());
        assertEquals(DUTCH_ARTICLE, moved.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anUnknownEnglishAddressGetsAnEnglishNotFoundPage() {
        HttpResponse<String> response = site.get("/en/articles/no-such-article");
        assertEquals(404, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertTrue(page.title().startsWith("Page not found"), page.title());
    }

    @Test
    void theSitemapListsEnglishPagesWithTheirAlternates() {
        HttpResponse<String> response = site.get("/sitemap.xml");
        assertEquals(200, response.statusCode());
        Document sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
        Map<String, Element> urls = sitemap.select("url").stream()
                .collect(Collectors.toMap(url -> url.selectFirst("loc").text(), url -> url));
        assertTrue(urls.containsKey(BASE + "/en"), "the English home");
        assertTrue(urls.containsKey(BASE + "/en/services/team-coaching"));
        Element english = urls.get(BASE + ENGLISH_ARTICLE);
        assertNotNull(english, "the English article");
        Map<String, String> alternates = english.getElementsByTag("xhtml:link").stream()
                .collect(Collectors.toMap(link -> link.attr("hreflang"), link -> link.attr("href")));
        assertEquals(
                Map.of(
                        "nl", BASE + DUTCH_ARTICLE,
                        "en", BASE + ENGLISH_ARTICLE,
                        "x-default", BASE + DUTCH_ARTICLE),
                alternates);
        assertEquals(
                3, urls.get(BASE + DUTCH_ARTICLE).getElementsByTag("xhtml:link").size());
        assertTrue(urls.get(BASE + UNTRANSLATED).getElementsByTag("xhtml:link").isEmpty(), "no translation");
        assertTrue(response.body().contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    }

    @Test
    void theEnglishFeedIsInEnglishAndHoldsOnlyEnglishArticles() throws Exception {
        HttpResponse<String> response = site.get("/en/articles/rss.xml");
        assertEquals(200, response.statusCode());
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("en", feed.getLanguage());
        assertEquals(BASE + "/en/articles", feed.getLink());
        assertEquals(
                ENGLISH_ARTICLES.stream().map(path -> BASE + path).sorted().toList(),
                feed.getEntries().stream().map(SyndEntry::getLink).sorted().toList());
        SyndFeed dutch = new SyndFeedInput()
                .build(new StringReader(site.get("/artikelen/rss.xml").body()));
        assertEquals("nl", dutch.getLanguage());
        assertTrue(
                dutch.getEntries().stream().noneMatch(entry -> entry.getLink().contains("/en/")));
    }

    @Test
    void englishSearchFindsEnglishItems() {
        Document results = site.page("/en/search?q=" + URLEncoder.encode("peer review", StandardCharsets.UTF_8));
        List<String> found = links(results, "main a[href^=/en/]");
        assertTrue(found.contains(ENGLISH_ARTICLE), found.toString());
        assertTrue(results.select("main a[href^=/artikelen/]").isEmpty(), "no Dutch results");
    }

    @Test
    void anEmptyContactFormOnAnEnglishPageComesBackWithEnglishFieldMessages() throws Exception {
        Document page = site.page("/en/contact");
        Thread.sleep(FILL_TIME);
        Element form = page.getElementById("contact-form");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.val());
        }
        HttpResponse<String> answer = site.post(form.attr("action"), encode(fields));
        assertEquals(422, answer.statusCode(), answer.body());
        Document back = Jsoup.parse(answer.body());
        assertEquals("en", back.selectFirst("html").attr("lang"));
        assertEquals("Please enter your name.", back.getElementById("fout-naam").text());
        assertEquals(
                "Please enter your e-mail address.",
                back.getElementById("fout-email").text());
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty());
    }

    private static Map<String, String> hreflang(Document page) {
        return page.select("head link[rel=alternate][hreflang]").stream()
                .collect(Collectors.toMap(link -> link.attr("hreflang"), link -> link.attr("href")));
    }

    private static List<String> articleLinks(Document list) {
        return links(list, "main .article-card h3 a");
    }

    private static List<String> links(Document page, String selector) {
        return page.select(selector).stream()
                .map(link -> link.attr("href"))
                .distinct()
                .sorted()
                .toList();
    }

    private static String encode(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }
}
