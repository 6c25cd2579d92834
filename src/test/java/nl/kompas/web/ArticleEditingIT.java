package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writing and publishing articles through the editing service, as editors and consultants would
 * in the admin: who may do what, what a bad form is told, a stale save, revisions, and what
 * visitors see of it all (only published articles, old addresses that move, a scheduled article
 * that appears on its own).
 */
@ExtendWith(ArquillianExtension.class)
class ArticleEditingIT {

    static final String EDITOR = "editor";
    static final String ANNE = "consultant:anne-de-vries";
    static final String BRAM = "consultant:bram-jansen";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-editing")
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(ArticleEditingProbe.class);
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    @Test
    void aConsultantWritesAndSubmitsButOnlyAnEditorPublishes() {
        Saved draft = saved(edit(ANNE, "save", null, "title", "Wat teams van elkaar leren", "body", "Eerste versie."));
        assertEquals("DRAFT", draft.status());
        Saved submitted = saved(edit(ANNE, "submit", draft, "body", "Tweede versie."));
        assertEquals("IN_REVIEW", submitted.status());

        for (String step : List.of("publish", "unpublish")) {
            assertEquals("refused editing.refused.publish", edit(ANNE, step, submitted));
        }
        assertEquals("refused editing.refused.publish", edit(ANNE, "schedule", submitted, "at", "2099-01-01T09:00"));
        assertEquals("refused editing.refused.not.author", edit(BRAM, "save", submitted, "title", "Van Bram"));
        assertEquals("refused editing.refused.role", edit("nobody", "save", null, "title", "Van niemand"));
        assertEquals(404, site.get("/artikelen/wat-teams-van-elkaar-leren").statusCode(), "in review is not public");

        Saved published = saved(edit(EDITOR, "publish", submitted));
        assertEquals("PUBLISHED", published.status());
        assertEquals(200, site.get("/artikelen/wat-teams-van-elkaar-leren").statusCode());
        assertEquals("refused editing.refused.published", edit(ANNE, "save", published, "title", "Toch anders"));
        assertEquals("refused editing.refused.published", edit(ANNE, "submit", published));

        Saved unpublished = saved(edit(EDITOR, "unpublish", published));
        assertEquals("DRAFT", unpublished.status());
        assertEquals(404, site.get("/artikelen/wat-teams-van-elkaar-leren").statusCode());

        String audit = get("/test-only/editing/audit?prefix=article");
        assertTrue(audit.contains("Anne de Vries|article.created|Wat teams van elkaar leren"), audit);
        assertTrue(audit.contains("Anne de Vries|article.submitted|Wat teams van elkaar leren"), audit);
        assertTrue(audit.contains("Eva Redacteur|article.published|Wat teams van elkaar leren"), audit);
        assertTrue(audit.contains("Eva Redacteur|article.unpublished|Wat teams van elkaar leren"), audit);
        assertFalse(audit.contains("Bram Jansen"), "a refused edit is not logged as done: " + audit);
    }

    @Test
    void aBadFormIsRefusedFieldByFieldAndNothingIsStored() {
        assertEquals("invalid title=editing.error.title.required", edit(EDITOR, "save", null, "title", " "));
        assertEquals(
                "invalid slug=editing.error.slug.invalid",
                edit(EDITOR, "save", null, "title", "Goede titel", "slug", "Geen Slug!"));
        assertEquals(
                "invalid slug=editing.error.slug.taken",
                edit(EDITOR, "save", null, "title", "Leren van je eigen praktijk"));
        assertEquals(
                "invalid imageAlt=editing.error.image.alt.required",
                edit(EDITOR, "save", null, "title", "Met beeld", "image", "/media/leercyclus.svg"));
        assertEquals(
                "invalid image=editing.error.image.path",
                edit(
                        EDITOR,
                        "save",
                        null,
                        "title",
                        "Beeld van elders",
                        "image",
                        "https://elders.example/x.png",
                        "imageAlt",
                        "Iets"));
        assertEquals(
                "invalid part=editing.error.part.required",
                edit(EDITOR, "save", null, "title", "Deel zonder nummer", "series", "Nieuwe reeks"));
        assertEquals(
                "invalid part=editing.error.part.number",
                edit(EDITOR, "save", null, "title", "Deel nul", "series", "Nieuwe reeks", "part", "0"));
        assertEquals(
                "invalid part=editing.error.part.taken",
                edit(
                        EDITOR,
                        "save",
                        null,
                        "title",
                        "Nog een deel 1",
                        "series",
                        "De adviseur als verandermakelaar",
                        "part",
                        "1"));
        assertEquals(
                "invalid authors=editing.error.authors.required",
                edit(EDITOR, "publish", null, "title", "Zonder auteur"));
        assertEquals(
                "invalid authors=editing.error.authors.self",
                edit(ANNE, "save", null, "title", "Alleen van Bram", "authors", "bram-jansen"));
        assertEquals(
                "invalid title=editing.error.title.required date=editing.error.date.required",
                edit(EDITOR, "save", null, "title", "", "date", ""),
                "every problem at once");
        assertEquals(
                "invalid publishAt=editing.error.publish.at.past",
                edit(
                        EDITOR,
                        "schedule",
                        null,
                        "title",
                        "Te laat",
                        "authors",
                        "anne-de-vries",
                        "at",
                        "2020-01-01T09:00"));

        for (String title : List.of("Goede titel", "Met beeld", "Deel nul", "Zonder auteur", "Te laat")) {
            assertEquals("count=0", list(EDITOR, "title=" + encode(title)).get(0), title + " was not stored");
        }
    }

