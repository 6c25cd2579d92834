package nl.kompas.article;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.kompas.content.PublicationStatus;

/**
 * One line of the admin's article list: what the list shows and sorts by, without the article's
 * body, so that a page of the list reads a few columns of a few rows.
 */
public record ArticleRow(
        Long id,
        String title,
        String slug,
        PublicationStatus status,
        LocalDate date,
        Instant updatedAt,
        Instant publishAt,
        List<String> authors)
        implements Serializable {

    /** For the JPQL constructor expression: the timestamp columns hold UTC without a zone. */
    public ArticleRow(
            Long id,
            String title,
            String slug,
            PublicationStatus status,
            LocalDate date,
            LocalDateTime updatedAt,
            LocalDateTime publishAt) {
        this(
                id,
                title,
                slug,
                status,
                date,
                updatedAt.toInstant(ZoneOffset.UTC),
                publishAt == null ? null : publishAt.toInstant(ZoneOffset.UTC),
                List.of());
    }

    ArticleRow withAuthors(List<String> names) {
        return new ArticleRow(id, title, slug, status, date, updatedAt, publishAt, List.copyOf(names));
    }
}
