package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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

/**
 * Where a reader goes next: the series page and its parts' previous and next links, related
 * articles under each article, and the archive by year.
 */
@ExtendWith(ArquillianExtension.class)
class ReadingPathsIT {

    private static final String SERIES = "/series/de-adviseur-als-verandermakelaar";
    private static final String PART_1 = "/artikelen/de-adviseur-als-verandermakelaar-deel-1";
    private static final String PART_2 = "/artikelen/de-adviseur-als-verandermakelaar-deel-2";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteDeployment.war();
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    @Test
    void theSeriesPageListsThePartsInOrderWithTheirSummaries() {
        Document page = site.page(SERIES);

        assertEquals("De adviseur als verandermakelaar", page.selectFirst("h1").text());
        List<Element> parts = page.select("ol.series-parts > li");
        assertEquals(2, parts.size());
        assertEquals(PART_1, parts.get(0).selectFirst("h2 a").attr("href"));
        assertEquals(PART_2, parts.get(1).selectFirst("h2 a").attr("href"));
        assertEquals("Deel 1 van 2", parts.get(0).selectFirst(".type").text());
        assertTrue(parts.get(0).selectFirst(".summary").text().startsWith("Interne adviseurs worden"));
        assertEquals(404, site.get("/series/bestaat-niet").statusCode());
    }

    @Test
    void eachPartLinksToTheSeriesAndToThePartsBeforeAndAfterIt() {
        Document first = site.page(PART_1);
        assertEquals(SERIES, first.selectFirst(".series-part a").attr("href"));
        assertTrue(first.selectFirst(".series-part").text().startsWith("Deel 1 van 2"));
        assertNull(first.selectFirst(".series-steps a[rel=prev]"));
        assertEquals(PART_2, first.selectFirst(".series-steps a[rel=next]").attr("href"));

        Document second = site.page(PART_2);
        assertEquals(PART_1, second.selectFirst(".series-steps a[rel=prev]").attr("href"));
        assertNull(second.selectFirst(".series-steps a[rel=next]"));
        assertNull(site.page("/artikelen/intervisie-die-blijft-werken").selectFirst(".series-steps"));
    }

    @Test
    void relatedArticlesShareTheMostSubjectsAndNeverIncludeTheArticleItself() {
        Document page = site.page(PART_1);
        List<String> related = page.select(".related-articles h3 a").eachAttr("href");

        assertEquals(3, related.size(), related.toString());
        assertFalse(related.contains(PART_1));
        // Part 2 shares the category and all three tags: no article shares more.
        assertEquals(PART_2, related.get(0));
        assertEquals("Lees ook", page.selectFirst(".related-articles h2").text());
    }

    @Test
    void theArchiveListsTheArticlesOfOneYearAndTheSidebarCountsEachYear() {
        Document archive = site.page("/artikelen/archief/2025");

        assertEquals("Archief 2025", archive.selectFirst("h1").text());
        List<String> dates = archive.select(".list time").eachAttr("datetime");
        assertEquals(4, dates.size(), dates.toString());
        assertTrue(dates.stream().allMatch(date -> date.startsWith("2025-")), dates.toString());
        Element years = archive.selectFirst("#filter-years").parent();
        assertEquals(
                List.of("2026 (1)", "2025 (4)", "2024 (7)"),
                years.select("li a").eachText());
        assertNotNull(years.selectFirst("a[href=/artikelen/archief/2025][aria-current=page]"));

        assertEquals(404, site.get("/artikelen/archief/1999").statusCode(), "a year without articles");
        assertEquals(404, site.get("/artikelen/archief/3000").statusCode(), "not a year of the archive");
    }
}
