package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Lists, feeds and the sitemap send as many SQL statements with hundreds more articles as with
 * the sample content: no statement per article, author, category, tag or series (no N+1). The
 * statements are counted in EclipseLink's own SQL log, on a site whose page cache is off, so that
 * every request really renders.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    /** The pages that list articles, each with pages that show a different number of them. */
    static final List<String> LISTS = List.of(
            "/",
            "/artikelen",
            "/artikelen/pagina/2",
            "/artikelen/categorie/adviseren",
            "/artikelen/tag/reflectie",
            "/artikelen/rss.xml",
            "/artikelen/atom.xml",
            "/sitemap.xml");

    static final int MORE_ARTICLES = 300;

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-statements")
    static WebArchive deployment() {
        return SiteDeployment.war()
                .addClasses(SqlStatementLog.class, SqlStatementServlet.class, MoreArticlesServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void listsFeedsAndSitemapSendAsManyStatementsWithHundredsMoreArticles() {
        SiteClient site = new SiteClient(base);
        Map<String, List<String>> sample = statementsOfEachList(site);
        int sampleUrls = sitemapUrls(site);
        int sampleCards = site.page("/artikelen/categorie/adviseren")
                .select(".list .article-card")
                .size();

        assertEquals(
                204,
                site.post("/test-only/more-articles", "count=" + MORE_ARTICLES).statusCode());

        Map<String, List<String>> more = statementsOfEachList(site);
        // Three parts a series: the sitemap also lists each new series' page (since the reading paths).
        long newSeries = sitemapLocations(site).stream()
                .filter(location -> location.contains("/series/extra-reeks-"))
                .count();
        assertTrue(newSeries >= MORE_ARTICLES / 3, newSeries + " series");
        assertEquals(
                sampleUrls + MORE_ARTICLES + 5 + 7 + newSeries,
                sitemapUrls(site),
                "the new articles, 5 categories, 7 tags and their series");
        assertTrue(
                site.page("/artikelen/categorie/adviseren")
                                .select(".list .article-card")
                                .size()
                        > sampleCards,
                "the category page shows more articles than before");
        for (String path : LISTS) {
            System.out.printf(
                    "%s: %d SQL statements, %d with %d more articles%n",
                    path, sample.get(path).size(), more.get(path).size(), MORE_ARTICLES);
            assertFalse(sample.get(path).isEmpty(), path + ": the log counts every statement, so there are some");
        }
        assertAll(LISTS.stream().map(path -> (Executable) () -> assertEquals(
                sample.get(path).size(),
                more.get(path).size(),
                () -> path + " sent " + more.get(path).size() + " statements instead of "
                        + sample.get(path).size() + ":\n" + String.join("\n", more.get(path)))));
    }

    /** Each list's statements, from its second rendering: the first also fills start-up caches. */
    private static Map<String, List<String>> statementsOfEachList(SiteClient site) {
        Map<String, List<String>> statements = new LinkedHashMap<>();
        for (String path : LISTS) {
            assertEquals(200, site.get(path).statusCode(), path);
            statementsSinceLastAsked(site);
            assertEquals(200, site.get(path).statusCode(), path);
            statements.put(path, statementsSinceLastAsked(site));
        }
        return statements;
    }

    private static List<String> statementsSinceLastAsked(SiteClient site) {
        HttpResponse<String> answer = site.get("/test-only/sql-statements");
        assertEquals(200, answer.statusCode());
        List<String> lines = answer.body().lines().toList();
        assertEquals(Integer.parseInt(lines.get(0)), lines.size() - 1);
        return lines.subList(1, lines.size());
    }

    private static List<String> sitemapLocations(SiteClient site) {
        return Jsoup.parse(site.get("/sitemap.xml").body(), "", Parser.xmlParser())
                .select("url > loc")
                .eachText();
    }

    private static int sitemapUrls(SiteClient site) {
        return Jsoup.parse(site.get("/sitemap.xml").body(), "", Parser.xmlParser())
                .select("url")
                .size();
    }
}
