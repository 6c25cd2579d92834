package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Categories and tags as an editor manages them: listed with their use, added, renamed with their
 * page following the new name at once, deleted only when no article uses them. Consultants may not.
 */
@ExtendWith(ArquillianExtension.class)
class TaxonomyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(TaxonomyProbe.class);
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    @Test
    void listsWithUseSortedByNameOrUseAndFiltered() {
        String byName = list("kind=category");
        assertTrue(byName.startsWith("Adviseren=2\n"), byName);
        assertTrue(byName.contains("Samenwerken="), byName);
        String byUse = list("kind=category&byUse=true");
        String first = byUse.lines().findFirst().orElseThrow();
        int most = byUse.lines()
                .filter(line -> !line.startsWith("count="))
                .mapToInt(line -> Integer.parseInt(line.substring(line.indexOf('=') + 1)))
                .max()
                .orElseThrow();
        assertEquals(most, Integer.parseInt(first.substring(first.indexOf('=') + 1)), byUse);
        // Categories are shared by both languages: 4 Dutch and 2 English articles.
        assertEquals("Leren en ontwikkelen=6\ncount=1", list("kind=category&name=LEREN"));
    }

    @Test
    void anEditorAddsRenamesAndDeletesAnUnusedTag() {
        assertTrue(act("create", "kind=tag&as=editor&name=Hybride werken").startsWith("ok:"));
        assertEquals("refused:taxonomy.refused.exists", act("create", "kind=tag&as=editor&name=hybride   Werken"));
        assertEquals("refused:taxonomy.refused.no-name", act("create", "kind=tag&as=editor&name=%20!%20"));
        assertEquals("refused:taxonomy.refused.too-long", act("create", "kind=tag&as=editor&name=" + "x".repeat(121)));

        assertEquals("ok", act("rename", "kind=tag&as=editor&term=Hybride werken&name=Hybride samenwerking"));
        assertEquals("Hybride samenwerking=0\ncount=1", list("kind=tag&name=hybride"));
        assertEquals("ok", act("delete", "kind=tag&as=editor&term=Hybride samenwerking"));
        assertEquals("count=0", list("kind=tag&name=hybride"));
    }

    @Test
    void aCategoryInUseCannotBeDeletedAndItsPageFollowsARename() {
        assertEquals("refused:taxonomy.refused.in-use", act("delete", "kind=category&as=editor&term=Detachering"));
        assertEquals(200, site.get("/artikelen/categorie/detachering").statusCode());

        assertEquals("ok", act("rename", "kind=category&as=editor&term=Detachering&name=Detachering en interim"));

        assertMoved("/artikelen/categorie/detachering", "/artikelen/categorie/detachering-en-interim");
        var renamed = site.get("/artikelen/categorie/detachering-en-interim");
        assertEquals(200, renamed.statusCode());
        assertTrue(renamed.body().contains("Detachering en interim"), "the page shows the new name");
        assertTrue(site.get("/artikelen").body().contains("Detachering en interim"), "the list's filter shows it too");

        // A second rename: both old addresses lead straight to the newest, never via the other.
        assertEquals("ok", act("rename", "kind=category&as=editor&term=Detachering en interim&name=Interim"));
        assertMoved("/artikelen/categorie/detachering", "/artikelen/categorie/interim");
        assertMoved("/artikelen/categorie/detachering-en-interim", "/artikelen/categorie/interim");
        assertEquals(404, site.get("/artikelen/categorie/nooit-bestaan").statusCode(), "an unknown one is still 404");
    }

    @Test
    void aRenamedTagKeepsItsOldAddressAndAnOldNameTakenAgainIsItsOwnPage() {
        assertEquals("ok", act("rename", "kind=tag&as=editor&term=Reflectie&name=Zelfreflectie"));
        assertMoved("/artikelen/tag/reflectie", "/artikelen/tag/zelfreflectie");

        // A new tag that takes the old name has the address again; the renamed one keeps its own.
        assertTrue(act("create", "kind=tag&as=editor&name=Reflectie").startsWith("ok:"));
        assertEquals(404, site.get("/artikelen/tag/reflectie").statusCode(), "a tag of no article is not public");
        assertEquals(200, site.get("/artikelen/tag/zelfreflectie").statusCode());
        assertEquals("ok", act("delete", "kind=tag&as=editor&term=Reflectie"));
        assertEquals("ok", act("rename", "kind=tag&as=editor&term=Zelfreflectie&name=Reflectie"));
        assertEquals(200, site.get("/artikelen/tag/reflectie").statusCode(), "renamed back");
        assertMoved("/artikelen/tag/zelfreflectie", "/artikelen/tag/reflectie");
    }

    private void assertMoved(String from, String to) {
        var response = site.get(from);
        assertEquals(301, response.statusCode(), from);
        assertEquals(
                to,
                java.net
                        .URI
                        .create(response.headers().firstValue("Location").orElseThrow())
                        .getPath(),
                from);
    }

    @Test
    void anIntroductionIsTheLeadAndDescriptionOfTheTermsPage() {
        String general = "Artikelen met de tag Reflectie.";
        assertEquals(
                general,
                site.page("/artikelen/tag/reflectie")
                        .selectFirst(".page-header .lead")
                        .text());

        String intro = "Stilstaan bij je eigen werk: <b>zo</b> leer je ervan.";
        assertEquals("ok", act("describe", "kind=tag&as=editor&term=Reflectie&description=" + intro));
        var page = site.page("/artikelen/tag/reflectie");
        assertEquals(intro, page.selectFirst(".page-header .lead").text(), "shown as text, never as markup");
        assertEquals(intro, page.selectFirst("meta[name=description]").attr("content"));

        assertEquals(
                "refused:taxonomy.refused.description-too-long",
                act("describe", "kind=tag&as=editor&term=Reflectie&description=" + "x".repeat(1001)));
        assertEquals("ok", act("describe", "kind=tag&as=editor&term=Reflectie&description= "));
        assertEquals(
                general,
                site.page("/artikelen/tag/reflectie")
                        .selectFirst(".page-header .lead")
                        .text());
    }

    @Test
    void aConsultantMayNotManageThem() {
        assertEquals("forbidden", act("create", "kind=category&as=consultant&name=Eigen categorie"));
        assertEquals("forbidden", act("delete", "kind=tag&as=consultant&term=Adviesvaardigheden"));
        assertEquals("count=0", list("kind=category&name=eigen"));
    }

    private String act(String action, String query) {
        return site.post("/test-only/taxonomy/" + action, encode(query)).body();
    }

    private String list(String query) {
        return site.get("/test-only/taxonomy/list?" + encode(query))
                .body()
                .strip()
                .replace("\r\n", "\n");
    }

    /** Encodes the values of a query written plainly, "a=b c&d=e". */
    private static String encode(String query) {
        StringBuilder encoded = new StringBuilder();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (encoded.length() > 0) {
                encoded.append('&');
            }
            String value = pair.substring(equals + 1);
            encoded.append(pair, 0, equals + 1)
                    .append(value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return encoded.toString();
    }
}
