package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.function.Executable;

/**
 * What LinkedIn, X, Facebook, WhatsApp and search engines read in the head of every kind of page:
 * OpenGraph, the X card and JSON-LD, each checked against what the page itself shows.
 */
@ExtendWith(ArquillianExtension.class)
class SharePreviewsIT {

    static final String BASE = PublicPagesIT.BASE;
    static final String SITE_NAME = "Koersvast Advies";

    private static final String ARTICLE = "/artikelen/intervisie-die-blijft-werken";
    private static final String CASE = "/cases/gemeente-lindenburg-wijkaanpak";
    private static final String SERVICE = "/diensten/teamcoaching";
    private static final String CONSULTANT = "/consultants/anne-de-vries";

    /** Every kind of public page, with its og:type and the @type of its JSON-LD. */
    private static final Map<String, List<String>> PAGE_TYPES = new LinkedHashMap<>();

    static {
        PAGE_TYPES.put("/", List.of("website", "Organization"));
        PAGE_TYPES.put(ARTICLE, List.of("article", "Article"));
        PAGE_TYPES.put("/artikelen/extra-1", List.of("article", "BlogPosting"));
        PAGE_TYPES.put("/artikelen", List.of("website", "CollectionPage"));
        PAGE_TYPES.put("/artikelen/categorie/adviseren", List.of("website", "CollectionPage"));
        PAGE_TYPES.put(CASE, List.of("article", "Article"));
        PAGE_TYPES.put("/cases", List.of("website", "CollectionPage"));
        PAGE_TYPES.put(SERVICE, List.of("website", "BreadcrumbList"));
        PAGE_TYPES.put("/diensten", List.of("website", "CollectionPage"));
        PAGE_TYPES.put(CONSULTANT, List.of("profile", "Person"));
        PAGE_TYPES.put("/consultants", List.of("website", "CollectionPage"));
        PAGE_TYPES.put("/contact", List.of("website", "ContactPage"));
    }

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

    /** The content of a meta tag by its property (OpenGraph) or name (X), "" when absent. */
    static String meta(Document page, String key) {
        Element tag = page.selectFirst("head meta[property=" + key + "], head meta[name=" + key + "]");
        return tag == null ? "" : tag.attr("content");
    }

    static List<String> metas(Document page, String key) {
        return page.select("head meta[property=" + key + "]").eachAttr("content");
    }

