package nl.kompas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleListTest {

    @Test
    void aShortListLinksEveryPage() {
        assertEquals(List.of(1, 2, 3, 4, 5), ArticleList.linkedPages(3, 5));
    }

    @Test
    void aLongListLinksTheEndsAndTheNeighboursOfThisPage() {
        assertEquals(List.of(1, 498, 499, 500, 501, 502, 1000), ArticleList.linkedPages(500, 1000));
        assertEquals(List.of(1, 2, 3, 1000), ArticleList.linkedPages(1, 1000));
        assertEquals(List.of(1, 998, 999, 1000), ArticleList.linkedPages(1000, 1000));
    }
}