    @Test
    void aSaveOnAStaleVersionOverwritesNothing() {
        Saved first = saved(edit(EDITOR, "save", null, "title", "Twee redacteuren", "body", "Begin."));
        Saved mine = saved(edit(EDITOR, "save", first, "body", "Mijn versie."));
        assertTrue(mine.version() > first.version(), "every save moves the version on");

        assertEquals("stale by=Eva Redacteur", edit(EDITOR, "save", first, "body", "Hun versie."));
        assertEquals("stale by=Eva Redacteur", edit(EDITOR, "publish", first, "authors", "anne-de-vries"));

        String revisions = get("/test-only/editing/revisions?id=" + first.id());
        assertEquals(2, revisions.lines().count(), revisions);
        assertTrue(revision(first.id(), 2).contains("Mijn versie."), "the later save is kept");
        Saved next = saved(edit(EDITOR, "save", mine, "body", "Daarna."));
        assertEquals("DRAFT", next.status(), "the stale publish did not happen");
    }

    @Test
    void aPublishedArticleKeepsItsOldAddressesAfterSlugChanges() {
        Saved article = saved(edit(EDITOR, "publish", null, "title", "Oud adres", "authors", "anne-de-vries"));
        assertEquals(200, site.get("/artikelen/oud-adres").statusCode());
        assertEquals(200, site.get("/artikelen/oud-adres").statusCode(), "now from the page cache");

        article = saved(edit(EDITOR, "save", article, "slug", "tussenadres"));
        assertMoved("/artikelen/oud-adres", "/artikelen/tussenadres");
        article = saved(edit(EDITOR, "save", article, "slug", "nieuw-adres"));
        assertMoved("/artikelen/oud-adres", "/artikelen/nieuw-adres");
        assertMoved("/artikelen/tussenadres", "/artikelen/nieuw-adres");
        assertEquals(200, site.get("/artikelen/nieuw-adres").statusCode());

        Saved newcomer = saved(edit(EDITOR, "save", null, "title", "Een ander stuk", "slug", "oud-adres"));
        assertEquals(404, site.get("/artikelen/oud-adres").statusCode(), "a draft took the address");
        saved(edit(EDITOR, "publish", newcomer, "authors", "bram-jansen"));
        assertTrue(site.page("/artikelen/oud-adres").title().startsWith("Een ander stuk"));
        assertMoved("/artikelen/tussenadres", "/artikelen/nieuw-adres");

        Saved draft = saved(edit(EDITOR, "save", null, "title", "Nooit gezien"));
        saved(edit(EDITOR, "save", draft, "slug", "nooit-gezien-2"));
        assertEquals(404, site.get("/artikelen/nooit-gezien").statusCode(), "no visitor knew the draft's address");

        saved(edit(EDITOR, "unpublish", article));
        assertEquals(404, site.get("/artikelen/tussenadres").statusCode(), "an old address of a draft leads nowhere");
    }

    @Test
    void everySaveKeepsARevisionThatCanBeComparedAndRestored() {
        String row =
                list(EDITOR, "title=" + encode("Leren van je eigen praktijk")).get(1);
        long id = Long.parseLong(row.split("\\|")[0]);
        Saved loaded = new Saved(id, -1, 0, "leren-van-je-eigen-praktijk", "PUBLISHED");
        int version = Integer.parseInt(editOpen(id));
        Saved renamed = saved(edit(EDITOR, "save", loaded.withVersion(version), "title", "Leren van de praktijk"));
        Saved rewritten = saved(edit(EDITOR, "save", renamed, "summary", "Een nieuwe samenvatting."));

        List<String> revisions =
                get("/test-only/editing/revisions?id=" + id).lines().toList();
        assertEquals(
                List.of("3|Eva Redacteur|article.saved", "2|Eva Redacteur|article.saved", "1|systeem|article.loaded"),
                revisions);
        String original = revision(id, 1).lines().skip(1).findFirst().orElseThrow();
        assertTrue(original.startsWith("title: 'Leren van je eigen praktijk: "), revision(id, 1));

        String diff = get("/test-only/editing/diff?id=" + id + "&older=1&newer=2");
        assertTrue(diff.contains("<del>" + original.replace("'", "&#39;") + "</del>"), diff);
        assertTrue(diff.contains("<ins>title: Leren van de praktijk</ins>"), diff);
        assertFalse(diff.contains("<ins>summary"), "only what changed between these two: " + diff);

        Saved restored = saved(edit(EDITOR, "restore", rewritten, "revision", "1"));
        assertEquals(4, restored.revision());
        assertEquals(original, revision(id, 4).lines().skip(1).findFirst().orElseThrow(), "the old title is back");
        assertTrue(
                site.page("/artikelen/leren-van-je-eigen-praktijk").title().startsWith("Leren van je eigen praktijk"));
        assertTrue(get("/test-only/editing/audit?prefix=article.restored").contains("Eva Redacteur|article.restored"));
    }

