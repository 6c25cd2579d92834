package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * Editing consultants' profiles through the editing service, as the admin's consultant editor
 * does: a consultant edits their own profile and no other, editors every one; a bad form is
 * answered field by field by the rules of the content file, a stale save overwrites nothing, every
 * save is a revision, and a profile's old address keeps leading to it.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultantEditingIT {

    static final String EDITOR = "editor";
    static final String ANNE = "consultant:anne-de-vries";
    static final String PIETER = "consultant:pieter-van-dam";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-editing")
    static WebArchive deployment() {
        return SiteDeployment.war().addClasses(EditingProbe.class, ConsultantEditingProbe.class);
    }

    @ArquillianResource
    URL base;

    EditingClient consultants;

    @BeforeEach
    void connect() {
        consultants = new EditingClient(new SiteClient(base), "/test-only/consultants");
    }

    @Test
    void aConsultantOpensAndSavesTheirOwnProfileAndNoOther() {
        long anne = consultants.idOf("name=" + EditingClient.encode("Anne de Vries"));
        long bram = consultants.idOf("name=" + EditingClient.encode("Bram Jansen"));
        assertEquals("opened version=" + consultants.version(anne) + " editable=true", consultants.open(ANNE, anne));
        assertEquals("refused consultant.refused.not.own", consultants.open(ANNE, bram));

        Saved own = new Saved(anne, consultants.version(anne), 0, "anne-de-vries", "null");
        Saved saved = consultants.save(ANNE, "save", own, "role", "Partner organisatieontwikkeling");
        assertEquals("null", saved.status(), "a profile has no workflow");
        Document profile = Jsoup.parse(consultants.get("/consultants/anne-de-vries"));
        assertTrue(profile.text().contains("Partner organisatieontwikkeling"), "public as saved");

        Saved other = new Saved(bram, consultants.version(bram), 0, "bram-jansen", "null");
        assertEquals("refused consultant.refused.not.own", consultants.edit(ANNE, "save", other, "role", "Stagiair"));
        assertEquals(
                "refused consultant.refused.not.own",
                consultants.edit(ANNE, "restore", other, "revision", "1"),
                "nor restore another's revision");
        assertEquals("refused consultant.refused.create", consultants.edit(ANNE, "save", null, "name", "Nieuw"));
        assertEquals("refused consultant.refused.not.own", consultants.edit("nobody", "save", other, "role", "X"));
        assertFalse(consultants.get("/consultants/bram-jansen").contains("Stagiair"));

        List<String> ownList = consultants.list(ANNE, "owner=" + bram);
        assertEquals("count=1", ownList.get(0), "a consultant lists only their own profile, whatever they ask");
        assertTrue(ownList.get(1).startsWith(anne + "|anne-de-vries|"), ownList.toString());
        assertTrue(Integer.parseInt(consultants.list(EDITOR, "sort=name").get(0).substring(6)) >= 5);

        String audit = consultants.audit("consultant");
        assertTrue(audit.contains("Anne de Vries|consultant.saved|Anne de Vries"), audit);
        assertFalse(audit.contains("Stagiair"), audit);
    }

    @Test
    void anEditorCreatesAProfileThatVisitorsSeeWithTheServicesItCovers() {
        Saved created = consultants.save(
                EDITOR,
                "save",
                null,
                "name",
                "Noor El Amrani",
                "role",
                "Adviseur",
                "linkedin",
                "https://www.linkedin.com/in/noor",
                "email",
                "noor@koersvast.example",
                "photo",
                "/media/leercyclus.svg",
                "services",
                "intervisie",
                "body",
                "Noor begeleidt *intervisie*.");
        assertEquals("noor-el-amrani", created.slug());
        Document profile = Jsoup.parse(consultants.get("/consultants/noor-el-amrani"));
        assertTrue(profile.title().startsWith("Noor El Amrani"), profile.title());
        assertEquals("intervisie", profile.select(".prose em").text());
        assertTrue(profile.select("a[href=mailto:noor@koersvast.example]").size() == 1, profile.html());
        assertTrue(consultants.get("/consultants").contains("/consultants/noor-el-amrani"), "in the list");
        assertTrue(consultants.get("/diensten/intervisie").contains("Noor El Amrani"), "the service names her");
        assertTrue(consultants.audit("consultant.created").contains("Eva Redacteur|consultant.created|Noor El Amrani"));
    }

    @Test
    void aBadProfileIsRefusedFieldByFieldByTheRulesOfItsFile() {
        assertEquals(
                "invalid name=consultant.error.name.required linkedin=consultant.error.linkedin.https"
                        + " email=consultant.error.email.plain photo=editing.error.image.path"
                        + " offerings=editing.error.link.unknown",
                consultants.edit(
                        EDITOR,
                        "save",
                        null,
                        "name",
                        " ",
                        "linkedin",
                        "http://www.linkedin.com/in/x",
                        "email",
                        "iemand@koersvast.example?cc=ander@elders.example",
                        "photo",
                        "https://elders.example/foto.jpg",
                        "services",
                        "bestaat-niet"),
                "every problem at once");
        assertEquals(
                "invalid slug=editing.error.slug.taken", consultants.edit(EDITOR, "save", null, "name", "Bram Jansen"));
        assertEquals(
                "invalid photo=editing.error.image.path",
                consultants.edit(EDITOR, "save", null, "name", "Met foto", "photo", "//elders.example/x.jpg"));
        assertEquals(
                "count=0",
                consultants
                        .list(EDITOR, "name=" + EditingClient.encode("Met foto"))
                        .get(0));
    }

    @Test
    void aSaveOnAStaleVersionOverwritesNothing() {
        long pieter = consultants.idOf("name=" + EditingClient.encode("Pieter van Dam"));
        Saved opened = new Saved(pieter, consultants.version(pieter), 0, "pieter-van-dam", "null");
        Saved mine = consultants.save(PIETER, "save", opened, "role", "Door Pieter zelf");
        assertEquals("stale by=Pieter van Dam", consultants.edit(EDITOR, "save", opened, "role", "Door de redactie"));
        assertTrue(consultants.get("/consultants/pieter-van-dam").contains("Door Pieter zelf"));
        assertTrue(mine.version() > opened.version());
    }

    @Test
    void aRenamedProfileKeepsItsOldAddressAndAnyRevisionCanBeRestored() {
        long ilse = consultants.idOf("name=" + EditingClient.encode("Ilse Bakker"));
        Saved opened = new Saved(ilse, consultants.version(ilse), 0, "ilse-bakker", "null");
        Saved renamed = consultants.save(EDITOR, "save", opened, "name", "Ilse de Bakker", "slug", "ilse-de-bakker");
        consultants.assertMoved("/consultants/ilse-bakker", "/consultants/ilse-de-bakker");
        assertTrue(
                consultants.get("/cases/hogeschool-vechtstede-adviseurs").contains("/consultants/ilse-de-bakker"),
                "her case links to the new address");

        assertEquals(
                List.of("2|Eva Redacteur|consultant.saved", "1|systeem|consultant.loaded"),
                consultants.revisions(ilse));
        assertTrue(consultants.diff(ilse, 1, 2).contains("<ins>name: Ilse de Bakker</ins>"));
        Saved restored = consultants.save(EDITOR, "restore", renamed, "revision", "1");
        assertEquals("ilse-bakker", restored.slug(), "the old name and address are back");
        assertEquals(200, consultants.site.get("/consultants/ilse-bakker").statusCode());
        consultants.assertMoved("/consultants/ilse-de-bakker", "/consultants/ilse-bakker");
    }
}
