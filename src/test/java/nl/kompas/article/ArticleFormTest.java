package nl.kompas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The byline order survives a multi-select, which hands back its choices in the order of its options. */
class ArticleFormTest {

    @Test
    void authorsNamedBeforeKeepTheirPlaceAndNewOnesFollow() {
        ArticleForm form = new ArticleForm();
        form.setAuthorIds(List.of(7L, 3L));
        assertEquals(List.of(7L, 3L), form.getAuthorIds());

        form.setAuthorIds(List.of(1L, 3L, 7L));
        assertEquals(List.of(7L, 3L, 1L), form.getAuthorIds());

        form.setAuthorIds(List.of(1L, 7L));
        assertEquals(List.of(7L, 1L), form.getAuthorIds());

        form.setAuthorIds(null);
        assertEquals(List.of(), form.getAuthorIds());
    }
}