    @Test
    void aScheduledArticleAppearsOnItsOwnWhenItsTimeComes() throws InterruptedException {
        Saved scheduled = saved(edit(
                EDITOR,
                "schedule",
                null,
                "title",
                "Op tijd",
                "authors",
                "ilse-bakker",
                "date",
                "2026-01-05",
                "at",
                "+8s"));
        assertEquals("SCHEDULED", scheduled.status());
        assertNotPublic("op-tijd");

        HttpResponse<String> page = null;
        for (int second = 0; second < 60; second++) {
            page = site.get("/artikelen/op-tijd");
            if (page.statusCode() == 200) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(200, page.statusCode(), "published by the timer");
        assertTrue(site.get("/artikelen").body().contains("/artikelen/op-tijd"), "in the list");
        assertTrue(site.get("/artikelen/rss.xml").body().contains("/artikelen/op-tijd"), "in the feed");
        assertTrue(site.get("/sitemap.xml").body().contains("/artikelen/op-tijd"), "in the sitemap");
        assertTrue(
                get("/test-only/editing/audit?prefix=article.published").contains("systeem|article.published|Op tijd"));
    }

    @Test
    void draftsArticlesInReviewAndScheduledArticlesAreNeverPublic() {
        String[] common = {
            "authors",
            "anne-de-vries",
            "categories",
            "Geheim onderwerp",
            "tags",
            "Geheime tag",
            "date",
            "2001-05-01",
            "series",
            "Geheime reeks"
        };
        saved(edit(EDITOR, "save", null, with(common, "title", "Geheim concept", "part", "1")));
        saved(edit(ANNE, "submit", null, with(common, "title", "Geheim ter beoordeling", "part", "2")));
        saved(edit(
                EDITOR,
                "schedule",
                null,
                with(common, "title", "Geheim ingepland", "part", "3", "at", "2099-01-01T09:00")));
        for (String slug : List.of("geheim-concept", "geheim-ter-beoordeling", "geheim-ingepland")) {
            assertNotPublic(slug);
        }
        assertEquals(404, site.get("/artikelen/categorie/geheim-onderwerp").statusCode());
        assertEquals(404, site.get("/artikelen/tag/geheime-tag").statusCode());
        assertEquals(404, site.get("/series/geheime-reeks").statusCode());
        assertEquals(404, site.get("/artikelen/archief/2001").statusCode());
        assertFalse(site.get("/artikelen").body().contains("/artikelen/archief/2001"), "no year in the archive");
        assertFalse(site.get("/sitemap.xml").body().contains("geheim"), "nothing of them in the sitemap");
        assertFalse(site.get("/consultants/anne-de-vries").body().contains("Geheim"));
        assertFalse(site.get("/").body().contains("Geheim"));
    }

    @Test
    void theAdminListPagesSortsAndFiltersInTheDatabase() {
        List<String> all = list(EDITOR, "sort=TITLE&asc=true&first=0&max=5");
        int total = Integer.parseInt(all.get(0).substring("count=".length()));
        assertTrue(total >= 15, all.get(0));
        assertEquals(6, all.size(), "a page of 5");
        List<String> titles =
                all.subList(1, 6).stream().map(r -> r.split("\\|")[1]).toList();
        assertEquals(titles.stream().sorted().toList(), titles, "sorted by title");

        List<String> drafts = list(EDITOR, "status=DRAFT&sort=UPDATED&asc=false&first=0&max=100");
        assertTrue(drafts.stream().skip(1).allMatch(r -> r.split("\\|")[2].equals("DRAFT")), drafts.toString());
        assertTrue(drafts.stream().anyMatch(r -> r.contains("netwerksamenwerking-wie-trekt-de-kar")), "drafts too");

        List<String> bySanne = list(EDITOR, "author=sanne-visser&sort=DATE&asc=false&first=0&max=100");
        assertTrue(bySanne.size() > 1);
        assertTrue(bySanne.stream().skip(1).allMatch(r -> r.contains("Sanne Visser")), bySanne.toString());

        List<String> asBram = list(BRAM, "sort=DATE&asc=false&first=0&max=100");
        List<String> byBram = list(EDITOR, "author=bram-jansen&sort=DATE&asc=false&first=0&max=100");
        assertEquals(byBram, asBram, "a consultant sees only their own articles");
        assertTrue(asBram.size() > 1 && Integer.parseInt(asBram.get(0).substring(6)) < total);
    }

    // What the probe answers, read back.

    @Test
    void anEditorLinksATranslationAndBothPagesNameEachOtherAtOnce() {
        String dutch = "/artikelen/wat-blijft-er-over-als-de-gedetacheerde-vertrekt";
        assertFalse(
                get(dutch).contains("rel=\"alternate\" hreflang=\"en\""), "no translation yet; the page is cached now");

        Saved english = saved(edit(
                EDITOR,
                "publish",
                null,
                "title",
                "What remains when the seconded consultant leaves",
                "authors",
                "anne-de-vries",
                "language",
                "en",
                "translation",
                "wat-blijft-er-over-als-de-gedetacheerde-vertrekt"));
        String englishPath = "/en/articles/" + english.slug();
        assertTrue(
                get(dutch).contains("hreflang=\"en\" href=\"" + PublicPagesIT.BASE + englishPath + "\""),
                "the Dutch page names its new translation at once: its cached copy was cleared: " + alternates(dutch)
                        + " / " + alternates(englishPath));
        assertTrue(get(englishPath).contains("hreflang=\"nl\" href=\"" + PublicPagesIT.BASE + dutch + "\""));
        assertTrue(get(dutch).contains("class=\"language-switch\" href=\"" + englishPath + "\""));

        assertTrue(
                edit(EDITOR, "save", english, "translation", "intervisie-die-blijft-werken", "language", "nl")
                        .startsWith("invalid translation=editor.error.translation.language"),
                "a translation is in the other language");

        saved(edit(EDITOR, "unpublish", english));
        assertFalse(
                get(dutch).contains("rel=\"alternate\" hreflang=\"en\""),
                "unpublished: the Dutch page names itself alone again");
    }

    record Saved(long id, int version, int revision, String slug, String status) {
        Saved withVersion(int newVersion) {
            return new Saved(id, newVersion, revision, slug, status);
        }
    }

    private static final Pattern SAVED =
            Pattern.compile("saved id=(\\d+) version=(\\d+) revision=(\\d+) slug=(\\S+) status=(\\S+)");

    private static Saved saved(String answer) {
        Matcher matcher = SAVED.matcher(answer);
        assertTrue(matcher.matches(), answer);
        return new Saved(
                Long.parseLong(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)),
                matcher.group(4),
                matcher.group(5));
    }

