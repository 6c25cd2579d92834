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
 * Writing and publishing service pages through the editing service, as the admin's service editor
 * does: only editors and admins touch them, a bad form is answered field by field, a stale save
 * overwrites nothing, every save is a revision, a page's cases are linked from its side too, and
 * visitors see only published pages, at old addresses too, and a scheduled one in time.
 */
@ExtendWith(ArquillianExtension.class)
class OfferingEditingIT {

    static final String EDITOR = "editor";
    static final String ADMIN = "admin";
    static final String ANNE = "consultant:anne-de-vries";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-editing")
    static WebArchive deployment() {
        return SiteDeployment.war().addClasses(EditingProbe.class, OfferingEditingProbe.class);
    }

    @ArquillianResource
    URL base;

    EditingClient services;

    @BeforeEach
    void connect() {
        services = new EditingClient(new SiteClient(base), "/test-only/services");
    }

    @Test
    void onlyEditorsWriteServicePagesAndVisitorsSeeThemOncePublishedInTheirSection() {
        assertEquals(
                "refused editing.refused.editors.only",
                services.edit(ANNE, "save", null, "title", "Van Anne", "section", "Opleidingen"));
        assertFalse(services.get("/diensten").contains("Nieuwe rubriek"), "now in the page cache");

        Saved draft = services.save(
                EDITOR,
                "save",
                null,
                "title",
                "Mediation in teams",
                "section",
                "Nieuwe rubriek",
                "order",
                "3",
                "cases",
                "bitwerf-projectmatig-werken",
                "body",
                "Als een *conflict* vastloopt.\n\n## Aanpak\n\nGesprekken.");
        assertEquals("mediation-in-teams", draft.slug());
        assertEquals(404, services.site.get("/diensten/mediation-in-teams").statusCode(), "a draft is not public");
        services.assertNotOn("/cases/bitwerf-projectmatig-werken", "/diensten/mediation-in-teams");

        Saved published = services.save(EDITOR, "publish", draft);
        Document page = Jsoup.parse(services.get("/diensten/mediation-in-teams"));
        assertTrue(page.title().startsWith("Mediation in teams"), page.title());
        assertEquals("conflict", page.select(".prose em").text());
        assertTrue(page.text().contains("Bitwerf Software B.V."), "its case's client: " + page.text());
        Document list = Jsoup.parse(services.get("/diensten"));
        assertTrue(list.text().contains("Nieuwe rubriek"), "the new section on /diensten");
        assertTrue(
                services.get("/cases/bitwerf-projectmatig-werken").contains("/diensten/mediation-in-teams"),
                "the case lists the page in return");

        Saved unlinked = services.save(ADMIN, "save", published, "cases", "");
        services.assertNotOn("/cases/bitwerf-projectmatig-werken", "/diensten/mediation-in-teams");
        services.save(ADMIN, "unpublish", unlinked);
        assertEquals(404, services.site.get("/diensten/mediation-in-teams").statusCode());
        services.assertNotOn("/diensten", "Nieuwe rubriek");

        String audit = services.audit("service");
        assertTrue(audit.contains("Eva Redacteur|service.created|Mediation in teams"), audit);
        assertTrue(audit.contains("Eva Redacteur|service.published|Mediation in teams"), audit);
        assertTrue(audit.contains("Ad Beheerder|service.unpublished|Mediation in teams"), audit);
        assertFalse(audit.contains("Anne de Vries"), audit);
        assertEquals(List.of("refused editing.refused.editors.only"), services.list(ANNE, "sort=title"));
    }

    @Test
    void aBadServiceFormIsRefusedFieldByFieldAndNothingIsStored() {
        assertEquals(
                "invalid title=service.error.title.required section=service.error.section.required",
                services.edit(EDITOR, "save", null, "title", "", "section", " "),
                "every problem at once");
        assertEquals(
                "invalid order=service.error.order.number",
                services.edit(EDITOR, "save", null, "title", "Volgorde", "section", "Opleidingen", "order", "twee"));
        assertEquals(
                "invalid order=service.error.order.number",
                services.edit(EDITOR, "save", null, "title", "Volgorde", "section", "Opleidingen", "order", "-1"));
        assertEquals(
                "invalid section=editing.error.name.letters",
                services.edit(EDITOR, "save", null, "title", "Rubriekloos", "section", "!!!"));
        assertEquals(
                "invalid slug=editing.error.slug.taken",
                services.edit(EDITOR, "save", null, "title", "Teamcoaching", "section", "Opleidingen"));
        assertEquals(
                "invalid cases=editing.error.link.unknown",
                services.edit(EDITOR, "save", null, "title", "Met spookcase", "section", "X", "cases", "bestaat-niet"));
        for (String title : List.of("Volgorde", "Rubriekloos", "Met spookcase")) {
            assertEquals(
                    "count=0",
                    services.list(EDITOR, "title=" + EditingClient.encode(title))
                            .get(0),
                    title);
        }
    }

