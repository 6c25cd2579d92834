package nl.kompas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.ListRequest;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The admin list's sort and filters as a database query: what the table asks is what is queried. */
class ArticleTableTest {

    @Test
    void unsortedTheMostRecentlyChangedComeFirst() {
        ArticleQuery query = ArticleTable.query(ListRequest.all());
        assertEquals(ArticleQuery.Sort.UPDATED, query.sort());
        assertFalse(query.ascending());
        assertNull(query.status());
        assertEquals(" order by a.updatedAt desc, a.id desc", query.orderBy());
    }

    @Test
    void aColumnSortAndTheFiltersBecomeTheQuery() {
        ArticleQuery query = ArticleTable.query(ListRequest.of(
                Map.of(
                        "title",
                        SortMeta.builder()
                                .field("title")
                                .order(SortOrder.ASCENDING)
                                .build()),
                Map.of(
                        "title", filter("title", "leren"),
                        "status", filter("status", "IN_REVIEW"),
                        "authors", filter("authors", "7"))));
        assertEquals(ArticleQuery.Sort.TITLE, query.sort());
        assertTrue(query.ascending());
        assertEquals("leren", query.titleContains());
        assertEquals(PublicationStatus.IN_REVIEW, query.status());
        assertEquals(7L, query.authorId());
        assertTrue(query.where().contains("lower(a.title) like :title"), query.where());
    }

    @Test
    void valuesThatMeanNothingAreIgnoredRatherThanFailing() {
        ArticleQuery query = ArticleTable.query(ListRequest.of(
                Map.of(), Map.of("status", filter("status", "NONSENSE"), "authors", filter("authors", "x"))));
        assertNull(query.status());
        assertNull(query.authorId());
        assertEquals("", query.where());
    }

    private static FilterMeta filter(String field, String value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }
}
