package nl.kompas.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import nl.kompas.content.PublicationStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** An admin table's sort and filters as a database query: only known columns, nonsense ignored. */
class ListQueryTest {

    static final ListQuery LIST = new ListQuery("select c.id", "CaseStudy c")
            .contains("title", "c.title")
            .equalTo("status", "c.status", PublicationStatus.class)
            .sortable("title", "c.title")
            .sortable("updatedAt", "c.updatedAt")
            .orderedBy("updatedAt", false);

    @Test
    void withoutASortTheListsOwnOrderCountsAndTiesGoById() {
        ListRequest request = ListRequest.of(Map.of(), Map.of());
        assertEquals("", LIST.where(request));
        assertEquals(" order by c.updatedAt desc, c.id desc", LIST.orderBy(request));
    }

    @Test
    void aColumnSortAndTheFiltersBecomeTheQuery() {
        ListRequest request = ListRequest.of(
                Map.of(
                        "title",
                        SortMeta.builder()
                                .field("title")
                                .order(SortOrder.ASCENDING)
                                .build()),
                Map.of("title", filter("title", " Gemeente "), "status", filter("status", "IN_REVIEW")));
        assertEquals("Gemeente", request.filter("title"), "typed space does not count");
        assertEquals(" where lower(c.title) like :f0 escape '\\' and c.status = :f1", LIST.where(request));
        assertEquals(" order by c.title asc, c.id asc", LIST.orderBy(request));
    }

    @Test
    void unknownColumnsAndValuesThatMeanNothingAreIgnored() {
        ListRequest request = ListRequest.of(
                Map.of(
                        "body",
                        SortMeta.builder()
                                .field("body")
                                .order(SortOrder.ASCENDING)
                                .build()),
                Map.of(
                        "status",
                        filter("status", "NONSENSE"),
                        "body",
                        filter("body", "x"),
                        "title",
                        filter("title", " ")));
        assertEquals("", LIST.where(request), "no unknown column, no nonsense status, no blank text");
        assertEquals(" order by c.updatedAt desc, c.id desc", LIST.orderBy(request));
        assertNull(request.filter("title"));
    }

    @Test
    void theDashboardsQueuesListScheduledItemsInTheOrderTheyAppear() {
        assertEquals(
                " order by c.updatedAt desc, c.id desc", LIST.orderBy(ListRequest.queue(PublicationStatus.IN_REVIEW)));
        ListQuery withPublishAt = new ListQuery("select c.id", "CaseStudy c")
                .sortable("publishAt", "c.publishAt")
                .sortable("updatedAt", "c.updatedAt")
                .orderedBy("updatedAt", false);
        assertEquals(
                " order by c.publishAt asc, c.id asc",
                withPublishAt.orderBy(ListRequest.queue(PublicationStatus.SCHEDULED)));
    }

    @Test
    void typedWildcardsAreMatchedAsThemselves() {
        assertEquals("%50\\% korting\\_nu%", ListQuery.containing(" 50% Korting_nu "));
    }

    private static FilterMeta filter(String field, String value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }
}