    @Test
    void aSaveOnAStaleVersionOverwritesNothing() {
        Saved first =
                services.save(EDITOR, "save", null, "title", "Twee redacteuren", "section", "X", "body", "Begin.");
        Saved mine = services.save(EDITOR, "save", first, "body", "Mijn versie.");
        assertEquals("stale by=Eva Redacteur", services.edit(ADMIN, "save", first, "body", "Hun versie."));
        assertTrue(services.revision(first.id(), 2).contains("Mijn versie."));
        assertEquals(2, services.revisions(first.id()).size());
        assertTrue(mine.version() > first.version());
    }

    @Test
    void aPublishedServicePageKeepsItsOldAddressAfterASlugChange() {
        long id = services.idOf("title=Intervisie");
        Saved loaded = new Saved(id, services.version(id), 0, "intervisie", "PUBLISHED");
        Saved renamed = services.save(EDITOR, "save", loaded, "slug", "intervisie-voor-teams");
        services.assertMoved("/diensten/intervisie", "/diensten/intervisie-voor-teams");
        assertEquals(200, services.site.get("/diensten/intervisie-voor-teams").statusCode());
        assertTrue(
                services.get("/cases/zorggroep-rivierzicht-teamcoaching").contains("/diensten/intervisie-voor-teams"),
                "its case links to the new address");

        services.save(EDITOR, "save", renamed, "slug", "intervisie");
        assertEquals(200, services.site.get("/diensten/intervisie").statusCode(), "back at its own address");
        services.assertMoved("/diensten/intervisie-voor-teams", "/diensten/intervisie");
    }

    @Test
    void aLoadedServicePageKeepsItsFileAsRevisionOneAndCanBeRestored() {
        long id = services.idOf("title=Adviesvaardigheden");
        Saved loaded = new Saved(id, services.version(id), 0, "adviesvaardigheden", "PUBLISHED");
        Saved moved = services.save(EDITOR, "save", loaded, "section", "Coaching en intervisie", "order", "7");
        assertEquals(List.of("2|Eva Redacteur|service.saved", "1|systeem|service.loaded"), services.revisions(id));
        String diff = services.diff(id, 1, 2);
        assertTrue(diff.contains("<del>section: Opleidingen</del>"), diff);
        assertTrue(diff.contains("<ins>order: 7</ins>"), diff);

        Saved restored = services.save(EDITOR, "restore", moved, "revision", "1");
        assertEquals(3, restored.revision());
        assertEquals(
                "section: Opleidingen",
                services.revision(id, 3)
                        .lines()
                        .filter(line -> line.startsWith("section:"))
                        .findFirst()
                        .orElseThrow());
        assertTrue(services.audit("service.restored").contains("Eva Redacteur|service.restored|Adviesvaardigheden"));
    }

    @Test
    void aScheduledServicePageAppearsWhenItsTimeComes() throws InterruptedException {
        Saved scheduled =
                services.save(EDITOR, "schedule", null, "title", "Binnenkort", "section", "Opleidingen", "at", "+4s");
        assertEquals("SCHEDULED", scheduled.status());
        assertEquals(404, services.site.get("/diensten/binnenkort").statusCode());
        HttpResponse<String> page = services.awaitPage("/diensten/binnenkort");
        assertEquals(200, page.statusCode(), "published by the timer");
        assertTrue(services.get("/diensten").contains("/diensten/binnenkort"), "on /diensten");
        assertTrue(services.audit("service.published").contains("systeem|service.published|Binnenkort"));
    }

    @Test
    void theAdminListSortsFiltersAndPagesInTheDatabase() {
        List<String> bySection = services.list(EDITOR, "section=opleiding&sort=order&asc=true");
        assertTrue(bySection.size() >= 3, bySection.toString());
        assertTrue(bySection.stream().skip(1).allMatch(r -> r.contains("|Opleidingen|")), bySection.toString());
        List<Integer> orders = bySection.stream()
                .skip(1)
                .map(r -> Integer.parseInt(r.split("\\|")[4]))
                .toList();
        assertEquals(orders.stream().sorted().toList(), orders, "by order");
        assertTrue(
                services.list(EDITOR, "status=DRAFT").stream()
                        .anyMatch(r -> r.contains("leiderschapsprogramma-in-voorbereiding")),
                "drafts are listed");
        List<String> page = services.list(EDITOR, "sort=title&asc=false&first=0&max=2");
        assertEquals(3, page.size(), "a page of 2");
    }
}
