package nl.kompas.community;

import static nl.kompas.community.CommunitySite.fieldsOf;
import static nl.kompas.community.CommunitySite.likeAPerson;
import static nl.kompas.community.CommunitySite.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comments as readers and authors notice them: a comment waits for a moderator while the authors
 * get a mail; once approved it shows on the article's cached page at once; wrong fields come back
 * with their messages and the text as typed; the spam guard's refusals are said, not silent; an
 * article closed to comments has no form and takes none.
 */
@ExtendWith(ArquillianExtension.class)
class CommentsIT {

    private static final String SLUG = "leren-van-je-eigen-praktijk";
    private static final String ARTICLE = "/artikelen/" + SLUG;

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-community")
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(CommunityProbe.class);
    }

    @ArquillianResource
    URL base;

    static GreenMail smtp;

    CommunitySite site;

    @BeforeAll
    static void startSmtp() {
        smtp = CommunitySite.startSmtp();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void connect() {
        site = new CommunitySite(base);
    }

    private HttpResponse<String> comment(String slug, Map<String, String> typed) {
        Map<String, String> fields = fieldsOf(site.page("/artikelen/" + slug), "form.comment-form");
        fields.putAll(typed);
        likeAPerson();
        return site.post("/artikelen/" + slug, fields);
    }

    @Test
    void aCommentWaitsTellsTheAuthorAndAppearsOnceApproved() throws Exception {
        String cachedBefore = site.get(ARTICLE).body();
        HttpResponse<String> posted = comment(
                SLUG,
                Map.of(
                        "name", "Joost <b>Lezer</b>",
                        "email", "joost@example.test",
                        "text", "Mooi stuk.\n\nMeer op https://example.test/meer. <script>alert(1)</script>"));
        assertEquals(303, posted.statusCode());
        assertEquals(
                ARTICLE + "/reactie-ontvangen",
                posted.headers().firstValue("Location").orElseThrow());
        assertEquals(cachedBefore, site.get(ARTICLE).body(), "nothing shows before a moderator approves");

        String author = "ilse@koersvast.example"; // the article's author (content/consultants)
        MimeMessage mail = mailAbout(author, "Mooi stuk.");
        assertTrue(mail.getSubject().startsWith("Nieuwe reactie op"), mail.getSubject());

        site.probePost("/approve?article=" + SLUG);
        Document page = site.page(ARTICLE);
        String comments = page.select("#reacties .comment").outerHtml();
        assertTrue(
                page.select("#reacties .comment-author").text().contains("Joost <b>Lezer</b>"),
                "the name as typed, as text");
        assertTrue(comments.contains("<a href=\"https://example.test/meer\" rel=\"nofollow ugc noopener\">"), comments);
        assertFalse(comments.contains("<script"), comments);
        assertFalse(page.html().contains("joost@example.test"), "the address is never shown");
    }

    @Test
    void anAdminExportsAndErasesEverythingAboutOneAddress() {
        String email = "privacy-lezer@example.test";
        assertEquals(
                303,
                comment(SLUG, Map.of("name", "Pim Privé", "email", email, "text", "Graag gelezen."))
                        .statusCode());
        site.probePost("/approve?article=" + SLUG);
        site.probePost("/subscribers?prefix=privacy-lezer&count=1");
        site.probePost("/rename?from=" + q("privacy-lezer-1@example.test") + "&to=" + q(email));
        assertTrue(site.page(ARTICLE).select("#reacties").text().contains("Pim Privé"));

        String export = site.probePost("/privacy-export?email=" + q(email));
        assertTrue(export.contains("\"comments\"") && export.contains("Graag gelezen."), export);
        assertTrue(export.contains("\"newsletter\"") && export.contains("nieuwsbrief-2026-11"), export);

        String erased = site.probePost("/privacy-erase?email=" + q(email));
        assertTrue(erased.contains("comments=1") && erased.contains("newsletter=1"), erased);
        assertEquals("NONE", site.probe("/subscriber?email=" + q(email)));
        assertFalse(
                site.page(ARTICLE).select("#reacties").text().contains("Pim Privé"),
                "gone from the cached page at once");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedWithItsMessage() {
        Map<String, String> fields = fieldsOf(site.page(ARTICLE), "form.comment-form");
        fields.putAll(Map.of("name", "Elders", "email", "elders@example.test", "text", "Via een andere site."));
        likeAPerson();
        HttpResponse<String> answer = site.postFrom("https://elders.example", ARTICLE, fields);
        assertEquals(403, answer.statusCode());
        assertTrue(Jsoup.parse(answer.body()).select(".form-problem").text().contains("andere website"), answer.body());
        assertEquals(
                "Via een andere site.",
                Jsoup.parse(answer.body()).select("#comment-text").text());
    }

    @Test
    void wrongFieldsComeBackWithTheirMessagesAndWhatWasTyped() {
        HttpResponse<String> answer = comment(SLUG, Map.of("name", "", "email", "geen", "text", "Een gedachte."));
        assertEquals(422, answer.statusCode());
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "no session");
        Document page = Jsoup.parse(answer.body());
        assertEquals("Vul uw naam in.", page.select("#comment-name-error").text());
        assertTrue(page.select("#comment-email-error").text().contains("geen geldig e-mailadres"));
        assertEquals("geen", page.select("#comment-email").attr("value"));
        assertEquals("Een gedachte.", page.select("#comment-text").text());
        assertTrue(site.probe("/comments?article=" + SLUG).lines().noneMatch(line -> line.contains(" geen")));
    }

    @Test
    void theSpamGuardSaysWhyItRefused() {
        HttpResponse<String> trapped = comment(
                SLUG,
                Map.of(
                        "name",
                        "Bot",
                        "email",
                        "bot@example.test",
                        "text",
                        "Koop nu",
                        "website",
                        "http://spam.example"));
        assertEquals(422, trapped.statusCode());
        assertTrue(Jsoup.parse(trapped.body()).select(".form-problem").text().contains("leeg moet blijven"));

        HttpResponse<String> links = comment(
                SLUG,
                Map.of(
                        "name",
                        "Linker",
                        "email",
                        "linker@example.test",
                        "text",
                        "https://a.example https://b.example https://c.example"));
        assertEquals(422, links.statusCode());
        assertTrue(Jsoup.parse(links.body()).select(".form-problem").text().contains("hoogstens 2 links"));
        assertEquals(
                "https://a.example https://b.example https://c.example",
                Jsoup.parse(links.body()).select("#comment-text").text(),
                "the text stays");
        assertTrue(site.probe("/comments?article=" + SLUG)
                .lines()
                .noneMatch(line -> line.contains("Bot") || line.contains("Linker")));
    }

    @Test
    void anArticleClosedToCommentsHasNoFormAndTakesNone() {
        String slug = "projectmatig-werken-begint-bij-de-opdracht";
        Map<String, String> fields = fieldsOf(site.page("/artikelen/" + slug), "form.comment-form");
        site.probePost("/close?article=" + slug);
        assertTrue(site.page("/artikelen/" + slug).select("form.comment-form").isEmpty(), "the form is gone at once");
        fields.putAll(Map.of("name", "Te laat", "email", "laat@example.test", "text", "Nog even dit."));
        likeAPerson();
        assertEquals(403, site.post("/artikelen/" + slug, fields).statusCode());
    }

    /** The author's mail about the comment with these words (other tests comment on the same article). */
    private static MimeMessage mailAbout(String author, String words) {
        for (int i = 0; i < 30; i++) {
            for (MimeMessage mail : CommunitySite.mailsTo(smtp, author)) {
                if (CommunitySite.text(mail).contains(words)) {
                    return mail;
                }
            }
            likeAPerson();
        }
        throw new AssertionError("no mail to " + author + " about '" + words + "'");
    }
}