    /** Every JSON-LD block of the page, parsed as JSON. */
    static List<JsonObject> jsonLd(Document page) {
        List<JsonObject> blocks = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            blocks.add(Json.createReader(new StringReader(script.data())).readObject());
        }
        return blocks;
    }

    @Test
    void everyKindOfPageHasACompletePreviewWithAbsoluteUrls() {
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : PAGE_TYPES.entrySet()) {
            String path = entry.getKey();
            Document page = site.page(path);
            String canonical = BASE + path;
            checks.add(() -> assertEquals(canonical, meta(page, "og:url"), path + " og:url"));
            checks.add(() -> assertEquals(entry.getValue().get(0), meta(page, "og:type"), path + " og:type"));
            checks.add(() -> assertEquals("nl_NL", meta(page, "og:locale"), path));
            checks.add(() -> assertEquals(SITE_NAME, meta(page, "og:site_name"), path));
            for (String key : List.of("og:title", "og:description", "og:image:alt", "twitter:image:alt")) {
                checks.add(() -> assertFalse(meta(page, key).isBlank(), path + " has " + key));
            }
            checks.add(() -> assertTrue(meta(page, "og:image").startsWith(BASE + "/"), path + " og:image is absolute"));
            checks.add(() -> assertTrue(meta(page, "og:image:width").matches("[1-9][0-9]*"), path + " width"));
            checks.add(() -> assertTrue(meta(page, "og:image:height").matches("[1-9][0-9]*"), path + " height"));
            checks.add(() -> assertEquals("summary_large_image", meta(page, "twitter:card"), path));
            checks.add(() -> assertEquals(meta(page, "og:title"), meta(page, "twitter:title"), path));
            checks.add(() -> assertEquals(meta(page, "og:description"), meta(page, "twitter:description"), path));
            checks.add(() -> assertEquals(meta(page, "og:image"), meta(page, "twitter:image"), path));
            checks.add(() -> assertEquals(meta(page, "og:image:alt"), meta(page, "twitter:image:alt"), path));
            String image = meta(page, "og:image");
            HttpResponse<byte[]> fetched = site.bytes(image.substring(BASE.length()));
            checks.add(() ->
                    assertEquals(200, fetched.statusCode(), path + ": its preview image " + image + " is served"));
            checks.add(() -> assertEquals(
                    meta(page, "og:image:type"),
                    fetched.headers().firstValue("Content-Type").orElse(""),
                    path + ": og:image:type says what the image is"));
        }
        assertAll(checks);
    }

    @Test
    void everyKindOfPageHasJsonLdOfItsTypeWithAbsoluteUrlsOnly() {
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : PAGE_TYPES.entrySet()) {
            String path = entry.getKey();
            List<JsonObject> blocks = jsonLd(site.page(path));
            checks.add(() -> assertEquals(1, blocks.size(), path + " has one JSON-LD block"));
            if (blocks.isEmpty()) {
                continue;
            }
            JsonObject data = blocks.get(0);
            checks.add(() -> assertEquals("https://schema.org", data.getString("@context"), path));
            checks.add(() -> assertEquals(entry.getValue().get(1), data.getString("@type"), path));
            for (String url : addresses(data, "")) {
                checks.add(() -> assertTrue(
                        url.startsWith(BASE + "/") || url.startsWith("https://www.linkedin.com/"),
                        path + ": every address in its JSON-LD is absolute: " + url));
            }
        }
        assertAll(checks);
    }

    @Test
    void anArticleSaysWhoWroteItWhenAndAboutWhat() {
        Document page = site.page(ARTICLE);
        String title = page.selectFirst("h1").text();
        List<String> authorPaths = page.select(".byline a.author").eachAttr("href");
        List<String> tags = page.select(".article-footer .tags a").eachText();

        assertEquals(title, meta(page, "og:title"));
        assertEquals(page.selectFirst(".article-header .lead").text(), meta(page, "og:description"));
        assertEquals("2025-03-18", meta(page, "article:published_time"));
        assertEquals(authorPaths.stream().map(path -> BASE + path).toList(), metas(page, "article:author"));
        assertEquals(2, metas(page, "article:author").size(), "one article:author per author");
        assertEquals(tags, metas(page, "article:tag"));

        JsonObject data = jsonLd(page).get(0);
        assertEquals(title, data.getString("headline"));
        assertEquals("2025-03-18", data.getString("datePublished"));
        assertFalse(data.getString("dateModified").isBlank());
        assertEquals(
                page.select(".byline a.author").eachText(),
                data.getJsonArray("author").getValuesAs(JsonObject.class).stream()
                        .map(author -> author.getString("name"))
                        .toList());
        JsonObject sanne = data.getJsonArray("author").getJsonObject(0);
        assertEquals("Person", sanne.getString("@type"));
        assertEquals(BASE + "/consultants/sanne-visser", sanne.getString("url"));
        assertFalse(sanne.getString("jobTitle").isBlank());
        assertEquals(SITE_NAME, data.getJsonObject("publisher").getString("name"));
        assertEquals(
                200,
                site.get(path(data.getJsonObject("publisher")
                                .getJsonObject("logo")
                                .getString("url")))
                        .statusCode());
        assertEquals(meta(page, "og:image"), data.getJsonObject("image").getString("url"));
        assertEquals(BASE + ARTICLE, data.getJsonObject("mainEntityOfPage").getString("@id"));
        assertEquals(tags, strings(data.getJsonArray("keywords")));
    }

    @Test
    void theHomePageDescribesTheFirm() {
        Document page = site.page("/");
        JsonObject firm = jsonLd(page).get(0);

        assertEquals(SITE_NAME, meta(page, "og:title"));
        assertEquals(SITE_NAME, firm.getString("name"));
        assertEquals(BASE + "/", firm.getString("url"));
        assertEquals("info@koersvast.example", firm.getString("email"));
        assertEquals("030 123 45 67", firm.getString("telephone"));
        assertEquals(
                200, site.get(path(firm.getJsonObject("logo").getString("url"))).statusCode());
    }

    @Test
    void aServicePagesBreadcrumbsAreTheOnesItShows() {
        Document page = site.page(SERVICE);
        List<Element> visible = page.select(".breadcrumb li");
        JsonArray items = jsonLd(page).get(0).getJsonArray("itemListElement");

        assertEquals(List.of("Home", "Diensten", "Coaching en intervisie", "Teamcoaching"), eachText(visible));
        assertEquals(visible.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.getJsonObject(i);
            Element link = visible.get(i).selectFirst("a");
            assertEquals(i + 1, item.getInt("position"));
            assertEquals(visible.get(i).text(), item.getString("name"));
            assertEquals(link == null ? BASE + SERVICE : BASE + link.attr("href"), item.getString("item"));
        }
    }

    @Test
    void aConsultantIsAPersonWithTheirRoleAndLinkedIn() {
        Document page = site.page(CONSULTANT);
        JsonObject person = jsonLd(page).get(0);

        assertEquals("Anne de Vries", meta(page, "og:title"));
        assertEquals(page.selectFirst("h1").text(), person.getString("name"));
        assertEquals(page.selectFirst(".role").text(), person.getString("jobTitle"));
        assertEquals(
                List.of(page.selectFirst(".contact-links a.linkedin").attr("href")),
                strings(person.getJsonArray("sameAs")));
        assertEquals(SITE_NAME, person.getJsonObject("worksFor").getString("name"));
        assertEquals(BASE + CONSULTANT, person.getString("url"));
    }

    @Test
    void aCaseIsAnArticleAboutItsClient() {
        Document page = site.page(CASE);
        JsonObject data = jsonLd(page).get(0);

        assertEquals(page.selectFirst("h1").text(), data.getString("headline"));
        assertEquals(
                page.selectFirst(".facts .client").text(),
                data.getJsonObject("about").getString("name"));
        assertEquals(
                page.select(".facts .consultants a").eachText().stream()
                        .sorted()
                        .toList(),
                data.getJsonArray("author").getValuesAs(JsonObject.class).stream()
                        .map(author -> author.getString("name"))
                        .sorted()
                        .toList());
        assertEquals("2025-05-20", meta(page, "article:published_time"));
        assertTrue(metas(page, "article:author").isEmpty(), "article:author is for articles' bylines");
    }

    @Test
    void theContactPageNamesTheFirmsContactDetails() {
        JsonObject data = jsonLd(site.page("/contact")).get(0);

        assertEquals("info@koersvast.example", data.getJsonObject("mainEntity").getString("email"));
        assertEquals(BASE + "/contact", data.getString("url"));
    }

    @Test
    void pagesWithoutAPictureOfTheirOwnShareTheSitesImage() {
        String siteImage = meta(site.page("/"), "og:image");

        assertTrue(siteImage.matches(BASE + "/deelbeeld/site-[0-9a-f]{12}\\.png"), siteImage);
        for (String path :
                List.of("/artikelen", "/cases", SERVICE, "/diensten", CONSULTANT, "/consultants", "/contact")) {
            assertEquals(siteImage, meta(site.page(path), "og:image"), path);
        }
        assertEquals("1200", meta(site.page("/"), "og:image:width"));
        assertEquals("630", meta(site.page("/"), "og:image:height"));
    }

    @Test
    void articlesAndCasesWithoutAPictureGetOneWithTheirTitle() {
        Document article = site.page(ARTICLE);
        Document svgOnly = site.page("/artikelen/leren-van-je-eigen-praktijk");
        Document caseStudy = site.page(CASE);

        assertTrue(meta(article, "og:image")
                .matches(BASE + "/deelbeeld/artikelen/intervisie-die-blijft-werken-[0-9a-f]{12}\\.png"));
        assertTrue(
                meta(svgOnly, "og:image").contains("/deelbeeld/artikelen/leren-van-je-eigen-praktijk-"),
                "no network shows an SVG, so an article whose image is one gets a drawn picture: "
                        + meta(svgOnly, "og:image"));
        assertTrue(meta(caseStudy, "og:image").contains("/deelbeeld/cases/gemeente-lindenburg-wijkaanpak-"));
        assertTrue(meta(article, "og:image:alt")
                .startsWith(article.selectFirst("h1").text()));
    }

    @Test
    void anArticleOrConsultantWithAPictureOfItsOwnSharesThat() {
        site.post("/test-only/articles/extra-2", "image=/media/proef-foto.png&imageAlt=Een+gele+zon");
        site.post("/test-only/consultants/bram-jansen", "photo=/media/portret-proef.jpg");

        Document article = site.page("/artikelen/extra-2");
        Document consultant = site.page("/consultants/bram-jansen");

        assertEquals(BASE + "/media/proef-foto.png", meta(article, "og:image"));
        assertEquals("1600", meta(article, "og:image:width"));
        assertEquals("900", meta(article, "og:image:height"));
        assertEquals("image/png", meta(article, "og:image:type"));
        assertEquals("Een gele zon", meta(article, "og:image:alt"));
        assertEquals(
                meta(article, "og:image"),
                jsonLd(article).get(0).getJsonObject("image").getString("url"));
        assertEquals(BASE + "/media/portret-proef.jpg", meta(consultant, "og:image"));
        assertEquals("400", meta(consultant, "og:image:width"));
        assertEquals(
                BASE + "/media/portret-proef.jpg", jsonLd(consultant).get(0).getString("image"));
    }

    private static String path(String absolute) {
        assertTrue(absolute.startsWith(BASE + "/"), absolute);
        return absolute.substring(BASE.length());
    }

    private static List<String> eachText(List<Element> elements) {
        return elements.stream().map(Element::text).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** Every string under a key that holds an address: url, @id, item, image, logo, sameAs. */
    private static List<String> addresses(JsonValue value, String key) {
        List<String> found = new ArrayList<>();
        if (value instanceof JsonObject object) {
            object.forEach((name, child) -> found.addAll(addresses(child, name)));
        } else if (value instanceof JsonArray array) {
            array.forEach(child -> found.addAll(addresses(child, key)));
        } else if (value instanceof JsonString text
                && List.of("url", "@id", "item", "image", "sameAs").contains(key)) {
            found.add(text.getString());
        }
        return found;
    }
}
