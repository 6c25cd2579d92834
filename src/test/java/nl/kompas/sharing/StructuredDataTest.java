package nl.kompas.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.kompas.article.Article;
import nl.kompas.article.Category;
import nl.kompas.article.Tag;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublishableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructuredDataTest {

    private static final String BASE = "https://www.koersvast.example";
    private static final SiteIdentity SITE = new SiteIdentity(
            "Koersvast Advies",
            "Organisatieontwikkeling, opleidingen en coaching",
            BASE,
            BASE + "/theme/abc123abc123/logo.svg",
            "info@koersvast.example",
            "030 123 45 67",
            List.of("https://www.linkedin.com/company/koersvast"),
            "nl-NL",
            ZoneId.of("Europe/Amsterdam"));
    private static final PreviewImage IMAGE =
            new PreviewImage(BASE + "/deelbeeld/artikelen/x-0123456789ab.png", 1200, 630, "image/png", "X · Koersvast");

    private static Consultant consultant(String slug, String name, String role, String linkedin) {
        Consultant consultant =
                new Consultant(slug, name, role, MarkdownRenderer.instance().render("Bio."));
        consultant.changeContact(linkedin, null, null);
        return consultant;
    }

    /** The time the database would have stamped on saving; entities get it only from JPA. */
    private static <T extends PublishableItem> T saved(T item) throws ReflectiveOperationException {
        Method stamp = PublishableItem.class.getDeclaredMethod("recordChange");
        stamp.setAccessible(true);
        stamp.invoke(item);
        return item;
    }

    private static Article article(String typeLabel) throws ReflectiveOperationException {
        Article article = new Article(
                "intervisie-die-blijft-werken",
                "Intervisie die blijft werken",
                typeLabel,
                LocalDate.of(2025, 6, 12),
                MarkdownRenderer.instance().render("Een tekst."));
        article.summarize("Hoe intervisie na de training blijft.");
        article.writtenBy(consultant("sanne-visser", "Sanne Visser", "Teamcoach", "https://www.linkedin.com/in/sanne"));
        article.writtenBy(consultant("ilse-bakker", "Ilse Bakker", "Adviseur", null));
        article.tag(new Tag("Reflectie"));
        article.tag(new Tag("Intervisie"));
        article.fileUnder(new Category("Leren en ontwikkelen"));
        return saved(article);
    }

    private static JsonObject reparsed(JsonObject data) {
        // Through the text a page carries, so what is tested is what a crawler reads.
        return Json.createReader(new StringReader(JsonLd.scriptText(data))).readObject();
    }

    @ParameterizedTest
    @CsvSource({
        "Blog, BlogPosting",
        "blogpost, BlogPosting",
        "Artikel, Article",
        "Interview, Article",
        "Opinie, Article"
    })
    void blogLabelsAreBlogPostingsTheRestArticles(String label, String type) {
        assertEquals(type, StructuredData.articleType(label));
    }

    @Test
    void anArticleNamesHeadlineDatesAuthorsPublisherImageAndKeywords() throws ReflectiveOperationException {
        String url = BASE + "/artikelen/intervisie-die-blijft-werken";
        JsonObject data = reparsed(StructuredData.article(article("Artikel"), url, IMAGE, SITE));

        assertEquals("https://schema.org", data.getString("@context"));
        assertEquals("Article", data.getString("@type"));
        assertEquals("Intervisie die blijft werken", data.getString("headline"));
        assertEquals("Hoe intervisie na de training blijft.", data.getString("description"));
        assertEquals("2025-06-12", data.getString("datePublished"));
        OffsetDateTime modified = OffsetDateTime.parse(data.getString("dateModified"));
        assertFalse(modified.toLocalDate().isBefore(LocalDate.of(2025, 6, 12)), "modified after published");
        assertEquals(url, data.getJsonObject("mainEntityOfPage").getString("@id"));
        assertEquals(url, data.getString("url"));
        assertEquals("nl-NL", data.getString("inLanguage"));

        JsonArray authors = data.getJsonArray("author");
        assertEquals(2, authors.size());
        JsonObject sanne = authors.getJsonObject(0);
        assertEquals("Person", sanne.getString("@type"));
        assertEquals("Sanne Visser", sanne.getString("name"));
        assertEquals(BASE + "/consultants/sanne-visser", sanne.getString("url"));
        assertEquals("Teamcoach", sanne.getString("jobTitle"));
        assertEquals(
                "https://www.linkedin.com/in/sanne",
                sanne.getJsonArray("sameAs").getString(0));
        assertFalse(authors.getJsonObject(1).containsKey("sameAs"), "no LinkedIn, no sameAs");

        JsonObject publisher = data.getJsonObject("publisher");
        assertEquals("Organization", publisher.getString("@type"));
        assertEquals("Koersvast Advies", publisher.getString("name"));
        assertEquals(BASE + "/", publisher.getString("url"));
        assertEquals(SITE.logoUrl(), publisher.getJsonObject("logo").getString("url"));

        JsonObject image = data.getJsonObject("image");
        assertEquals(IMAGE.getUrl(), image.getString("url"));
        assertEquals(1200, image.getInt("width"));
        assertEquals(630, image.getInt("height"));
        assertEquals(
                List.of("Intervisie", "Reflectie"),
                strings(data.getJsonArray("keywords")).stream().sorted().toList());
        assertEquals(List.of("Leren en ontwikkelen"), strings(data.getJsonArray("articleSection")));
    }

    @Test
    void aBlogIsABlogPosting() throws ReflectiveOperationException {
        assertEquals(
                "BlogPosting",
                StructuredData.article(article("Blog"), BASE + "/artikelen/x", IMAGE, SITE)
                        .getString("@type"));
    }

    @Test
    void aCaseIsAnArticleAboutItsClientByItsConsultants() throws ReflectiveOperationException {
        CaseStudy caseStudy = new CaseStudy(
                "gemeente-lindenburg-wijkaanpak",
                "Gemeente Lindenburg: één wijkaanpak",
                "Gemeente Lindenburg",
                "Overheid",
                LocalDate.of(2025, 5, 20),
                MarkdownRenderer.instance().render("Tekst."));
        caseStudy.involve(consultant("bram-jansen", "Bram Jansen", "Adviseur", null));
        JsonObject data = reparsed(StructuredData.caseStudy(saved(caseStudy), BASE + "/cases/x", IMAGE, SITE));

        assertEquals("Article", data.getString("@type"));
        assertEquals("Gemeente Lindenburg: één wijkaanpak", data.getString("headline"));
        assertEquals("Gemeente Lindenburg", data.getJsonObject("about").getString("name"));
        assertEquals("Bram Jansen", data.getJsonArray("author").getJsonObject(0).getString("name"));
        assertEquals("2025-05-20", data.getString("datePublished"));
    }

    @Test
    void theFirmOnTheHomePage() {
        JsonObject data = reparsed(StructuredData.organization(SITE));

        assertEquals("Organization", data.getString("@type"));
        assertEquals("Koersvast Advies", data.getString("name"));
        assertEquals(BASE + "/", data.getString("url"));
        assertEquals(SITE.logoUrl(), data.getJsonObject("logo").getString("url"));
        assertEquals("info@koersvast.example", data.getString("email"));
        assertEquals("030 123 45 67", data.getString("telephone"));
        assertEquals(List.of("https://www.linkedin.com/company/koersvast"), strings(data.getJsonArray("sameAs")));
    }

    @Test
    void noSameAsOrTelephoneWhenNoneIsConfigured() {
        SiteIdentity bare = new SiteIdentity(
                "Firma", "", BASE, BASE + "/logo.svg", "a@b.example", "", List.of(), "nl-NL", ZoneId.of("UTC"));

        JsonObject data = StructuredData.organization(bare);

        assertFalse(data.containsKey("sameAs"));
        assertFalse(data.containsKey("telephone"));
        assertFalse(data.containsKey("description"));
    }

    @Test
    void aConsultantIsAPersonWorkingForTheFirm() {
        Consultant anne = consultant(
                "anne-de-vries", "Anne de Vries", "Senior adviseur", "https://www.linkedin.com/in/anne-de-vries");
        String url = BASE + "/consultants/anne-de-vries";

        JsonObject data = reparsed(StructuredData.person(anne, url, BASE + "/media/anne.jpg", SITE));

        assertEquals("Person", data.getString("@type"));
        assertEquals("Anne de Vries", data.getString("name"));
        assertEquals("Senior adviseur", data.getString("jobTitle"));
        assertEquals(url, data.getString("url"));
        assertEquals("Koersvast Advies", data.getJsonObject("worksFor").getString("name"));
        assertEquals(List.of("https://www.linkedin.com/in/anne-de-vries"), strings(data.getJsonArray("sameAs")));
        assertEquals(BASE + "/media/anne.jpg", data.getString("image"));
        assertFalse(reparsed(StructuredData.person(anne, url, null, SITE)).containsKey("image"), "no photo, no image");
    }

    @Test
    void breadcrumbsArePositionedInOrder() {
        JsonObject data = reparsed(StructuredData.breadcrumbs(List.of(
                new StructuredData.Crumb("Home", BASE + "/"),
                new StructuredData.Crumb("Diensten", BASE + "/diensten"),
                new StructuredData.Crumb("Coaching en intervisie", BASE + "/diensten#coaching-en-intervisie"),
                new StructuredData.Crumb("Teamcoaching", BASE + "/diensten/teamcoaching"))));

        assertEquals("BreadcrumbList", data.getString("@type"));
        JsonArray items = data.getJsonArray("itemListElement");
        assertEquals(4, items.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals("ListItem", items.getJsonObject(i).getString("@type"));
            assertEquals(i + 1, items.getJsonObject(i).getInt("position"));
        }
        assertEquals("Teamcoaching", items.getJsonObject(3).getString("name"));
        assertEquals(BASE + "/diensten", items.getJsonObject(1).getString("item"));
    }

    @Test
    void listsAndTheContactPage() {
        JsonObject list = reparsed(StructuredData.collectionPage("Cases", "Ons werk", BASE + "/cases", SITE));
        JsonObject contact = reparsed(StructuredData.contactPage("Contact", "Bel ons", BASE + "/contact", SITE));

        assertEquals("CollectionPage", list.getString("@type"));
        assertEquals(BASE + "/cases", list.getString("url"));
        assertEquals("Koersvast Advies", list.getJsonObject("isPartOf").getString("name"));
        assertEquals("ContactPage", contact.getString("@type"));
        assertEquals(
                "info@koersvast.example", contact.getJsonObject("mainEntity").getString("email"));
        assertFalse(contact.getJsonObject("mainEntity").containsKey("@context"));
    }

    @Test
    void aTitleCannotEndTheScriptElementItIsWrittenIn() throws ReflectiveOperationException {
        String hostile = "</script><script>alert(1)</script><!-- & \u2028 end";
        Article article = article("Artikel");
        article.retitle(hostile);

        String text = JsonLd.scriptText(StructuredData.article(article, BASE + "/artikelen/x", IMAGE, SITE));

        assertFalse(text.contains("<"), text);
        assertFalse(text.contains(">"), text);
        assertFalse(text.contains("&"), text);
        assertTrue(text.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"), text);
        assertEquals(
                hostile,
                Json.createReader(new StringReader(text)).readObject().getString("headline"),
                "a JSON parser reads the title unchanged");
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
