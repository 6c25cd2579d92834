package nl.kompas.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.QueueEntry;

/**
 * One line of the admin's article list: what the list shows and sorts by, without the article's
 * body, so that a page of the list reads a few columns of a few rows. A class with getters rather
 * than a record: Jakarta EL 5 (Faces 4.0) reads properties, not record components.
 */
public final class ArticleRow implements QueueEntry.Source {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String title;
    private final String slug;
    private final PublicationStatus status;
    private final LocalDate date;
    private final Instant updatedAt;
    private final Instant publishAt;
    private final List<String> authors;
    private final String language;

    /** For the JPQL constructor expression: the timestamp columns hold UTC without a zone. */
    public ArticleRow(
            Long id,
            String title,
            String slug,
            PublicationStatus status,
            LocalDate date,
            LocalDateTime updatedAt,
            LocalDateTime publishAt,
            String language) {
        this(
                id,
                title,
                slug,
                status,
                date,
                updatedAt.toInstant(ZoneOffset.UTC),
                publishAt == null ? null : publishAt.toInstant(ZoneOffset.UTC),
                List.of(),
                language);
    }

    private ArticleRow(
            Long id,
            String title,
            String slug,
            PublicationStatus status,
            LocalDate date,
            Instant updatedAt,
            Instant publishAt,
            List<String> authors,
            String language) {
        this.id = id;
        this.title = title;
        this.slug = slug;
        this.status = status;
        this.date = date;
        this.updatedAt = updatedAt;
        this.publishAt = publishAt;
        this.authors = List.copyOf(authors);
        this.language = language;
    }

    ArticleRow withAuthors(List<String> names) {
        return new ArticleRow(id, title, slug, status, date, updatedAt, publishAt, names, language);
    }

    /** "nl" or "en": the list shows which half of the site the article is on. */
    public String getLanguage() {
        return language;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public LocalDate getDate() {
        return date;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When a scheduled article will appear; null otherwise. */
    public Instant getPublishAt() {
        return publishAt;
    }

    /** "Anne de Vries, Bram Jansen": the byline as the list shows it. */
    public String getAuthorNames() {
        return String.join(", ", authors);
    }

    /** The authors' names in byline order. */
    public List<String> getAuthors() {
        return authors;
    }

    /** On the dashboard: the authors. */
    @Override
    public String getQueueDetail() {
        return getAuthorNames();
    }
}
