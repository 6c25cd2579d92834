package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import nl.kompas.SiteDeployment;
import nl.kompas.web.EditingClient.Saved;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writing and publishing case studies through the editing service, as the admin's case editor
 * does: only editors and admins touch cases, a bad form is answered field by field, a stale save
 * overwrites nothing, every save is a revision, and visitors see only published cases, at old
 * addresses too, and a scheduled case once its time has come.
 */
@ExtendWith(ArquillianExtension.class)
class CaseEditingIT {

    static final String EDITOR = "editor";
    static final String ADMIN = "admin";
    static final String ANNE = "consultant:anne-de-vries";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-editing")
    static WebArchive deployment() {
        return SiteDeployment.war().addClasses(EditingProbe.class, CaseEditingProbe.class);
    }

    @ArquillianResource
    URL base;

    EditingClient cases;

    @BeforeEach
    void connect() {
        cases = new EditingClient(new SiteClient(base), "/test-only/cases");
    }

    @Test
    void onlyEditorsAndAdminsWriteAndPublishCases() {
        assertEquals(
                "refused editing.refused.editors.only",
                cases.edit(ANNE, "save", null, "title", "Van een consultant", "client", "Klant"));
        assertEquals(
                "refused editing.refused.editors.only",
                cases.edit("nobody", "save", null, "title", "Van niemand", "client", "Klant"));

        assertFalse(cases.get("/diensten/teamcoaching").contains("waterschap"), "now in the page cache");
        Saved draft = cases.save(
                EDITOR,
                "save",
                null,
                "title",
                "Waterschap Rijnvliet: één team voor de dijken",
                "client",
                "Waterschap Rijnvliet",
                "sector",
                "Overheid",
                "date",
                "2026-02-10",
                "services",
                "teamcoaching",
                "consultants",
                "sanne-visser,bram-jansen",
                "quotes",
                "Eindelijk praten we met elkaar.|Joke de Wit, teamleider",
                "body",
                "## De vraag\n\nTwee afdelingen, *één* dijk.");
        assertEquals("DRAFT", draft.status());
        assertEquals("waterschap-rijnvliet-een-team-voor-de-dijken", draft.slug(), "the slug follows the title");
        String address = "/cases/" + draft.slug();
        assertEquals(404, cases.site.get(address).statusCode(), "a draft is not public");
        assertEquals("refused editing.refused.editors.only", cases.open(ANNE, draft.id()));
        assertEquals("refused editing.refused.editors.only", cases.edit(ANNE, "publish", draft));

        Saved published = cases.save(ADMIN, "publish", draft);
        assertEquals("PUBLISHED", published.status());
        Document page = Jsoup.parse(cases.get(address));
        assertTrue(page.title().startsWith("Waterschap Rijnvliet: één team voor de dijken"), page.title());
        assertEquals("Waterschap Rijnvliet", page.select(".client").text());
        assertTrue(page.select(".prose h2#de-vraag").size() == 1, "the Markdown rendered: " + page.select(".prose"));
        assertEquals("één", page.select(".prose em").text());
        assertEquals(
                "Eindelijk praten we met elkaar.",
                page.select(".quote blockquote").text());
        assertEquals(
                List.of("Bram Jansen", "Sanne Visser"),
                page.select(".consultants a").eachText());
        assertTrue(cases.get("/diensten/teamcoaching").contains(address), "the service page lists the case in return");
        assertTrue(cases.get("/cases").contains(address), "in the list of cases");

        Saved unpublished = cases.save(EDITOR, "unpublish", published);
        assertEquals("DRAFT", unpublished.status());
        assertEquals(404, cases.site.get(address).statusCode());
        cases.assertNotOn("/cases", address);
        cases.assertNotOn("/diensten/teamcoaching", address);

        String audit = cases.audit("case");
        assertTrue(audit.contains("Eva Redacteur|case.created|Waterschap Rijnvliet"), audit);
        assertTrue(audit.contains("Ad Beheerder|case.published|Waterschap Rijnvliet"), audit);
        assertTrue(audit.contains("Eva Redacteur|case.unpublished|Waterschap Rijnvliet"), audit);
        assertFalse(audit.contains("Anne de Vries"), "a refused edit is not logged as done: " + audit);
    }

