package nl.kompas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;
import org.junit.jupiter.api.Test;

/** The statuses an article moves through, and what the article itself refuses. */
class PublicationWorkflowTest {

    static final Instant NOON = Instant.parse("2026-03-01T11:00:00Z");

    @Test
    void aScheduledArticlePublishesItselfWhenItsTimeHasCome() {
        Article article = article(true);
        article.schedule(NOON);
        assertEquals(PublicationStatus.SCHEDULED, article.getStatus());
        assertEquals(NOON, article.getPublishAt());
        assertFalse(article.isPublished());

        assertFalse(article.publishIfDue(NOON.minusSeconds(1)));
        assertEquals(PublicationStatus.SCHEDULED, article.getStatus());
        assertTrue(article.publishIfDue(NOON));
        assertTrue(article.isPublished());
        assertNull(article.getPublishAt(), "a publish-at time belongs to a scheduled article only");
        assertFalse(article.publishIfDue(NOON.plusSeconds(60)), "once");
    }

    @Test
    void anArticleRemembersThatVisitorsHaveSeenIt() {
        Article article = article(true);
        assertFalse(article.isEverPublished());
        article.submitForReview();
        assertFalse(article.isEverPublished());
        article.publish();
        article.unpublish();
        assertEquals(PublicationStatus.DRAFT, article.getStatus());
        assertTrue(article.isEverPublished(), "its old address keeps working after a slug change");
    }

    @Test
    void withoutAnAuthorAnArticleIsNeitherPublishedNorScheduled() {
        Article article = article(false);
        assertThrows(IllegalStateException.class, article::publish);
        assertThrows(IllegalStateException.class, () -> article.schedule(NOON));
        assertEquals(PublicationStatus.DRAFT, article.getStatus());
    }

    @Test
    void aPublishedArticleIsNeitherScheduledNorSubmittedWithoutBeingUnpublished() {
        Article article = article(true);
        article.publish();
        assertThrows(IllegalStateException.class, () -> article.schedule(NOON));
        assertThrows(IllegalStateException.class, article::submitForReview);
        assertTrue(article.isPublished());
    }

    @Test
    void contentFilesKnowOnlyDraftsAndPublishedItems() {
        Article article = article(true);
        article.changeStatus(PublicationStatus.PUBLISHED);
        assertTrue(article.isPublished());
        article.changeStatus(PublicationStatus.DRAFT);
        assertEquals(PublicationStatus.DRAFT, article.getStatus());
        assertThrows(IllegalArgumentException.class, () -> article.changeStatus(PublicationStatus.SCHEDULED));
        assertEquals("in-review", PublicationStatus.IN_REVIEW.frontMatterName());
    }

    private static Article article(boolean withAuthor) {
        Article article = new Article(
                "stuk",
                "Een stuk",
                "Blog",
                LocalDate.of(2026, 1, 1),
                MarkdownRenderer.instance().render("Tekst"));
        if (withAuthor) {
            article.writtenBy(new Consultant(
                    "anne", "Anne", "Adviseur", MarkdownRenderer.instance().render("")));
        }
        return article;
    }
}