    /** Runs an editing action; for an existing article the stored fields are kept unless given. */
    private String edit(String as, String action, Saved article, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("as", as);
        form.put("action", action);
        if (article != null) {
            form.put("id", String.valueOf(article.id()));
            form.put("version", String.valueOf(article.version()));
        }
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        HttpResponse<String> response = site.post(
                "/test-only/editing",
                form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&")));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The version an editor opening the article now would save against. */
    private String editOpen(long id) {
        return get("/test-only/editing/version?id=" + id).strip();
    }

    private String revision(long id, int number) {
        return get("/test-only/editing/revision?id=" + id + "&number=" + number);
    }

    private List<String> list(String as, String query) {
        String sorted = query.contains("sort=") ? query : query + "&sort=TITLE&asc=true&first=0&max=100";
        return get("/test-only/editing/list?as=" + encode(as) + "&" + sorted)
                .lines()
                .toList();
    }

    private String alternates(String path) {
        return org.jsoup.Jsoup.parse(get(path))
                .select("link[hreflang], a.language-switch")
                .outerHtml();
    }

    private String get(String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private void assertMoved(String from, String to) {
        HttpResponse<String> response = site.get(from);
        assertEquals(301, response.statusCode(), from);
        assertEquals(to, response.headers().firstValue("Location").orElseThrow(), from);
        assertTrue(response.headers().firstValue("X-Cache").isEmpty(), "never from the page cache: " + from);
    }

    /** Not at its address, nor in any list, feed or the sitemap. */
    private void assertNotPublic(String slug) {
        assertEquals(404, site.get("/artikelen/" + slug).statusCode(), slug);
        for (String path : List.of("/artikelen", "/artikelen/rss.xml", "/artikelen/atom.xml", "/sitemap.xml", "/")) {
            assertFalse(site.get(path).body().contains("/artikelen/" + slug), slug + " on " + path);
        }
    }

    private static String[] with(String[] common, String... more) {
        String[] all = new String[common.length + more.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
