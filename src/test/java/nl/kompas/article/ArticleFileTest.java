package nl.kompas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileException;
import org.junit.jupiter.api.Test;

/** Category and tag names of an article file, which must fit their 120-character columns. */
class ArticleFileTest {

    private static ContentFile file(String... lines) {
        return ContentFile.parse("articles/x.md", "---\n" + String.join("\n", lines) + "\n---\nTekst.\n");
    }

    @Test
    void namesUpToTheColumnLengthAreAccepted() {
        String longest = "a".repeat(120);

        assertEquals(
                List.of("Adviseren", longest),
                ArticleFile.names(file("title: x", "categories: [Adviseren, " + longest + "]"), "categories", 120));
    }

    @Test
    void longerNameIsRefusedOnTheLineOfItsKey() {
        String tooLong = "Een tag die veel te lang is ".repeat(5).strip();
        ContentFile file = file("title: x", "categories: [Adviseren]", "tags: [Kort, '" + tooLong + "']");

        ContentFileException e =
                assertThrows(ContentFileException.class, () -> ArticleFile.names(file, "tags", Tag.MAX_NAME_LENGTH));

        assertEquals(4, e.line(), e.describe());
        assertTrue(e.reason().contains("has " + tooLong.length() + " characters"), e.reason());
        assertTrue(e.reason().contains("more than the 120"), e.reason());
    }

    @Test
    void entitiesRefuseNamesTheirColumnCannotHold() {
        String tooLong = "x".repeat(121);

        assertThrows(IllegalArgumentException.class, () -> new Category(tooLong));
        assertThrows(IllegalArgumentException.class, () -> new Tag(tooLong));
        assertEquals("x".repeat(120), new Category("x".repeat(120)).getName());
        assertEquals("x".repeat(120), new Tag("x".repeat(120)).getName());
    }
}