    @Test
    void aBadCaseFormIsRefusedFieldByFieldAndNothingIsStored() {
        assertEquals(
                "invalid title=case.error.title.required client=case.error.client.required",
                cases.edit(EDITOR, "save", null, "title", " ", "client", ""),
                "every problem at once");
        assertEquals(
                "invalid slug=editing.error.slug.taken",
                cases.edit(
                        EDITOR, "save", null, "title", "Dubbel", "slug", "bitwerf-projectmatig-werken", "client", "X"));
        assertEquals(
                "invalid slug=editing.error.slug.invalid",
                cases.edit(EDITOR, "save", null, "title", "Dubbel", "slug", "Geen Slug!", "client", "X"));
        assertEquals(
                "invalid quotes=case.error.quote.incomplete",
                cases.edit(EDITOR, "save", null, "title", "Half citaat", "client", "X", "quotes", "Zonder naam|"));
        assertEquals(
                "invalid offerings=editing.error.link.unknown consultants=editing.error.link.unknown",
                cases.edit(
                        EDITOR,
                        "save",
                        null,
                        "title",
                        "Onbekende koppelingen",
                        "client",
                        "X",
                        "services",
                        "bestaat-niet",
                        "consultants",
                        "niemand"));
        assertEquals(
                "invalid client=editing.error.too.long",
                cases.edit(EDITOR, "save", null, "title", "Lange klant", "client", "k".repeat(201)));
        assertEquals(
                "invalid publishAt=editing.error.publish.at.past",
                cases.edit(EDITOR, "schedule", null, "title", "Te laat", "client", "X", "at", "2020-01-01T09:00"));
        for (String title : List.of("Dubbel", "Half citaat", "Onbekende koppelingen", "Lange klant", "Te laat")) {
            assertEquals(
                    "count=0",
                    cases.list(EDITOR, "title=" + EditingClient.encode(title)).get(0),
                    title);
        }
    }

    @Test
    void aSaveOnAStaleVersionOverwritesNothing() {
        Saved first =
                cases.save(EDITOR, "save", null, "title", "Twee redacteuren", "client", "Klant", "body", "Begin.");
        Saved mine = cases.save(EDITOR, "save", first, "body", "Mijn versie.");
        assertTrue(mine.version() > first.version(), "every save moves the version on");

        assertEquals("stale by=Eva Redacteur", cases.edit(ADMIN, "save", first, "body", "Hun versie."));
        assertEquals("stale by=Eva Redacteur", cases.edit(ADMIN, "publish", first));
        assertEquals(2, cases.revisions(first.id()).size());
        assertTrue(cases.revision(first.id(), 2).contains("Mijn versie."), "the later save is kept");
        assertEquals("DRAFT", cases.save(EDITOR, "save", mine).status(), "the stale publish did not happen");
    }

    @Test
    void aPublishedCaseKeepsItsOldAddressAfterASlugChange() {
        Saved published = cases.save(EDITOR, "publish", null, "title", "Oude naam", "client", "Klant");
        assertEquals(200, cases.site.get("/cases/oude-naam").statusCode());

        Saved renamed = cases.save(EDITOR, "save", published, "slug", "nieuwe-naam");
        cases.assertMoved("/cases/oude-naam", "/cases/nieuwe-naam");
        cases.save(EDITOR, "save", renamed, "slug", "derde-naam");
        cases.assertMoved("/cases/oude-naam", "/cases/derde-naam");
        cases.assertMoved("/cases/nieuwe-naam", "/cases/derde-naam");
        assertTrue(cases.audit("case.saved").contains("slug: nieuwe-naam → derde-naam"));

        Saved draft = cases.save(EDITOR, "save", null, "title", "Nooit gezien", "client", "Klant");
        cases.save(EDITOR, "save", draft, "slug", "nooit-gezien-2");
        assertEquals(404, cases.site.get("/cases/nooit-gezien").statusCode(), "no visitor knew the draft's address");
    }

