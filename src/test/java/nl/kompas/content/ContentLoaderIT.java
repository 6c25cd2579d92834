package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kompas.SiteDeployment;
import nl.kompas.article.Article;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content loader inside the running site: broken files are refused with their line while the
 * rest loads, loading again adds nothing, and HTML an older renderer made is rendered again.
 */
@ExtendWith(ArquillianExtension.class)
class ContentLoaderIT {

    @Deployment
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(ContentLoaderIT.class);
    }

    /** The files of src/test/it-content that are broken on purpose. */
    private static final int BROKEN_FILES = 13;

    @Inject
    ContentLoader loader;

    @Inject
    OutdatedHtml outdatedHtml;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Test
    void brokenFilesAreRefusedWithFileLineAndReason() {
        Map<String, ContentFileException> problems =
                loader.lastReport().problems().stream().collect(Collectors.toMap(ContentFileException::file, p -> p));
        assertEquals(BROKEN_FILES, problems.size(), "problems: " + problems.keySet());
        assertProblem(problems, "articles/kapotte-yaml.md", 2, "not valid YAML");
        // A missing key blames the opening "---": there is no line of its own to point at.
        assertProblem(problems, "articles/zonder-titel.md", 1, "'title' is missing");
        assertProblem(problems, "articles/foute-datum.md", 3, "'gisteren', which is not a date");
        assertProblem(problems, "articles/onbekende-auteur.md", 4, "no consultant with the slug 'niemand-bekend'");
        assertProblem(problems, "articles/geen-front-matter.md", 1, "must start with front matter");
        assertProblem(problems, "articles/onbekende-taal.md", 4, "unknown language 'de'");
        assertProblem(
                problems, "articles/vertaling-die-er-niet-is.md", 4, "'bestaat-niet-in-het-nederlands' does not exist");
        assertProblem(problems, "consultants/onbekende-dienst.md", 3, "no service page with the slug 'bestaat-niet'");
        assertProblem(problems, "cases/onbekende-consultant.md", 5, "no consultant with the slug 'spook'");
        assertProblem(problems, "services/onbekende-case.md", 4, "no case with the slug 'case-die-er-niet-is'");
        assertProblem(
                problems,
                "articles/afbeelding-van-elders.md",
                5,
                "'image' is 'https://cdn.example/foto.jpg', which is not an address on this site");
        assertProblem(
                problems, "articles/te-lange-tag.md", 6, "a name in 'tags' has 121 characters, more than the 120");
        assertProblem(
                problems,
                "consultants/foto-van-elders.md",
                3,
                "'photo' is '//cdn.example/portret.jpg', which is not an address on this site");
    }

    @Test
    void goodFilesLoadedAndNothingOfABrokenFileWasKept() {
        assertEquals(
                16L,
                count("select count(a) from Article a"),
                "8 Dutch and 2 English sample articles, 5 extra and 1 draft");
        assertEquals(5L, count("select count(c) from CaseStudy c"), "4 Dutch and 1 English");
        assertEquals(9L, count("select count(o) from Offering o"), "6 Dutch and 2 English services and 1 draft");
        assertEquals(0L, count("select count(a) from Article a where a.slug = 'onbekende-taal'"));
        assertEquals(5L, count("select count(c) from Consultant c"));
        assertEquals(0L, count("select count(a) from Article a where a.slug = 'onbekende-auteur'"));
        assertEquals(0L, count("select count(c) from CaseStudy c where c.slug = 'onbekende-consultant'"));
        assertEquals(
                0L, count("select count(f) from LoadedContentFile f where f.path = 'articles/onbekende-auteur.md'"));
    }

    @Test
    void translationsNamedInOneFileAreLinkedOnBothSides() {
        assertEquals(
                List.of(
                        "intervisie-die-blijft-werken:peer-review-that-keeps-working",
                        "learning-from-your-own-practice:leren-van-je-eigen-praktijk",
                        "leren-van-je-eigen-praktijk:learning-from-your-own-practice",
                        "peer-review-that-keeps-working:intervisie-die-blijft-werken"),
                em.createQuery(
                                "select concat(concat(x.slug, ':'), y.slug) from Article x, Article y"
                                        + " where x.translationId = y.id order by x.slug",
                                String.class)
                        .getResultList());
        assertEquals(
                0L,
                count("select count(a) from Article a where a.slug = 'vertaling-die-er-niet-is'"),
                "a file naming a translation that does not exist is refused");
        assertEquals(
                4L,
                count("select count(o) from Offering o where o.translationId is not null"),
                "two pairs of services");
    }

    @Test
    void loadingAgainAddsNothing() {
        List<Long> before = counts();
        ContentLoader.Report again = loader.loadNewFiles();
        assertEquals(0, again.loadedFiles(), "every good file was loaded before");
        assertEquals(BROKEN_FILES, again.problems().size(), "broken files are tried again, and refused again");
        assertEquals(before, counts());
    }

    /** An edit of a loaded file is not applied, but reported: here the stored SHA-256 stands for the old file. */
    @Test
    void aLoadedFileThatChangedIsReportedAndNotLoadedAgain() throws Exception {
        String path = "articles/extra-1.md";
        String sha256 = em.find(LoadedContentFile.class, path).getSha256();
        setSha256(path, "0".repeat(64));
        try {
            List<Long> before = counts();

            ContentLoader.Report again = loader.loadNewFiles();

            assertEquals(List.of(path), again.changedSinceLoaded());
            assertEquals(before, counts(), "the changed file is not loaded a second time");
        } finally {
            setSha256(path, sha256);
        }
        assertEquals(List.of(), loader.loadNewFiles().changedSinceLoaded(), "an unchanged file is not reported");
    }

    private void setSha256(String path, String sha256) throws Exception {
        transaction.begin();
        em.createQuery("update LoadedContentFile f set f.sha256 = :sha256 where f.path = :path")
                .setParameter("sha256", sha256)
                .setParameter("path", path)
                .executeUpdate();
        transaction.commit();
    }

    @Test
    void servicePagesLinkTheCasesTheyNameAndTheCasesNameTheirServices() {
        List<String> teamcoachingCases = em.createQuery(
                        "select c.slug from Offering o join o.cases c where o.slug = 'teamcoaching' order by c.slug",
                        String.class)
                .getResultList();
        assertEquals(List.of("bitwerf-projectmatig-werken", "zorggroep-rivierzicht-teamcoaching"), teamcoachingCases);
    }

    /** The sitemap's lastmod: an item that changes says so itself, whoever changes it. */
    @Test
    void anItemThatChangesRecordsWhen() throws Exception {
        Instant loaded = article("extra-2").getUpdatedAt();
        Instant beforeTheChange = Instant.now();
        transaction.begin();
        article("extra-2").summarize("Een nieuwe samenvatting.");
        transaction.commit();

        Instant changed = article("extra-2").getUpdatedAt();
        assertTrue(changed.isAfter(loaded), loaded + " then " + changed);
        assertFalse(changed.isBefore(beforeTheChange.truncatedTo(ChronoUnit.MILLIS)), changed.toString());
    }

    private Article article(String slug) {
        return em.createQuery("select a from Article a where a.slug = :slug", Article.class)
                .setParameter("slug", slug)
                .getSingleResult();
    }

    @Test
    void htmlOfAnOlderRendererIsRenderedAgainFromTheSource() throws Exception {
        Instant loaded = article("leren-van-je-eigen-praktijk").getUpdatedAt();
        String articleHtml = html("select a.body.html from Article a where a.slug = 'leren-van-je-eigen-praktijk'");
        String bioHtml = html("select c.bio.html from Consultant c where c.slug = 'anne-de-vries'");
        transaction.begin();
        em.createQuery("update Article a set a.body.html = '<p>Oud</p>', a.body.rendererVersion = 0"
                        + " where a.slug = 'leren-van-je-eigen-praktijk'")
                .executeUpdate();
        em.createQuery("update Consultant c set c.bio.html = '<p>Oud</p>', c.bio.rendererVersion = 0"
                        + " where c.slug = 'anne-de-vries'")
                .executeUpdate();
        transaction.commit();

        assertEquals(2, outdatedHtml.renderAgain(), "the two bodies of version 0");

        assertEquals(
                articleHtml, html("select a.body.html from Article a where a.slug = 'leren-van-je-eigen-praktijk'"));
        assertEquals(bioHtml, html("select c.bio.html from Consultant c where c.slug = 'anne-de-vries'"));
        assertTrue(articleHtml.contains("<figure>"), "the article was rendered from its Markdown: " + articleHtml);
        assertEquals(
                0L,
                count("select count(a) from Article a where a.body.rendererVersion <> " + MarkdownRenderer.VERSION));
        assertEquals(0, outdatedHtml.renderAgain(), "nothing is outdated any more");
        assertTrue(
                article("leren-van-je-eigen-praktijk").getUpdatedAt().isAfter(loaded),
                "new HTML is a change for the sitemap");
    }

    private String html(String query) {
        return em.createQuery(query, String.class).getSingleResult();
    }

    private List<Long> counts() {
        return List.of(
                count("select count(a) from Article a"),
                count("select count(c) from CaseStudy c"),
                count("select count(o) from Offering o"),
                count("select count(c) from Consultant c"),
                count("select count(c) from Category c"),
                count("select count(t) from Tag t"),
                count("select count(s) from Series s"),
                count("select count(f) from LoadedContentFile f"));
    }

    private long count(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }

    private static void assertProblem(
            Map<String, ContentFileException> problems, String file, int line, String reason) {
        ContentFileException problem = problems.get(file);
        assertTrue(problem != null, file + " should have been refused");
        assertEquals(line, problem.line(), problem.describe());
        assertTrue(problem.reason().contains(reason), problem.describe());
    }
}
