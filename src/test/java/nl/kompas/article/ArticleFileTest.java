package nl.kompas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileException;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;
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

    @Test
    void anArticleIsWrittenAsTheFileThatLoadsIt() {
        Consultant anne = new Consultant(
                "anne-de-vries",
                "Anne de Vries",
                "Adviseur",
                MarkdownRenderer.instance().render("Bio"));
        Consultant bram = new Consultant(
                "bram-jansen",
                "Bram Jansen",
                "Trainer",
                MarkdownRenderer.instance().render("Bio"));
        Article article = new Article(
                "de-adviseur-deel-1",
                "De adviseur (deel 1): waarom vakkennis niet genoeg is",
                "Blog",
                LocalDate.of(2025, 9, 9),
                MarkdownRenderer.instance().render("Eerste alinea.\n\n## Kop\n\nTweede alinea.\n"));
        article.summarize("Wat de rol vraagt, en drie tips.");
        article.writtenBy(anne);
        article.writtenBy(bram);
        article.fileUnder(new Category("Adviseren"));
        article.tag(new Tag("Verandermanagement"));
        article.tag(new Tag("Interne dienstverlening"));
        article.placeInSeries(new Series("De adviseur als verandermakelaar"), 1);
        article.illustrate("/media/leercyclus.svg", "De leercyclus in vier stappen");
        article.publish();

        String text = ArticleFile.write(article);

        assertEquals("""
                ---
                title: 'De adviseur (deel 1): waarom vakkennis niet genoeg is'
                slug: de-adviseur-deel-1
                date: 2025-09-09
                type: Blog
                status: published
                summary: Wat de rol vraagt, en drie tips.
                authors:
                  - anne-de-vries
                  - bram-jansen
                categories:
                  - Adviseren
                tags:
                  - Verandermanagement
                  - Interne dienstverlening
                series: De adviseur als verandermakelaar
                part: 1
                image: /media/leercyclus.svg
                image_alt: De leercyclus in vier stappen
                ---
                Eerste alinea.

                ## Kop

                Tweede alinea.
                """, text);
        FrontMatter fields =
                ContentFile.parse("articles/de-adviseur-deel-1.md", text).frontMatter();
        assertEquals(List.of("anne-de-vries", "bram-jansen"), fields.list("authors"));
        assertEquals("De adviseur (deel 1): waarom vakkennis niet genoeg is", fields.requiredText("title"));
        assertEquals(PublicationStatus.PUBLISHED, fields.status("status"));
    }

    @Test
    void aScheduledArticleIsWrittenWithTheMomentItPublishes() {
        Article article = new Article(
                "gepland",
                "Gepland",
                "Blog",
                LocalDate.of(2026, 12, 1),
                MarkdownRenderer.instance().render("Tekst.\n"));
        article.writtenBy(new Consultant(
                "anne-de-vries",
                "Anne de Vries",
                "",
                MarkdownRenderer.instance().render("")));
        article.changeStatus(PublicationStatus.SCHEDULED, Instant.parse("2026-12-01T09:00:00Z"));

        String text = ArticleFile.write(article);

        assertTrue(text.contains("\nstatus: scheduled\npublish_at: 2026-12-01T09:00:00Z\n"), text);
        FrontMatter fields = ContentFile.parse("articles/gepland.md", text).frontMatter();
        assertEquals(PublicationStatus.SCHEDULED, fields.status("status"));
        assertEquals(Instant.parse("2026-12-01T09:00:00Z"), fields.requiredInstant("publish_at"));
    }

    @Test
    void aPublishedItemThatAFileSaysIsInReviewOrScheduledLeavesTheSite() {
        Article article = new Article(
                "a",
                "A",
                "Blog",
                LocalDate.of(2026, 1, 1),
                MarkdownRenderer.instance().render("Tekst.\n"));
        article.writtenBy(new Consultant(
                "anne-de-vries",
                "Anne de Vries",
                "",
                MarkdownRenderer.instance().render("")));
        article.publish();

        article.changeStatus(PublicationStatus.IN_REVIEW, null);
        assertEquals(PublicationStatus.IN_REVIEW, article.getStatus());

        article.publish();
        article.changeStatus(PublicationStatus.SCHEDULED, Instant.parse("2027-01-01T08:00:00Z"));
        assertEquals(PublicationStatus.SCHEDULED, article.getStatus());
        assertEquals(Instant.parse("2027-01-01T08:00:00Z"), article.getPublishAt());
    }
}