    @Test
    void aLoadedCaseKeepsItsFileAsRevisionOneAndAnyRevisionCanBeRestored() {
        long id = cases.idOf("title=" + EditingClient.encode("Zorggroep Rivierzicht: wijkteams"));
        Saved loaded = new Saved(id, cases.version(id), 0, "zorggroep-rivierzicht-teamcoaching", "PUBLISHED");
        Saved edited = cases.save(
                EDITOR,
                "save",
                loaded,
                "client",
                "Zorggroep Rivierzicht en partners",
                "quotes",
                "Nieuw citaat.|Iemand anders",
                "featured",
                "true");

        assertEquals(List.of("2|Eva Redacteur|case.saved", "1|systeem|case.loaded"), cases.revisions(id));
        assertTrue(cases.revision(id, 1).contains("client: Zorggroep Rivierzicht\n"), cases.revision(id, 1));
        String diff = cases.diff(id, 1, 2);
        assertTrue(diff.contains("<ins>client: Zorggroep Rivierzicht en partners</ins>"), diff);
        assertTrue(diff.contains("<ins>featured: true</ins>"), diff);
        assertTrue(cases.get("/cases/zorggroep-rivierzicht-teamcoaching").contains("Iemand anders"));

        Saved restored = cases.save(EDITOR, "restore", edited, "revision", "1");
        assertEquals(3, restored.revision());
        assertEquals("PUBLISHED", restored.status(), "restoring text is no publication step");
        String page = cases.get("/cases/zorggroep-rivierzicht-teamcoaching");
        assertFalse(page.contains("Iemand anders"), "the quotes are back as they were");
        assertFalse(page.contains("Zorggroep Rivierzicht en partners"));
        assertTrue(cases.audit("case.restored").contains("Eva Redacteur|case.restored|"));
    }

    @Test
    void aScheduledCaseAppearsOnItsOwnWhenItsTimeComes() throws InterruptedException {
        Saved scheduled = cases.save(
                EDITOR, "schedule", null, "title", "Op tijd verschenen", "client", "Klant op tijd", "at", "+4s");
        assertEquals("SCHEDULED", scheduled.status());
        assertEquals(404, cases.site.get("/cases/op-tijd-verschenen").statusCode());
        assertEquals(
                "invalid publishAt=editing.error.publish.at.published",
                cases.edit(
                        EDITOR,
                        "schedule",
                        cases.save(EDITOR, "publish", null, "title", "Al online", "client", "K"),
                        "at",
                        "2099-01-01T09:00"),
                "a published case is not scheduled");

        HttpResponse<String> page = cases.awaitPage("/cases/op-tijd-verschenen");
        assertEquals(200, page.statusCode(), "published by the timer");
        assertTrue(cases.get("/cases").contains("/cases/op-tijd-verschenen"), "in the list");
        assertTrue(cases.get("/sitemap.xml").contains("/cases/op-tijd-verschenen"), "in the sitemap");
        assertTrue(cases.audit("case.published").contains("systeem|case.published|Op tijd verschenen"));
    }

    @Test
    void theAdminListSortsFiltersAndPagesInTheDatabase() {
        List<String> all = cases.list(EDITOR, "sort=title&asc=true&first=0&max=3");
        int total = Integer.parseInt(all.get(0).substring("count=".length()));
        assertTrue(total >= 4, all.get(0));
        assertEquals(4, all.size(), "a page of 3");
        List<String> titles =
                all.subList(1, 4).stream().map(r -> r.split("\\|")[4]).toList();
        assertEquals(titles.stream().sorted().toList(), titles, "sorted by title");
        List<String> next = cases.list(EDITOR, "sort=title&asc=true&first=3&max=3");
        assertFalse(next.subList(1, next.size()).contains(all.get(3)), "the next page goes on");

        List<String> byClient = cases.list(EDITOR, "client=gemeente");
        assertEquals("count=1", byClient.get(0));
        assertTrue(byClient.get(1).contains("gemeente-lindenburg-wijkaanpak"));
        assertEquals(
                "count=0",
                cases.list(EDITOR, "client=" + EditingClient.encode("%")).get(0),
                "% is a character");
        assertTrue(cases.list(EDITOR, "status=PUBLISHED").stream().skip(1).allMatch(r -> r.contains("|PUBLISHED|")));
        assertEquals(
                total,
                Integer.parseInt(cases.list(EDITOR, "status=ONZIN").get(0).substring(6)),
                "ignored");
        assertEquals(List.of("refused editing.refused.editors.only"), cases.list(ANNE, "sort=title"));
    }
}
