package nl.kompas.offering;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.QueueEntry;

/**
 * One line of the admin's list of service pages: what the list shows and sorts by, without the
 * body. Getters, not a record, for Jakarta EL 5.
 */
public final class OfferingRow implements QueueEntry.Source {

    private static final long serialVersionUID = 1L;

    private final String language;

    private final Long id;
    private final String title;
    private final String slug;
    private final String section;
    private final int order;
    private final PublicationStatus status;
    private final Instant updatedAt;
    private final Instant publishAt;

    /** For the JPQL constructor expression: the timestamp columns hold UTC without a zone. */
    public OfferingRow(
            Long id,
            String title,
            String slug,
            String section,
            int order,
            PublicationStatus status,
            LocalDateTime updatedAt,
            LocalDateTime publishAt,
            String language) {
        this.language = language;
        this.id = id;
        this.title = title;
        this.slug = slug;
        this.section = section;
        this.order = order;
        this.status = status;
        this.updatedAt = updatedAt.toInstant(ZoneOffset.UTC);
        this.publishAt = publishAt == null ? null : publishAt.toInstant(ZoneOffset.UTC);
    }

    /** "nl" or "en": the list shows which half of the site the item is on. */
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

    public String getSection() {
        return section;
    }

    public int getOrder() {
        return order;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When a scheduled page will appear; null otherwise. */
    public Instant getPublishAt() {
        return publishAt;
    }

    /** On the dashboard: the section. */
    @Override
    public String getQueueDetail() {
        return getSection();
    }
}
